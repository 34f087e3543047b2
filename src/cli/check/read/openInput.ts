import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { cliMessages } from '../cliMessages.js';
import { InputError } from '../InputError.js';

/** The longest record a reader accepts: far above any valid customer record, low enough to bound memory. */
export const maxRecordBytes = 1024 * 1024;

/** The byte stream of a file, or of standard input for `-`; a file that cannot be opened is an {@link InputError}. */
export async function openInput(file: string, stdin: Readable = process.stdin): Promise<Readable> {
  if (file === '-') return stdin;
  try {
    const handle = await open(file, 'r');
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    // 8 KiB at a time: a parser that turns a whole block into records at once (csv-parse, the JSON
    // array reader) holds them all until they are read, long enough for them to outlive the young
    // generation; at 1M records a 1 MiB block peaked at 185 MB (CSV) and 165 MB (JSON), 8 KiB at
    // about 115 MB (npm run bench -- check).
    return handle.createReadStream({ highWaterMark: 1 << 13 });
  } catch (error) {
    throw readError(file, error);
  }
}

/** An I/O error as one line: the reason without Node's stack and syscall noise. */
export function readError(file: string, error: unknown): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    EMFILE: 'too many open files',
  };
  const reason = typeof code === 'string' ? (reasons[code] ?? code) : error instanceof Error ? error.message : String(error);
  return new InputError(file, null, cliMessages.cannotRead(reason));
}

/** Whether a buffer starts with the UTF-8 byte order mark, which every reader accepts and skips. */
export const startsWithBom = (chunk: Buffer): boolean => chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
