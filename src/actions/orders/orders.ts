import { createOrder } from './createOrder.js';
import { listOrders } from './listOrders.js';
import { closeOrder } from './closeOrder.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Orders of customer records.
 *
 * Give it to {@link createStaffcore} as `actions: { orders }`: the instance's `orders.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const orders = defineGroup('orders', {
  /**
   * `orders.create`: opens a new order linked to a customer record — type `Temp` unless given, the
   * record's default worksite unless one is named — after checking the effective status up the tree
   * and the customer's credit. A credit warning is returned with the order; a credit block refuses,
   * unless the input asks to override it and the rep holds `credit.override`, in which case the
   * override (who, when, why) is recorded on the order. The record's multiplier codes (its own or
   * inherited from up the tree) price the order: key the pay rate and the bill rate follows by the
   * agreed markup, or the reverse; a pair under the minimum GP % or markup adds a warning (never a refusal).
   *
   * Refuses with `VALIDATION`, `FORBIDDEN` (no `order.create`; an override without `credit.override`),
   * `NOT_FOUND` (record or worksite out of scope), `STATUS_BLOCKED` (naming the record and status that
   * block, anywhere up the tree), `CREDIT_BLOCKED` (with the decision in `details.credit`),
   * `BUSINESS_RULE` (an end date before the start, a worksite of another tree).
   *
   * @example
   * ```ts
   * const { order, credit } = await sc.orders.create({ customerId: '3', jobTitle: 'Forklift operator', startDate: '2026-12-07' });
   * order.type //=> 'Temp'
   * credit.decision //=> 'allowed'
   * ```
   */
  create: createOrder,
  /**
   * `orders.list`: the orders of a record (`account`), its subtree or its whole tree (`master`),
   * newest start date first, one page at a time — open and filled ones by default ("view active
   * orders"), or all with `active: false` ("view orders"). Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const page = await sc.orders.list({ customerId: '1', scope: 'master' });
   * page.items.map((order) => order.jobTitle) //=> ['Forklift operator', 'Picker']
   * ```
   */
  list: listOrders,
  /**
   * `orders.close`: closes an order, recording when and why; it stops counting towards the
   * customer's credit exposure. Its active assignments must be ended first. Refuses with
   * `NOT_FOUND`, `FORBIDDEN` (no `order.close`), `CONFLICT`, `BUSINESS_RULE` (already closed, or
   * active assignments left — counted in `details.activeAssignments`).
   *
   * @example
   * ```ts
   * const { order } = await sc.orders.close({ id: '5', reason: 'Filled by the client directly' });
   * order.state //=> 'closed'
   * ```
   */
  close: closeOrder,
});
