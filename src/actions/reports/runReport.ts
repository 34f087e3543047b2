import * as z from 'zod';
import { ReportRow } from '../../reports/ReportColumn.js';
import { RunReportInput } from '../../reports/ReportInputs.js';
import { ReportInfo } from '../../reports/ReportOutput.js';
import { defineAction } from '../_internal/defineAction.js';
import { startReport } from '../_internal/startReport.js';

/**
 * What `reports.run` produced: the report's rows, typed as they arrive (money, decimals and dates as exact strings).
 * @category Action results
 */
export const RunReportResult = z.strictObject({
  /** The report's name, title and columns. */
  report: ReportInfo,
  /** The rows, in the report's order; empty when a `sink` took them. */
  rows: z.array(ReportRow).readonly(),
  /** With a `sink`: how many rows went to it; `null` without one. */
  streamed: z.number().int().nonnegative().nullable(),
});
/**
 * What `reports.run` produced: the report's rows.
 * @category Action results
 */
export type RunReportResult = z.output<typeof RunReportResult>;

/**
 * The `customer.financialSummary` action; its documentation is on the `run` member of its group (`reports.ts`), where editors and the reference show it.
 * @category Action results
 */
export const runReport = defineAction({
  name: 'reports.run',
  summary: "Runs a report by name, in the actor's scope, as typed rows.",
  input: RunReportInput,
  result: RunReportResult,
  refusals: ['NOT_FOUND'],
  subject: 'report run',
  permission: 'report.run',
  readOnly: true,
  async run(run, input): Promise<RunReportResult> {
    const { report, rows, count } = await startReport(run, input);
    const collected: ReportRow[] = [];
    for await (const row of rows) {
      if (input.sink) await input.sink(row);
      else collected.push(row);
    }
    return { report, rows: collected, streamed: input.sink ? count() : null };
  },
});
