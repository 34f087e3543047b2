import { addBranchLevel } from './addBranchLevel.js';
import { listBranchLevels } from './listBranchLevels.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The branch hierarchy.
 *
 * Give it to {@link createStaffcore} as `actions: { hierarchy }`: the instance's `hierarchy.…` calls are these actions.
 * @namespace
 */
export const hierarchy = defineGroup('hierarchy', {
  /** Adds a level below one within the actor's level. */
  addLevel: addBranchLevel,
  /** Lists the levels within the actor's level, parents first. */
  list: listBranchLevels,
});
