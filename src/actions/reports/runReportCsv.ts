import * as z from 'zod';
import { ReportTextInput } from '../../reports/ReportInputs.js';
import { ReportInfo } from '../../reports/ReportOutput.js';
import { csvChunks } from '../../reports/toCsv.js';
import { defineAction } from '../_internal/defineAction.js';
import { startReport, textOf } from '../_internal/startReport.js';

/**
 * What `reports.csv` produced: the report as CSV text.
 * @category Action results
 */
export const ReportCsvResult = z.strictObject({
  /** The report's name, title and columns. */
  report: ReportInfo,
  /** RFC 4180 text: a header row of the column labels, CRLF line ends; `''` when a `sink` took it. */
  csv: z.string(),
  /** With a `sink`: how many rows went to it; `null` without one. */
  streamed: z.number().int().nonnegative().nullable(),
});
/**
 * What `reports.csv` produced: the report as CSV text.
 * @category Action results
 */
export type ReportCsvResult = z.output<typeof ReportCsvResult>;

/**
 * The `reports.csv` action; its documentation is on the `csv` member of its group (`reports.ts`), where editors and the reference show it.
 * @category Action results
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
