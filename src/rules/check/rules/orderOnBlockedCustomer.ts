import { defineCheckRule } from '../CheckRule.js';
import { blockedWork } from './blockedWork.js';

/**
 * `order-on-blocked-customer`: an open order (orders file) on a customer whose effective status
 * allows no orders.
 * @category Check
 */
export const orderOnBlockedCustomerRule = defineCheckRule({
  id: 'order-on-blocked-customer',
  name: 'OrderOnBlockedCustomer',
  defaultSeverity: 'error',
  description: 'An open order on a customer whose effective status allows no orders (needs the orders file)',
  help: "A customer's effective status is the most restrictive status up its tree; statuses such as Hold and Inactive allow no orders. Close the order, or change the status of the customer or of the record above it.",
  structural: true,
  create: (context) => (context.related.orders ? blockedWork(context, 'order') : {}),
});
