import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { CheckEntry } from '../../../index.js';
import type { CustomFieldInfo } from '../../../rules/customFields.js';
import { cliMessages } from '../cliMessages.js';
import { InputError } from '../InputError.js';
import { csvRecordOf } from './csvRecord.js';
import { maxRecordBytes, readError } from './openInput.js';

/**
 * Reads CSV with csv-parse's streaming parser: a header row names the columns (see
 * {@link csvRecordOf}), LF or CRLF line ends, quoted cells across lines, a UTF-8 byte order mark
 * skipped. Each record's location is the line it starts on; each entry carries the header's
 * columns, so the check knows which fields the export has.
 * @param customFields - the custom fields declared on the file's kind of record, to read `custom.<field>` cells by
 */
export async function* readCsv(file: string, input: Readable, customers: boolean, customFields?: ReadonlyMap<string, CustomFieldInfo>): AsyncGenerator<CheckEntry> {
  // Lines are counted from each record's raw text: csv-parse's own count takes a CRLF inside a quoted cell for two lines.
  const parser = parse({ bom: true, info: true, raw: true, skip_empty_lines: true, max_record_size: maxRecordBytes });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let toRecord: ((row: readonly string[]) => Record<string, unknown>) | undefined;
  let columns: readonly string[] | undefined;
  let index = 0;
  let nextLine = 1;
  let blankLines = 0;
  const newlines = (text: string) => {
    let count = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    return count;
  };
  try {
    for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { empty_lines: number } }>) {
      blankLines = info.empty_lines;
      const line = nextLine + blankLines;
      nextLine += newlines(raw) - (raw.endsWith('\n') ? 1 : 0) + 1;
      if (!toRecord) {
        toRecord = csvRecordOf(record, customers, customFields);
        columns = Object.freeze([...record]);
        continue;
      }
      yield { record: toRecord(record), location: { index: ++index, line, file }, columns };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const reason = error.code === 'CSV_MAX_RECORD_SIZE' ? cliMessages.tooLong(maxRecordBytes) : cliMessages.badCsv(error.message.replace(/,? (at|on) line \d+.*$/, ''));
      throw new InputError(file, nextLine + blankLines, reason);
    }
    throw readError(file, error);
  }
  if (!toRecord) throw new InputError(file, null, cliMessages.empty);
}
