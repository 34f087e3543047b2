import * as z from 'zod';
import { ListOrdersInput, Order, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedPage } from '../_internal/ownedRecord.js';

/**
 * What `orders.list` found: one page of orders, newest start date first.
 * @category Action results
 */
export const ListOrdersResult = pageOf(Order);
/**
 * What `orders.list` found.
 * @category Action results
 */
export type ListOrdersResult = z.output<typeof ListOrdersResult>;

/**
 * The `orders.list` action; its documentation is on the `list` member of its group (`orders.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listOrders = defineAction({
  name: 'orders.list',
  summary: 'Lists the orders of a record, its subtree or its whole tree: active ones, or all.',
  input: ListOrdersInput,
  result: ListOrdersResult,
  refusals: ['NOT_FOUND'],
  subject: 'order list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListOrdersResult> {
    const state = input.active ? ['open', 'filled'] : null;
    return scopedPage(run, 'orders', input, (customerId) => (state ? { customerId, state } : { customerId }), 'startDate');
  },
});
