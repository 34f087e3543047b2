import * as z from 'zod';
import { defineReport } from '../defineReport.js';
import { eachOf } from '../../adapters/port/readAll.js';
import { customerReportFields } from './customerFields.js';

/**
 * A row of the orders report.
 * @category Reports
 */
export interface CustomerOrderRow {
  readonly [key: string]: string | number | null;
  readonly orderId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly type: string;
  readonly jobTitle: string;
  readonly state: string;
  readonly positions: number;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly payRate: string | null;
  readonly billRate: string | null;
  readonly estimatedBilling: string;
}

/**
 * `customer.orders`: the orders of a record, its subtree or its whole tree, newest start first; active (open or filled) ones, or all.
 * @category Reports
 */
export const customerOrders = defineReport({
  name: 'customer.orders',
  title: 'Orders',
  description: 'Orders of the record, newest start first: active ones (open or filled) by default, or all.',
  params: z.strictObject({
    ...customerReportFields,
    /** `true` (default): open and filled orders; `false`: closed ones too. */
    active: z.boolean().default(true),
  }),
  columns: [
    { key: 'orderId', label: 'Order', type: 'text' },
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'customerName', label: 'Customer', type: 'text' },
    { key: 'type', label: 'Type', type: 'text' },
    { key: 'jobTitle', label: 'Job title', type: 'text' },
    { key: 'state', label: 'State', type: 'text' },
    { key: 'positions', label: 'Positions', type: 'number' },
    { key: 'startDate', label: 'Start', type: 'date' },
    { key: 'endDate', label: 'End', type: 'date' },
    { key: 'payRate', label: 'Pay rate', type: 'money' },
    { key: 'billRate', label: 'Bill rate', type: 'money' },
    { key: 'estimatedBilling', label: 'Estimated billing', type: 'money' },
  ],
  async *run(context, params): AsyncGenerator<CustomerOrderRow> {
    const record = await context.customer(params.customerId, 'customerId');
    const records = await context.recordsInScope(record, params.scope);
    const names = new Map(records.map((customer) => [customer.id, customer.name]));
    const customerId = [...names.keys()];
    const where = params.active ? { customerId, state: ['open', 'filled'] } : { customerId };
    for await (const order of eachOf((after) => context.tx.orders.find({ where, orderBy: 'startDate', direction: 'desc', limit: 1000, after }))) {
      yield {
        orderId: order.id,
        customerId: order.customerId,
        customerName: names.get(order.customerId) ?? '',
        type: order.type,
        jobTitle: order.jobTitle,
        state: order.state,
        positions: order.positions,
        startDate: order.startDate,
        endDate: order.endDate,
        payRate: order.payRate,
        billRate: order.billRate,
        estimatedBilling: order.estimatedBilling,
      };
    }
  },
});
