import type { Readable } from 'node:stream';
import { TokenParser, TokenType, Tokenizer, type ParsedTokenInfo } from '@streamparser/json';
import type { CheckEntry } from '../../../index.js';
import { cliMessages } from '../cliMessages.js';
import { InputError } from '../InputError.js';
import { maxRecordBytes, readError, startsWithBom } from './openInput.js';

const whitespace = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Reads a JSON array of records as it streams in, with @streamparser/json: each element is handed
 * on once it is complete and then dropped, so memory holds one record at a time (an element over
 * {@link maxRecordBytes} stops the read). Each record's location is the line its element starts on.
 */
export async function* readJsonArray(file: string, input: Readable): AsyncGenerator<CheckEntry> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ['$.*'], keepStack: false });
  let batch: CheckEntry[] = [];
  const starts: number[] = [];
  let depth = 0;
  let openAt = -1;
  let index = 0;
  // Lines: the byte offset where the current chunk starts, and a cursor that counts newlines up to an offset.
  let chunk: Buffer = Buffer.alloc(0);
  let chunkStart = 0;
  let cursor = 0;
  let cursorLine = 1;
  const lineAt = (offset: number) => {
    const target = Math.max(offset, chunkStart);
    if (target < cursor) return cursorLine;
    for (let at = Math.max(cursor, chunkStart); at < target && at - chunkStart < chunk.length; at++) {
      if (chunk[at - chunkStart] === 10) cursorLine++;
    }
    cursor = target;
    return cursorLine;
  };
  tokenizer.onToken = (info: ParsedTokenInfo) => {
    const { token, offset } = info;
    if (depth === 1 && token !== TokenType.COMMA && token !== TokenType.RIGHT_BRACKET) {
      starts.push(lineAt(offset));
      openAt = offset;
    }
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) depth++;
    else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) depth--;
    parser.write(info);
  };
  tokenizer.onEnd = () => {
    if (!parser.isEnded) parser.end();
  };
  parser.onValue = ({ value }) => {
    openAt = -1;
    batch.push({ record: value, location: { index: ++index, line: starts.shift() ?? cursorLine, file } });
  };
  parser.onEnd = () => {
    if (!tokenizer.isEnded) tokenizer.end();
  };
  const fail = (error: unknown): InputError => {
    const message = error instanceof Error ? error.message : String(error);
    const position = /absolute position "(\d+)"/.exec(message);
    const line = position ? lineAt(Number(position[1])) : cursorLine;
    const reason = message.replace(/ at chunk position.*$/, '').replace(/\. Either not all the data.*$/, '');
    return new InputError(file, line, cliMessages.notJson(reason.replace(/\(state: \w+\)|in state \w+/, '').trim()));
  };

  let seen = false;
  try {
    for await (const raw of input as AsyncIterable<Buffer>) {
      let bytes = raw;
      if (!seen && chunkStart === 0 && startsWithBom(bytes)) bytes = bytes.subarray(3);
      if (!seen) {
        const first = bytes.findIndex((byte) => !whitespace.has(byte));
        if (first !== -1) {
          seen = true;
          if (bytes[first] !== 0x5b) throw new InputError(file, lineAt(chunkStart + first), cliMessages.notAnArray);
        }
      }
      chunk = bytes;
      try {
        tokenizer.write(bytes);
      } catch (error) {
        throw fail(error);
      }
      lineAt(chunkStart + bytes.length);
      chunkStart += bytes.length;
      if (openAt !== -1 && chunkStart - openAt > maxRecordBytes) throw new InputError(file, starts[0] ?? cursorLine, cliMessages.tooLong(maxRecordBytes));
      if (batch.length > 0) {
        const ready = batch;
        batch = [];
        yield* ready;
      }
    }
    if (!seen) throw new InputError(file, null, cliMessages.empty);
    try {
      if (!tokenizer.isEnded) tokenizer.end();
    } catch (error) {
      throw fail(error);
    }
  } catch (error) {
    throw error instanceof InputError ? error : readError(file, error);
  }
  yield* batch;
}
