import { addBar } from './addBar.js';
import { removeBar } from './removeBar.js';
import { listBars } from './listBars.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Do-not-assign bars.
 *
 * Give it to {@link createStaffcore} as `actions: { bars }`: the instance's `bars.…` calls are these actions.
 * @namespace
 */
export const bars = defineGroup('bars', {
  /** Bars an employee from a record or its whole tree ("do not assign"), with the reason. */
  add: addBar,
  /** Lifts a bar, recording who and why. */
  remove: removeBar,
  /** Lists the bars of a record, its subtree or its whole tree. */
  list: listBars,
});
