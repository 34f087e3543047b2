import * as z from 'zod';
import { ReportTextInput } from '../../reports/ReportInputs.js';
import { ReportInfo } from '../../reports/ReportOutput.js';
import { csvChunks } from '../../reports/toCsv.js';
import { defineAction } from '../_internal/defineAction.js';
import { startReport, textOf } from '../_internal/startReport.js';

/** What `reports.csv` produced: the report as CSV text. */
export const ReportCsvResult = z.strictObject({
  /** The report's name, title and columns. */
  report: ReportInfo,
  /** RFC 4180 text: a header row of the column labels, CRLF line ends; `''` when a `sink` took it. */
  csv: z.string(),
  /** With a `sink`: how many rows went to it; `null` without one. */
  streamed: z.number().int().nonnegative().nullable(),
});
/** What `reports.csv` produced: the report as CSV text. */
export type ReportCsvResult = z.output<typeof ReportCsvResult>;

/**
 * `reports.csv`: runs a report by name, as `reports.run` does, and writes it as CSV (RFC 4180): a
 * header row of the column labels, CRLF line ends, text cells guarded against spreadsheet formulas,
 * money and numbers unquoted. A large report goes to a `sink` chunk by chunk (the header first) as
 * it is read. Refuses with `FORBIDDEN` (no `report.run`), `NOT_FOUND` (no such report: `name`; no
 * such record: `params.customerId`), `VALIDATION`.
 *
 * @example
 * ```ts
 * const { csv } = await sc.reports.csv({ name: 'customer.snapshot', params: { customerId: '1', scope: 'subtree' } });
 * csv.split('\r\n')[0] //=> 'Customer ID,Name,Parent ID,Status,…'
 * ```
 */
export const runReportCsv = defineAction({
  name: 'reports.csv',
  summary: "Runs a report by name, in the actor's scope, as CSV text.",
  input: ReportTextInput,
  result: ReportCsvResult,
  refusals: ['NOT_FOUND'],
  subject: 'report run',
  permission: 'report.run',
  readOnly: true,
  async run(run, input): Promise<ReportCsvResult> {
    const { report, rows, count } = await startReport(run, input);
    const csv = await textOf(csvChunks(report.columns, rows), input.sink);
    return { report, csv, streamed: input.sink ? count() : null };
  },
});
