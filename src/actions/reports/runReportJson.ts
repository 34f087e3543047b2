import * as z from 'zod';
import { ReportTextInput } from '../../reports/ReportInputs.js';
import { ReportInfo } from '../../reports/ReportOutput.js';
import { jsonChunks } from '../../reports/toJson.js';
import { defineAction } from '../_internal/defineAction.js';
import { startReport, textOf } from '../_internal/startReport.js';

/**
 * What `reports.json` produced: the report as JSON text.
 * @category Action results
 */
export const ReportJsonResult = z.strictObject({
  /** The report's name, title and columns. */
  report: ReportInfo,
  /** A JSON array of the rows, by column key (money, decimals and dates as exact strings); `''` when a `sink` took it. */
  json: z.string(),
  /** With a `sink`: how many rows went to it; `null` without one. */
  streamed: z.number().int().nonnegative().nullable(),
});
/**
 * What `reports.json` produced: the report as JSON text.
 * @category Action results
 */
export type ReportJsonResult = z.output<typeof ReportJsonResult>;

/**
 * The `reports.json` action; its documentation is on the `json` member of its group (`reports.ts`), where editors and the reference show it.
 * @category Action results
 */
export const runReportJson = defineAction({
  name: 'reports.json',
  summary: "Runs a report by name, in the actor's scope, as JSON text.",
  input: ReportTextInput,
  result: ReportJsonResult,
  refusals: ['NOT_FOUND'],
  subject: 'report run',
  permission: 'report.run',
  readOnly: true,
  async run(run, input): Promise<ReportJsonResult> {
    const { report, rows, count } = await startReport(run, input);
    const json = await textOf(jsonChunks(rows), input.sink);
    return { report, json, streamed: input.sink ? count() : null };
  },
});
