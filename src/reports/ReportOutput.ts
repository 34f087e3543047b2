import type { ReportColumn, ReportRow } from './ReportColumn.js';

/** The formats a report is produced in: typed rows, CSV text, or JSON text. */
export type ReportFormat = 'rows' | 'csv' | 'json';

/** What every output of a report says about it: its name, title and columns. */
export interface ReportOutputBase {
  /** The report's name. */
  readonly name: string;
  /** Its title. */
  readonly title: string;
  /** Its columns, in order. */
  readonly columns: readonly ReportColumn[];
  /**
   * With a `sink`: how many rows went to it (the output's `rows` is then empty, its `content` `''`).
   * Left out without one.
   */
  readonly streamed?: number;
}

/**
 * Where `reports.run` sends a large report as it is produced instead of building it in memory: each
 * row in turn (`format: 'rows'`), or each chunk of the CSV or JSON text (the header first). Awaited
 * before the next one, so a slow sink (a file, an HTTP response) holds the report back rather than
 * letting it pile up.
 * @example
 * ```ts
 * const out = createWriteStream('aging.csv');
 * await sc.reports.run({ name: 'customer.invoiceAging', params: { customerId: '1', scope: 'master' }, format: 'csv', sink: (chunk) => void out.write(chunk) });
 * ```
 */
export type ReportSink = (part: ReportRow | string) => void | Promise<void>;

/**
 * A report's output: its rows (`format: 'rows'`), or the CSV or JSON text (`content`). Money and
 * dates are exact strings in every format.
 */
export type ReportOutput<Row extends ReportRow = ReportRow> =
  | (ReportOutputBase & { readonly format: 'rows'; readonly rows: readonly Row[] })
  | (ReportOutputBase & { readonly format: 'csv' | 'json'; readonly content: string });
