import { assignTimeClock } from './assignTimeClock.js';
import { listTimeClocks } from './listTimeClocks.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Time-clock devices (time-clock integration).
 *
 * Give it to {@link createStaffcore} as `actions: { timeClocks }`: the instance's `timeClocks.…` calls are these actions.
 * @namespace
 */
export const timeClocks = defineGroup('timeClocks', {
  /** Assigns a time-clock device to a record (needs the time-clock integration). */
  assign: assignTimeClock,
  /** Lists the devices assigned to a record. */
  list: listTimeClocks,
});
