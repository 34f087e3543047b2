import * as z from 'zod';
import { ListOrdersInput, Order, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedPage } from '../_internal/ownedRecord.js';

/** What `orders.list` found: one page of orders, newest start date first. */
export const ListOrdersResult = pageOf(Order);
/** What `orders.list` found. */
export type ListOrdersResult = z.output<typeof ListOrdersResult>;

/**
 * `orders.list`: the orders of a record (`account`), its subtree or its whole tree (`master`),
 * newest start date first, one page at a time — open and filled ones by default ("view active
 * orders"), or all with `active: false` ("view orders"). Refuses with `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * const page = await sc.orders.list({ customerId: '1', scope: 'master' });
 * page.items.map((order) => order.jobTitle) //=> ['Forklift operator', 'Picker']
 * ```
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
