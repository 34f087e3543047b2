import * as z from 'zod';
import { ReportColumn, type ReportRow } from './ReportColumn.js';

/**
 * Which report an output is: its name, title and columns (what `reports.run`, `reports.csv` and `reports.json` return beside the rows or text).
 * @category Reports
 */
export const ReportInfo = z
  .strictObject({
    /** The report's name. */
    name: z.string(),
    /** Its title. */
    title: z.string(),
    /** Its columns, in order. */
    columns: z.array(ReportColumn).readonly(),
  })
  .readonly();
/**
 * Which report an output is: its name, title and columns.
 * @category Reports
 */
export type ReportInfo = z.output<typeof ReportInfo>;

/**
 * Where `reports.run` sends a large report row by row as it is produced, instead of building it in
 * memory. Awaited before the next row, so a slow sink holds the report back rather than letting
 * rows pile up.
 * @category Reports
 */
export type ReportRowSink = (row: ReportRow) => void | Promise<void>;

/**
 * Where `reports.csv` and `reports.json` send a large report chunk by chunk as it is produced (the
 * CSV header first), instead of building the text in memory. Awaited before the next chunk, so a
 * slow sink (a file, an HTTP response) holds the report back.
 * @example
 * ```ts
 * const out = createWriteStream('aging.csv');
 * await sc.reports.csv({ name: 'customer.invoiceAging', params: { customerId: '1', scope: 'master' }, sink: (chunk) => void out.write(chunk) });
 * ```
 * @category Reports
 */
export type ReportTextSink = (chunk: string) => void | Promise<void>;
