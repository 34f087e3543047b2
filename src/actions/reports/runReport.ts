import * as z from 'zod';
import { ReportRow } from '../../reports/ReportColumn.js';
import { RunReportInput } from '../../reports/ReportInputs.js';
import { ReportInfo } from '../../reports/ReportOutput.js';
import { defineAction } from '../_internal/defineAction.js';
import { startReport } from '../_internal/startReport.js';

/** What `reports.run` produced: the report's rows, typed as they arrive (money, decimals and dates as exact strings). */
export const RunReportResult = z.strictObject({
  /** The report's name, title and columns. */
  report: ReportInfo,
  /** The rows, in the report's order; empty when a `sink` took them. */
  rows: z.array(ReportRow).readonly(),
  /** With a `sink`: how many rows went to it; `null` without one. */
  streamed: z.number().int().nonnegative().nullable(),
});
/** What `reports.run` produced: the report's rows. */
export type RunReportResult = z.output<typeof RunReportResult>;

/**
 * `reports.run`: runs a report by name with its parameters (checked by the report's own schema,
 * errors naming `params.<field>`) in one read-only transaction, as typed rows; `reports.csv` and
 * `reports.json` give the same report as text. A customer report (one whose parameters hold a
 * `customerId`) on a record outside the actor's scope is refused as not found before the report
 * starts, and every report reads through the actor's scope (see `ReportContext.tx`), so none shows
 * a record the actor may not see. A large report goes to a `sink` row by row as it is read, rather
 * than being built in memory. Refuses with `FORBIDDEN` (no `report.run`), `NOT_FOUND` (no such
 * report: `name`; no such record: `params.customerId`), `VALIDATION`.
 *
 * @example
 * ```ts
 * const { rows } = await sc.reports.run({
 *   name: 'customer.financialSummary',
 *   params: { customerId: '1', scope: 'master', from: '2026-01-01', to: '2026-12-31' },
 * });
 * rows[0]!.billed //=> '1041.56'
 * ```
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
