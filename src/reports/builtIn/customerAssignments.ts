import * as z from 'zod';
import { defineReport } from '../defineReport.js';
import { grossProfitPercent } from '../grossProfitPercent.js';
import { eachOf } from '../../adapters/port/readAll.js';
import { customerReportFields } from './customerFields.js';

/**
 * A row of the assignments report.
 * @category Reports
 */
export interface CustomerAssignmentRow {
  readonly [key: string]: string | null;
  readonly assignmentId: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly employeeId: string;
  readonly jobTitle: string;
  readonly state: string;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly payRate: string;
  readonly billRate: string;
  /** Gross profit per hour as a percent of the bill rate; `null` for a zero bill rate. */
  readonly grossProfitPercent: string | null;
}

/**
 * `customer.assignments`: the assignments of a record, its subtree or its whole tree, newest start first; active ones, or all.
 * @category Reports
 */
export const customerAssignments = defineReport({
  name: 'customer.assignments',
  title: 'Assignments',
  description: 'Employees on orders of the record, newest start first, with pay and bill rates: active ones by default, or all.',
  params: z.strictObject({
    ...customerReportFields,
    /** `true` (default): active assignments; `false`: ended ones too. */
    active: z.boolean().default(true),
  }),
  columns: [
    { key: 'assignmentId', label: 'Assignment', type: 'text' },
    { key: 'orderId', label: 'Order', type: 'text' },
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'customerName', label: 'Customer', type: 'text' },
    { key: 'employeeId', label: 'Employee', type: 'text' },
    { key: 'jobTitle', label: 'Job title', type: 'text' },
    { key: 'state', label: 'State', type: 'text' },
    { key: 'startDate', label: 'Start', type: 'date' },
    { key: 'endDate', label: 'End', type: 'date' },
    { key: 'payRate', label: 'Pay rate', type: 'money' },
    { key: 'billRate', label: 'Bill rate', type: 'money' },
    { key: 'grossProfitPercent', label: 'GP %', type: 'decimal' },
  ],
  async *run(context, params): AsyncGenerator<CustomerAssignmentRow> {
    const record = await context.customer(params.customerId, 'customerId');
    const names = new Map((await context.recordsInScope(record, params.scope)).map((customer) => [customer.id, customer.name]));
    const customerId = [...names.keys()];
    const where = params.active ? { customerId, state: 'active' } : { customerId };
    for await (const assignment of eachOf((after) => context.tx.assignments.find({ where, orderBy: 'startDate', direction: 'desc', limit: 1000, after }))) {
      yield {
        assignmentId: assignment.id,
        orderId: assignment.orderId,
        customerId: assignment.customerId,
        customerName: names.get(assignment.customerId) ?? '',
        employeeId: assignment.employeeId,
        jobTitle: assignment.jobTitle,
        state: assignment.state,
        startDate: assignment.startDate,
        endDate: assignment.endDate,
        payRate: assignment.payRate,
        billRate: assignment.billRate,
        grossProfitPercent: grossProfitPercent(assignment.billRate, assignment.payRate),
      };
    }
  },
});
