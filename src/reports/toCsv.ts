import type { ReportColumn, ReportRow } from './ReportColumn.js';
import { neutralizeFormula } from './neutralizeFormula.js';

/** Rows per call of the CSV writer: large enough to amortize it, small enough to stream. */
const chunkRows = 1000;

function cellsOf(columns: readonly ReportColumn[], row: ReportRow): string[] {
  return columns.map((column) => {
    const value = row[column.key];
    if (value === null || value === undefined) return '';
    const text = String(value);
    return column.type === 'text' ? neutralizeFormula(text) : text;
  });
}

type Stringify = (typeof import('csv-stringify/sync'))['stringify'];
let loaded: Promise<Stringify> | undefined;

// csv-stringify is loaded on the first CSV written, not when staffcore is imported: its Node build
// reads `Buffer` as it loads, which a browser lacks, so a browser gets the package's own browser
// build (with its Buffer stand-in) — and a host that never writes CSV never loads either.
const loadStringify = (): Promise<Stringify> =>
  (loaded ??=
    'Buffer' in globalThis
      ? import('csv-stringify/sync').then((module) => module.stringify)
      : import('csv-stringify/browser/esm/sync').then((module) => module.stringify as Stringify));

const options = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;

/**
 * Writes report rows as CSV (RFC 4180) with csv-stringify, one chunk at a time: a header row of
 * the column labels, CRLF line ends, cells holding a comma, a quote or a line break quoted (quotes
 * doubled), text cells guarded against spreadsheet formulas ({@link neutralizeFormula}) while
 * money and numbers stay numbers.
 *
 * @param columns - the report's columns
 * @param rows - the rows, as they are produced
 * @returns the CSV text in chunks, the header first
 * @example
 * ```ts
 * let csv = '';
 * for await (const chunk of csvChunks(columns, rows)) csv += chunk;
 * ```
 * @category Reports
 */
export async function* csvChunks(columns: readonly ReportColumn[], rows: AsyncIterable<ReportRow> | Iterable<ReportRow>): AsyncGenerator<string> {
  const stringify = await loadStringify();
  const write = (records: string[][]): string => stringify(records, options);
  yield write([columns.map((column) => neutralizeFormula(column.label))]);
  let batch: string[][] = [];
  for await (const row of rows) {
    batch.push(cellsOf(columns, row));
    if (batch.length === chunkRows) {
      yield write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield write(batch);
}

/**
 * Writes report rows as one CSV text (see {@link csvChunks}).
 *
 * @param columns - the report's columns
 * @param rows - the rows
 * @returns the CSV text, header row first, each record ending in CRLF
 * @example
 * ```ts
 * await toCsv([{ key: 'name', label: 'Name', type: 'text' }, { key: 'billed', label: 'Billed', type: 'money' }], [
 *   { name: 'Acme, Inc.', billed: '-12.50' },
 *   { name: '=1+1', billed: '3.00' },
 * ])
 * //=> 'Name,Billed\r\n"Acme, Inc.",-12.50\r\n\'=1+1,3.00\r\n'
 * ```
 * @category Reports
 */
export async function toCsv(columns: readonly ReportColumn[], rows: AsyncIterable<ReportRow> | Iterable<ReportRow>): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(columns, rows)) text += chunk;
  return text;
}
