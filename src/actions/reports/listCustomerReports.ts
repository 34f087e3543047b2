import * as z from 'zod';
import { CustomerId, pageOf } from '../../model/index.js';
import { ReportColumn } from '../../reports/ReportColumn.js';
import { reportColumns } from '../../reports/reportColumns.js';
import { reportsOf } from './reportsOf.js';
import { ReportsForCustomerInput } from '../../reports/ReportInputs.js';
import { takesCustomerId } from '../../reports/ReportRegistry.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * A report offered from a record, ready to run: its parameters start with the record's Customer ID.
 * @category Action results
 */
export const CustomerReportEntry = z.strictObject({
  /** The report's name, to pass to `reports.run`. */
  name: z.string(),
  /** Its title. */
  title: z.string(),
  /** What it shows. */
  description: z.string(),
  /** Its columns. */
  columns: z.array(ReportColumn).readonly(),
  /** The parameters prefilled: the Customer ID, and the default view. */
  params: z.strictObject({ customerId: CustomerId, scope: z.literal('account') }).readonly(),
});
/**
 * A report offered from a record, ready to run.
 * @category Action results
 */
export type CustomerReportEntry = z.output<typeof CustomerReportEntry>;

/**
 * The reports of one record, built-in ones first, in one page (`next` is `null`).
 * @category Action results
 */
export const CustomerReports = pageOf(CustomerReportEntry);
/**
 * The reports of one record.
 * @category Action results
 */
export type CustomerReports = z.output<typeof CustomerReports>;

/**
 * The `reports.forCustomer` action; its documentation is on the `forCustomer` member of its group (`reports.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listCustomerReports = defineAction({
  name: 'reports.forCustomer',
  summary: 'Lists the reports that open from a record, with its Customer ID filled in.',
  input: ReportsForCustomerInput,
  result: CustomerReports,
  refusals: ['NOT_FOUND'],
  subject: 'customer reports',
  permission: 'report.run',
  readOnly: true,
  async run(run, input): Promise<CustomerReports> {
    const customer = await run.customer(input.id);
    const items = reportsOf(run)
      .list()
      .filter(takesCustomerId)
      .map((report) => ({
        name: report.name,
        title: report.title,
        description: report.description,
        columns: reportColumns(report, run.customFields),
        params: { customerId: customer.id, scope: 'account' as const },
      }));
    return { items, next: null };
  },
});
