import type { Readable } from 'node:stream';
import type { CheckEntry } from '../../../index.js';
import type { CustomFieldInfo } from '../../../rules/customFields.js';
import { cliMessages } from '../cliMessages.js';
import { UsageError } from '../InputError.js';
import { openInput } from './openInput.js';
import { readCsv } from './readCsv.js';
import { readJsonArray } from './readJsonArray.js';
import { readNdjson } from './readNdjson.js';

/** The input formats `staffcore check` reads. */
export const inputFormats = ['json', 'ndjson', 'csv'] as const;
/** An input format. */
export type InputFormat = (typeof inputFormats)[number];

/** The format of a file by its extension (standard input is NDJSON). */
export function inputFormatOf(file: string): InputFormat {
  if (file === '-') return 'ndjson';
  const name = file.toLowerCase();
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv')) return 'csv';
  throw new UsageError(cliMessages.unknownInputFormat(file));
}

/**
 * The records of a file (or `-`), read as they stream in.
 * @param onOpen - called with the byte stream once it is open (a file's stream has `bytesRead`, for a progress bar)
 * @param customFields - the custom fields declared on the file's kind of record, by name: a CSV's `custom.<field>` cells are read by them
 */
export async function* readRecords(
  file: string,
  format: InputFormat,
  customers: boolean,
  stdin?: Readable,
  onOpen?: (input: Readable) => void,
  customFields?: ReadonlyMap<string, CustomFieldInfo>,
): AsyncGenerator<CheckEntry> {
  const shown = file === '-' ? '<stdin>' : file;
  const input = await openInput(file, stdin);
  onOpen?.(input);
  try {
    if (format === 'ndjson') yield* readNdjson(shown, input);
    else if (format === 'json') yield* readJsonArray(shown, input);
    else yield* readCsv(shown, input, customers, customFields);
  } finally {
    if (input !== stdin && input !== process.stdin) input.destroy();
  }
}
