import type { ReportRow } from './ReportColumn.js';

/** Rows per chunk of JSON text. */
const chunkRows = 1000;

/**
 * Writes report rows as a JSON array of objects, one chunk at a time (money and dates stay exact
 * strings, as in the rows).
 *
 * @param rows - the rows, as they are produced
 * @returns the JSON text in chunks: `[`, the rows separated by commas, `]`
 * @example
 * ```ts
 * let json = '';
 * for await (const chunk of jsonChunks([{ billed: '12.50' }])) json += chunk;
 * json //=> '[{"billed":"12.50"}]'
 * ```
 * @category Reports
 */
export async function* jsonChunks(rows: AsyncIterable<ReportRow> | Iterable<ReportRow>): AsyncGenerator<string> {
  yield '[';
  let batch: string[] = [];
  let first = true;
  for await (const row of rows) {
    batch.push(JSON.stringify(row));
    if (batch.length === chunkRows) {
      yield `${first ? '' : ','}${batch.join(',')}`;
      first = false;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${first ? '' : ','}${batch.join(',')}`;
  yield ']';
}
