import { setCreditLimit } from './setCreditLimit.js';
import { checkCustomerCredit } from './checkCustomerCredit.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Credit limits and checks.
 *
 * Give it to {@link createStaffcore} as `actions: { credit }`: the instance's `credit.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const credit = defineGroup('credit', {
  /**
   * `credit.setLimit`: sets or changes a root customer's credit limit and policy (warning share,
   * overdue days that block); the limit covers the whole tree. Refuses with `VALIDATION`,
   * `FORBIDDEN` (no `credit.manage`), `NOT_FOUND`, `BUSINESS_RULE` (a department: limits are set on
   * the root customer), `STATUS_BLOCKED` (a deleted customer).
   *
   * @example
   * ```ts
   * const { creditLimit } = await sc.credit.setLimit({ customerId: '1', limit: '50000.00' }); // warn from 80 %, block past 60 days overdue
   * creditLimit.warnAtPercent //=> 80
   * ```
   */
  setLimit: setCreditLimit,
  /**
   * `credit.check`: answers whether a new order of a given amount would be allowed, warned or
   * blocked by the customer's credit — the check `orders.create` makes — with every reason and the
   * figures behind it: the root's limit, the tree's open receivables and active orders, the exposure,
   * what is overdue and by how long. Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { decision } = await sc.credit.check({ customerId: '3', orderAmount: '2500.00' });
   * decision.decision //=> 'warned'
   * decision.reasons[0].message //=> 'The exposure 42500.00 (…) is at or above 80% of the credit limit of 50000.00 (40000.00)'
   * ```
   */
  check: checkCustomerCredit,
});
