import * as z from 'zod';
import { CustomerId } from '../model/index.js';
import type { ReportRowSink, ReportTextSink } from './ReportOutput.js';
import * as messages from '../errors/messages.js';

/** The report's name (`customer.financialSummary`). */
const name = z.string().trim().min(1).max(100);
/** The report's parameters; for a customer report at least `customerId`. */
const params = z.record(z.string(), z.unknown()).default({});

/**
 * Runs a report by name as typed rows (`reports.run`): its parameters, checked by the report's own schema.
 * @category Reports
 */
export const RunReportInput = z.strictObject({
  /** The report's name (`customer.financialSummary`). */
  name,
  /** The report's parameters; for a customer report at least `customerId`. */
  params,
  /** Takes each row in turn as it is produced; the result's `rows` is then empty and `streamed` counts them. */
  sink: z.custom<ReportRowSink>((value) => typeof value === 'function', messages.rowSinkNotAFunction).optional(),
});
/**
 * Runs a report by name as typed rows.
 * @category Reports
 */
export type RunReportInput = z.input<typeof RunReportInput>;

/**
 * Runs a report by name as text (`reports.csv`, `reports.json`): its parameters, checked by the report's own schema.
 * @category Reports
 */
export const ReportTextInput = z.strictObject({
  /** The report's name (`customer.financialSummary`). */
  name,
  /** The report's parameters; for a customer report at least `customerId`. */
  params,
  /** Takes each chunk of the text in turn as it is produced; the result's text is then `''` and `streamed` counts the rows. */
  sink: z.custom<ReportTextSink>((value) => typeof value === 'function', messages.textSinkNotAFunction).optional(),
});
/**
 * Runs a report by name as text.
 * @category Reports
 */
export type ReportTextInput = z.input<typeof ReportTextInput>;

/**
 * Lists the reports that can be opened from a record, with its Customer ID filled in (`reports.forCustomer`).
 * @category Reports
 */
export const ReportsForCustomerInput = z.strictObject({
  /** The Customer ID of the record the reports are opened from. */
  id: CustomerId,
});
/**
 * Lists the reports of a record.
 * @category Reports
 */
export type ReportsForCustomerInput = z.input<typeof ReportsForCustomerInput>;
