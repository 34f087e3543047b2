import { open, type FileHandle } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { RejectedRow } from '../../actions/customers/addManyCustomers.js';

/** The header of the rejected-rows file. */
export const rejectedHeader = ['row', 'line', 'id', 'name', 'field', 'reason'] as const;

/** A row the import read: its record number (1-based), the line it starts on, and the record. */
export interface ReadRow {
  readonly row: number;
  readonly line: number;
  readonly record: unknown;
}

/** The rejected-rows CSV, open for writing. */
export interface RejectedRowsFile {
  /**
   * Writes the refusals of one chunk, one CSV line per problem of each refused row.
   * @param chunk - the rows sent to `customers.addMany`, in order
   * @param rejected - what it refused (`row` indexes `chunk`)
   */
  write(chunk: readonly ReadRow[], rejected: readonly RejectedRow[]): Promise<void>;
  close(): Promise<void>;
}

/** A text cell of the record, as given; empty when the record has none. */
const cell = (record: unknown, field: string): string => {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/**
 * Opens the rejected-rows CSV (`row,line,id,name,field,reason`): replaced, or appended to when
 * resuming (its header is written only when the file is new or empty). The cells are the data as
 * given (a name keeps its quotes, commas and line breaks, CSV-quoted), so the file can be read
 * back and the rows fixed.
 * @param file - the path
 * @param append - whether to add to what an earlier run wrote (`--from-row`)
 * @returns the open file; an error opening it (a missing directory, no permission) is thrown as is
 */
export async function openRejectedRows(file: string, append: boolean): Promise<RejectedRowsFile> {
  const handle: FileHandle = await open(file, append ? 'a' : 'w');
  if ((await handle.stat()).size === 0) await handle.write(stringify([rejectedHeader]));
  return {
    async write(chunk, rejected) {
      if (rejected.length === 0) return;
      const lines = rejected.flatMap(({ row, issues }) => {
        const read = chunk[row]!;
        const [id, name] = [cell(read.record, 'id'), cell(read.record, 'name')];
        // Issue paths start at the action's input (`['rows', 3, 'name']`): the field is what follows the row.
        return issues.map((issue) => [read.row, read.line, id, name, issue.path.slice(2).join('.'), issue.message]);
      });
      await handle.write(stringify(lines));
    },
    close: () => handle.close(),
  };
}
