import { assignTimeClock } from './assignTimeClock.js';
import { listTimeClocks } from './listTimeClocks.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Time-clock devices (time-clock integration).
 *
 * Give it to {@link createStaffcore} as `actions: { timeClocks }`: the instance's `timeClocks.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const timeClocks = defineGroup('timeClocks', {
  /**
   * `timeClocks.assign`: assigns a time-clock device to a customer record. Needs the organization's
   * time-clock integration (`createStaffcore({ integrations: { timeClock: true } })`). A device
   * serves one record at a time. Refuses with `VALIDATION`, `FORBIDDEN` (no `timeClock.assign`),
   * `INTEGRATION_MISSING`, `NOT_FOUND`, `STATUS_BLOCKED` (a deleted record), `BUSINESS_RULE` (the
   * device is already assigned).
   *
   * @example
   * ```ts
   * const { timeClock } = await sc.timeClocks.assign({ customerId: '3', deviceId: 'TC-0042' });
   * timeClock.assignedBy //=> 'dana'
   * ```
   */
  assign: assignTimeClock,
  /**
   * `timeClocks.list`: the time-clock devices assigned to a record, oldest assignment first, all in
   * one page (`{ items, next: null }`). Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { items, next } = await sc.timeClocks.list({ customerId: '3' });
   * items.map((clock) => clock.deviceId) //=> ['TC-0042']
   * next //=> null
   * ```
   */
  list: listTimeClocks,
});
