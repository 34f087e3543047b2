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
 * @category Action groups
 */
export const hotlists = defineGroup('hotlists', {
  /**
   * `hotlists.create`: creates a hotlist owned by the actor, optionally with the record in view as
   * its first member ("add to hotlist" → new hotlist). Refuses with `VALIDATION`, `FORBIDDEN` (no
   * `hotlist.edit`), `NOT_FOUND`, `STATUS_BLOCKED` (a deleted record).
   *
   * @example
   * ```ts
   * const { hotlist, member } = await sc.hotlists.create({ name: 'Call this week', customerId: '3' });
   * member.customerId //=> '3'
   * ```
   */
  create: createHotlist,
  /**
   * `hotlists.addMember`: adds a record to an existing hotlist. Refuses with `VALIDATION`,
   * `FORBIDDEN` (no `hotlist.edit`), `NOT_FOUND` (hotlist, or a record out of scope),
   * `STATUS_BLOCKED` (a deleted record), `BUSINESS_RULE` (already on the hotlist).
   *
   * @example
   * ```ts
   * const { member } = await sc.hotlists.addMember({ hotlistId: '1', customerId: '3' });
   * member.addedBy //=> 'dana'
   * ```
   */
  addMember: addHotlistMember,
  /**
   * `hotlists.members`: the records on a hotlist, in the order they were added, one page at a time;
   * records outside the actor's level are left out (they read as not there). The hotlist's own name
   * is in `hotlists.list`. Refuses with `NOT_FOUND` (no such hotlist), `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const page = await sc.hotlists.members({ hotlistId: '1' });
   * page.items.map((entry) => entry.customer.name) //=> ['Acme, Inc.']
   * ```
   */
  members: listHotlistMembers,
  /**
   * `hotlists.list`: the actor's own hotlists, by name, one page at a time, to pick one to add a
   * record to. Refuses with `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * (await sc.hotlists.list()).items.map((hotlist) => hotlist.name) //=> ['Call this week']
   * ```
   */
  list: listHotlists,
});
