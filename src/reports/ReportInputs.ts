import * as z from 'zod';
import { CustomerId } from '../model/index.js';
import type { ReportSink } from './ReportOutput.js';

/** Runs a report by name (`reports.run`): its parameters, checked by the report's own schema, and the format wanted. */
export const RunReportInput = z.strictObject({
  /** The report's name (`customer.financialSummary`). */
  name: z.string().trim().min(1).max(100),
  /** The report's parameters; for a customer report at least `customerId`. */
  params: z.record(z.string(), z.unknown()).default({}),
  /** `rows` (default): the typed rows; `csv`: RFC 4180 text with a header row; `json`: a JSON array of the rows. */
  format: z.enum(['rows', 'csv', 'json']).default('rows'),
  sink: z
    .custom<ReportSink>((value) => typeof value === 'function', 'must be a function that takes each row (or CSV/JSON chunk) in turn')
    .optional(),
});
/** Runs a report by name. */
export type RunReportInput = z.input<typeof RunReportInput>;

/** Lists the reports that can be opened from a record, with its Customer ID filled in (`reports.forCustomer`). */
export const ReportsForCustomerInput = z.strictObject({
  /** The Customer ID of the record the reports are opened from. */
  id: CustomerId,
});
/** Lists the reports of a record. */
export type ReportsForCustomerInput = z.input<typeof ReportsForCustomerInput>;
