import { createHotlist } from './createHotlist.js';
import { addHotlistMember } from './addHotlistMember.js';
import { listHotlistMembers } from './listHotlistMembers.js';
import { listHotlists } from './listHotlists.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Hotlists and their members.
 *
 * Give it to {@link createStaffcore} as `actions: { hotlists }`: the instance's `hotlists.…` calls are these actions.
 * @namespace
 */
export const hotlists = defineGroup('hotlists', {
  /** Creates a hotlist, optionally with the record as its first member. */
  create: createHotlist,
  /** Adds a record to an existing hotlist. */
  addMember: addHotlistMember,
  /** Lists the records on a hotlist. */
  members: listHotlistMembers,
  /** Lists the actor's hotlists. */
  list: listHotlists,
});
