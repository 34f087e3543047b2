import { reportsOf } from './reportsOf.js';
import { parseOrThrow } from '../../errors/index.js';
import type { CustomerId } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { defineAction } from '../_internal/defineAction.js';
import { createReportContext as reportContext } from '../../reports/createReportContext.js';
import { RunReportInput } from '../../reports/ReportInputs.js';
import type { ReportRow } from '../../reports/ReportColumn.js';
import type { ReportOutput } from '../../reports/ReportOutput.js';
import { csvChunks } from '../../reports/toCsv.js';
import { jsonChunks } from '../../reports/toJson.js';

async function joined(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/**
 * `reports.run`: runs a report by name with its parameters (checked by the report's own schema,
 * errors naming `params.<field>`) in one read-only transaction, as typed rows, CSV or JSON. A
 * customer report (one whose parameters hold a `customerId`) on a record outside the actor's scope
 * is refused as not found before the report starts, and every report reads through the actor's
 * scope (see `ReportContext.tx`), so none shows a record the actor may not see. Refuses
 * with `FORBIDDEN` (no `report.run`), `NOT_FOUND` (no such report: `name`; no such record:
 * `params.customerId`), `VALIDATION`. A large report goes to a `sink` row by row (or chunk by
 * chunk) as it is read, rather than being built in memory.
 *
 * @example
 * ```ts
 * const summary = await sc.reports.run({
 *   name: 'customer.financialSummary',
 *   params: { customerId: '1', scope: 'master', from: '2026-01-01', to: '2026-12-31' },
 * });
 * summary.format === 'rows' && summary.rows[0]!.billed //=> '1041.56'
 * ```
 */
export const runReport = defineAction({
  name: 'reports.run',
  summary: "Runs a report by name, in the actor's scope, as typed rows, CSV or JSON.",
  input: RunReportInput,
  subject: 'report run',
  permission: 'report.run',
  readOnly: true,
  async run(run, input): Promise<ReportOutput> {
    const report = reportsOf(run).get(input.name);
    if (!report) throw notFound('reports', input.name, 'name');
    const params: unknown = parseOrThrow(report.params, input.params, `${report.name} parameters`, ['params']);
    // A customer report on a record outside the actor's scope is refused before the report runs, whatever it reads.
    const customerId = (params as { customerId?: unknown } | null)?.customerId;
    if (typeof customerId === 'string') await run.customer(customerId as CustomerId, ['params', 'customerId']);
    const rows = report.run(reportContext(run), params);
    const about = { name: report.name, title: report.title, columns: report.columns };
    if (input.sink) {
      const sink = input.sink;
      let streamed = 0;
      const counted = async function* (): AsyncGenerator<ReportRow> {
        for await (const row of rows) {
          streamed += 1;
          yield row;
        }
      };
      if (input.format === 'rows') {
        for await (const row of counted()) await sink(row);
        return { ...about, format: 'rows', rows: [], streamed };
      }
      for await (const chunk of input.format === 'csv' ? csvChunks(report.columns, counted()) : jsonChunks(counted())) await sink(chunk);
      return { ...about, format: input.format, content: '', streamed };
    }
    if (input.format === 'csv') return { ...about, format: 'csv', content: await joined(csvChunks(report.columns, rows)) };
    if (input.format === 'json') return { ...about, format: 'json', content: await joined(jsonChunks(rows)) };
    const collected: ReportRow[] = [];
    for await (const row of rows) collected.push(row);
    return { ...about, format: 'rows', rows: collected };
  },
});
