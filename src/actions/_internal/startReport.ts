import { parseOrThrow } from '../../errors/index.js';
import type { CustomerId } from '../../model/index.js';
import { createReportContext as reportContext } from '../../reports/createReportContext.js';
import { reportsOf } from '../reports/reportsOf.js';
import type { ReportRow } from '../../reports/ReportColumn.js';
import { reportColumns } from '../../reports/reportColumns.js';
import type { ReportInfo } from '../../reports/ReportOutput.js';
import { notFound, type ActionRun } from './ActionRun.js';

/**
 * A report started inside an action: which report it is, and its rows as they are read.
 * @category Action results
 */
export interface StartedReport {
  /** The report's name, title and columns. */
  readonly report: ReportInfo;
  /** The rows, produced as they are read (each read once). */
  readonly rows: AsyncIterable<ReportRow>;
  /** How many rows have been read so far. */
  readonly count: () => number;
}

/**
 * Starts a report the way `reports.run`, `reports.csv` and `reports.json` all do: finds it by name,
 * checks its parameters with the report's own schema (errors naming `params.<field>`), and refuses
 * a customer report on a record outside the actor's scope as not found before it reads anything.
 * @param run - the action's run
 * @param input - the report's name and parameters
 * @returns the report and its rows, counted as they are read
 * @throws StaffcoreError `NOT_FOUND` (no such report: `name`; no such record: `params.customerId`), `VALIDATION`
 * @category Action results
 */
export async function startReport(run: ActionRun, input: { readonly name: string; readonly params: Record<string, unknown> }): Promise<StartedReport> {
  const definition = reportsOf(run).get(input.name);
  if (!definition) throw notFound('reports', input.name, 'name');
  const params: unknown = parseOrThrow(definition.params, input.params, `${definition.name} parameters`, ['params']);
  // A customer report on a record outside the actor's scope is refused before the report runs, whatever it reads.
  const customerId = (params as { customerId?: unknown } | null)?.customerId;
  if (typeof customerId === 'string') await run.customer(customerId as CustomerId, ['params', 'customerId']);
  const produced = definition.run(reportContext(run), params);
  let read = 0;
  const rows = async function* (): AsyncGenerator<ReportRow> {
    for await (const row of produced) {
      read += 1;
      yield row;
    }
  };
  return { report: { name: definition.name, title: definition.title, columns: reportColumns(definition, run.customFields) }, rows: rows(), count: () => read };
}

/**
 * Sends text chunks to a sink, or joins them.
 * @param chunks - the text in chunks
 * @param sink - where each chunk goes, or none
 * @returns the whole text, or `''` when a sink took it
 * @category Action results
 */
export async function textOf(chunks: AsyncIterable<string>, sink: ((chunk: string) => void | Promise<void>) | undefined): Promise<string> {
  let text = '';
  for await (const chunk of chunks) {
    if (sink) await sink(chunk);
    else text += chunk;
  }
  return text;
}
