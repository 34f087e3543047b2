import type { Readable } from 'node:stream';
import type { CheckEntry } from '../../../index.js';
import { cliMessages } from '../cliMessages.js';
import { InputError } from '../InputError.js';
import { maxRecordBytes, readError, startsWithBom } from './openInput.js';

/**
 * Reads NDJSON (one JSON value per line) as it streams in: LF or CRLF line ends, a UTF-8 byte
 * order mark skipped, blank lines passed over. Only the line being read is held, and a line over
 * {@link maxRecordBytes} stops the read, so memory does not grow with the file.
 */
export async function* readNdjson(file: string, input: Readable): AsyncGenerator<CheckEntry> {
  let line = 0;
  let index = 0;
  let carry: Buffer[] = [];
  let carryLength = 0;
  let first = true;
  const entry = (bytes: Buffer, start: number, end: number): CheckEntry | null => {
    line++;
    if (end > start && bytes[end - 1] === 13) end--;
    if (end - start > maxRecordBytes) throw new InputError(file, line, cliMessages.tooLong(maxRecordBytes));
    const text = bytes.toString('utf8', start, end);
    if (text.trim() === '') return null;
    try {
      return { record: JSON.parse(text) as unknown, location: { index: ++index, line, file } };
    } catch (error) {
      throw new InputError(file, line, cliMessages.notJson((error as Error).message));
    }
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let start = 0;
      if (first) {
        first = false;
        if (startsWithBom(chunk)) start = 3;
      }
      for (;;) {
        const newline = chunk.indexOf(10, start);
        if (newline === -1) {
          carryLength += chunk.length - start;
          if (carryLength > maxRecordBytes + 1) throw new InputError(file, line + 1, cliMessages.tooLong(maxRecordBytes));
          if (start < chunk.length) carry.push(chunk.subarray(start));
          break;
        }
        let found: CheckEntry | null;
        if (carryLength > 0) {
          carry.push(chunk.subarray(start, newline));
          const whole = Buffer.concat(carry);
          carry = [];
          carryLength = 0;
          found = entry(whole, 0, whole.length);
        } else found = entry(chunk, start, newline);
        start = newline + 1;
        if (found) yield found;
      }
    }
  } catch (error) {
    throw error instanceof InputError ? error : readError(file, error);
  }
  if (carryLength > 0) {
    const whole = Buffer.concat(carry);
    const found = entry(whole, 0, whole.length);
    if (found) yield found;
  }
  if (index === 0) throw new InputError(file, null, cliMessages.empty);
}
