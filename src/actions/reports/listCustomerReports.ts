import { reportsOf } from './reportsOf.js';
import { defineAction } from '../_internal/defineAction.js';
import { ReportsForCustomerInput } from '../../reports/ReportInputs.js';
import type { ReportColumn } from '../../reports/ReportColumn.js';
import { takesCustomerId } from '../../reports/ReportRegistry.js';

/** A report offered from a record, ready to run: its parameters start with the record's Customer ID. */
export interface CustomerReportEntry {
  /** The report's name, to pass to `reports.run`. */
  readonly name: string;
  /** Its title. */
  readonly title: string;
  /** What it shows. */
  readonly description: string;
  /** Its columns. */
  readonly columns: readonly ReportColumn[];
  /** The parameters prefilled: the Customer ID, and the default view. */
  readonly params: { readonly customerId: string; readonly scope: 'account' };
}

/** The reports of one record. */
export interface CustomerReports {
  /** The record's Customer ID. */
  readonly customerId: string;
  /** The reports that take a Customer ID, built-in ones first. */
  readonly reports: readonly CustomerReportEntry[];
}

/**
 * `reports.forCustomer`: the reports that can be opened from a record (those whose parameters take
 * a Customer ID), each with the record's ID filled in. Refuses with `FORBIDDEN` (no `report.run`),
 * `NOT_FOUND` (no such record, or one outside the actor's scope).
 *
 * @example
 * ```ts
 * const { reports } = await sc.reports.forCustomer({ id: '1' });
 * reports[0] //=> { name: 'customer.snapshot', title: 'Customer snapshot', params: { customerId: '1', scope: 'account' }, … }
 * ```
 */
export const listCustomerReports = defineAction({
  name: 'reports.forCustomer',
  summary: 'Lists the reports that open from a record, with its Customer ID filled in.',
  input: ReportsForCustomerInput,
  subject: 'customer reports',
  permission: 'report.run',
  readOnly: true,
  async run(run, input): Promise<CustomerReports> {
    const customer = await run.customer(input.id);
    return {
      customerId: customer.id,
      reports: reportsOf(run)
        .list()
        .filter(takesCustomerId)
        .map((report) => ({
          name: report.name,
          title: report.title,
          description: report.description,
          columns: report.columns,
          params: { customerId: customer.id, scope: 'account' as const },
        })),
    };
  },
});
