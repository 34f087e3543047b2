import { createOrder } from './createOrder.js';
import { listOrders } from './listOrders.js';
import { closeOrder } from './closeOrder.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Orders of customer records.
 *
 * Give it to {@link createStaffcore} as `actions: { orders }`: the instance's `orders.…` calls are these actions.
 * @namespace
 */
export const orders = defineGroup('orders', {
  /** Opens a new order on a record (type `Temp` by default), checked against the status up the tree and the customer's credit. */
  create: createOrder,
  /** Lists the orders of a record, its subtree or its whole tree: active ones, or all. */
  list: listOrders,
  /** Closes an order whose assignments have ended. */
  close: closeOrder,
});
