import { addBar } from './addBar.js';
import { removeBar } from './removeBar.js';
import { listBars } from './listBars.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Do-not-assign bars.
 *
 * Give it to {@link createStaffcore} as `actions: { bars }`: the instance's `bars.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const bars = defineGroup('bars', {
  /**
   * `bars.add`: bars an employee ("do not assign") from a record, or with `covers: 'tree'` from the
   * record and every department below it, recorded with who, when and why. Refuses with
   * `VALIDATION` (no reason), `FORBIDDEN` (no `bar.edit`), `NOT_FOUND`, `STATUS_BLOCKED` (a deleted
   * record), `BUSINESS_RULE` (the same bar is already in force).
   *
   * @example
   * ```ts
   * const { bar, coveredAssignments } = await sc.bars.add({ customerId: '1', employeeId: 'E-1001', covers: 'tree', reason: 'Safety violation' });
   * bar.state //=> 'active'
   * coveredAssignments.length //=> 0
   * ```
   */
  add: addBar,
  /**
   * `bars.remove`: lifts a do-not-assign bar, recording who lifted it, when and why; the bar stays
   * in `bars.list({ active: false })`. Refuses with `VALIDATION` (no reason), `FORBIDDEN` (no
   * `bar.edit`), `NOT_FOUND`, `CONFLICT`, `BUSINESS_RULE` (already lifted).
   *
   * @example
   * ```ts
   * const { bar } = await sc.bars.remove({ id: '2', reason: 'Retrained' });
   * bar.state //=> 'removed'
   * ```
   */
  remove: removeBar,
  /**
   * `bars.list`: the do-not-assign bars set on a record, its subtree or its whole tree, newest first,
   * one page at a time — those in force by default, lifted ones too with `active: false`. (A
   * department's employees are also kept off by tree-wide bars on its ancestors: list with
   * `scope: 'master'` from the record to see them.) Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { items } = await sc.bars.list({ customerId: '3', scope: 'master', active: false });
   * items.map((bar) => [bar.employeeId, bar.covers, bar.state]) //=> [['E-1001', 'tree', 'active'], ['E-2002', 'record', 'removed']]
   * ```
   */
  list: listBars,
});
