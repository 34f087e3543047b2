import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { postgresStore } from '../../adapters/postgres/index.js';
import { migrationStates } from '../../adapters/postgres/migrationPlan.js';
import { createStaffcore, customers, type AddCustomerInput } from '../../index.js';
import { cliMessages } from '../check/cliMessages.js';
import { printable } from '../check/format/printable.js';
import { InputError, UsageError } from '../check/InputError.js';
import { readRecords } from '../check/read/readRecords.js';
import { ConnectError, openDatabase, type Database } from '../migrate/openDatabase.js';
import { csvInput } from './csvInput.js';
import { importActor, NotReadyError } from './importActor.js';
import { importMessages, importUsage } from './importMessages.js';
import { parseImportArgs, type ImportCommand } from './parseImportArgs.js';
import { progressBar } from './progressBar.js';
import { openRejectedRows, type ReadRow, type RejectedRowsFile } from './rejectedRows.js';

/** The streams and environment `staffcore import` runs with: the process's own, or a test's. */
export interface ImportIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

const processIo = (): ImportIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });

/** The likely duplicates listed in the summary; the count covers them all. */
const duplicatesShown = 10;

/** An error's first line, without the `[staffcore]` prefix. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/^\[staffcore\] /, '');

/** What an import did, for its summary. */
interface Tally {
  read: number;
  skipped: number;
  added: number;
  rejected: number;
  duplicates: number;
  readonly listed: string[];
}

/**
 * Imports the input of `command` into an open database: the code path of `staffcore import` once
 * its arguments are parsed and the database is open (the benchmark calls it directly). Reads the
 * records, sends them to `customers.addMany` (`validRowsOnly`) a chunk at a time, each chunk one
 * transaction sent only once all its records were read, writes the refused rows to the
 * rejected-rows file and prints a summary.
 * @param command - the parsed command
 * @param db - the open database (closed by the caller)
 * @param io - the streams and environment
 * @returns the exit code: 0 every row added, 1 rows rejected or the import stopped part way
 * @throws InputError, UsageError, NotReadyError for the one-line errors of exit code 2
 */
export async function importInto(command: ImportCommand, db: Database, io: ImportIo): Promise<number> {
  const missing = (await migrationStates(db.client, command.schema)).filter((s) => s.appliedAt === null).length;
  if (missing > 0) {
    // The URL as the user can type it again, without its password.
    const database = command.database === io.env['DATABASE_URL'] ? '"$DATABASE_URL"' : /^[a-z][a-z0-9+.-]*:\/\//i.test(command.database) ? db.where : command.database;
    throw new NotReadyError(importMessages.notMigrated(command.schema, missing, database));
  }
  const store = postgresStore({ client: db.client, schema: command.schema });
  const sc = createStaffcore({ store, actor: await importActor(store, command), actions: { customers } });

  const size = command.file === '-' ? null : await stat(command.file).then((s) => (s.isFile() && s.size > 0 ? s.size : null), () => null);
  let input: (Readable & { bytesRead?: number }) | undefined;
  const progress = progressBar(io.stderr, io.stderr.isTTY === true && !command.quiet && io.env['CI'] === undefined);
  // The file is read ahead in 8 KiB gulps (openInput), so bytes read run ahead of the reader. When
  // the stream reads a new gulp, the reader has used up the bytes read before it: those bytes over
  // the records read so far give the bytes per record, and the file's size the total. Not at the
  // second gulp: the stream reads it as soon as the first is handed over, before any is used up.
  /** The record number of the last record read (skipped ones too). */
  let last = 0;
  let bytesBefore = 0;
  let gulps = 0;
  let bytesPerRecord: number | null = null;
  const fraction = () => {
    const bytes = input?.bytesRead;
    if (size === null || typeof bytes !== 'number') return null;
    if (bytes > bytesBefore) {
      if (++gulps > 2 && last > 0) bytesPerRecord = bytesBefore / last;
      bytesBefore = bytes;
    }
    return bytesPerRecord === null ? null : Math.min((last * bytesPerRecord) / size, 0.99);
  };
  const started = performance.now();
  const tally: Tally = { read: 0, skipped: 0, added: 0, rejected: 0, duplicates: 0, listed: [] };
  let rejectedFile: RejectedRowsFile | undefined;
  let chunk: ReadRow[] = [];
  /** The first row not saved yet: where a resumed import starts. */
  let resumeFrom = command.fromRow;

  const summary = () => {
    progress.clear();
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(`${importMessages.summary({ ...tally, seconds })}\n`);
    if (tally.rejected > 0) io.stdout.write(`${importMessages.rejectedTo(tally.rejected, printable(command.rejected))}\n`);
    if (tally.duplicates > 0) io.stdout.write(`${[importMessages.duplicatesHeader(tally.duplicates, tally.listed.length), ...tally.listed].join('\n')}\n`);
  };

  /** Sends the chunk read so far; `false` when it failed (the message is printed). */
  const send = async (): Promise<boolean> => {
    if (chunk.length === 0) return true;
    const rows = chunk;
    chunk = [];
    if (!rejectedFile) {
      try {
        rejectedFile = await openRejectedRows(command.rejected, command.fromRow > 1);
      } catch (error) {
        throw new UsageError(importMessages.cannotWriteRejected(command.rejected, (error as { code?: string }).code ?? reasonOf(error)));
      }
    }
    let result;
    try {
      result = await sc.customers.addMany({ rows: rows.map((r) => r.record as AddCustomerInput), mode: 'validRowsOnly' });
    } catch (error) {
      summary();
      const first = rows[0]!;
      io.stderr.write(`${importMessages.error(printable(importMessages.chunkFailed(first.row, first.line, rows[rows.length - 1]!.row, reasonOf(error))))}\n`);
      return false;
    }
    await rejectedFile.write(rows, result.rejected);
    tally.added += result.added.length;
    tally.rejected += result.rejected.length;
    for (const added of result.added) {
      if (added.likelyDuplicates.length === 0 && added.duplicateOfRows.length === 0) continue;
      tally.duplicates++;
      if (tally.listed.length >= duplicatesShown) continue;
      const read = rows[added.row]!;
      const like = [
        ...(added.likelyDuplicates.length > 0 ? [importMessages.likeExisting(added.likelyDuplicates.map((m) => ({ id: m.customerId, name: printable(m.name) })))] : []),
        ...(added.duplicateOfRows.length > 0 ? [importMessages.likeRows(added.duplicateOfRows.map((i) => rows[i]!.row))] : []),
      ].join('; ');
      tally.listed.push(importMessages.duplicate(read.row, read.line, added.customer.id, printable(added.customer.name), like));
    }
    resumeFrom = rows[rows.length - 1]!.row + 1;
    progress.update(tally.added + tally.rejected, fraction());
    return true;
  };

  try {
    try {
      const records = readRecords(command.file, command.inputFormat, true, io.stdin, (opened) => {
        input = opened;
      });
      for await (const { record, location } of records) {
        last = location.index;
        if (location.index < command.fromRow) {
          tally.skipped++;
          continue;
        }
        tally.read++;
        chunk.push({ row: location.index, line: location.line ?? 0, record: command.inputFormat === 'csv' ? csvInput(record) : record });
        if (chunk.length >= command.chunk && !(await send())) return 1;
        if ((tally.read & 255) === 0) progress.update(tally.added + tally.rejected + chunk.length, fraction());
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // Nothing of the chunk being read was sent: the rows before it are saved, the rest is not.
      const saved = tally.added + tally.rejected;
      throw error.line === null && saved === 0 ? error : new InputError(error.file, error.line, importMessages.readStopped(error.reason, saved, resumeFrom));
    }
    if (!(await send())) return 1;
  } finally {
    progress.clear();
    await rejectedFile?.close();
  }
  // A CSV of only a header row reads as no records at all: as empty as an empty file.
  if (last === 0) throw new InputError(command.file === '-' ? '<stdin>' : command.file, null, cliMessages.empty);
  if (tally.read === 0) {
    io.stdout.write(`${importMessages.nothingFrom(command.fromRow, last)}\n`);
    return 0;
  }
  summary();
  return tally.rejected > 0 ? 1 : 0;
}

/**
 * Runs `staffcore import` and returns its exit code: 0 every row imported, 1 some rows rejected
 * (written to the rejected-rows file) or the import stopped part way (the line says the
 * `--from-row` to resume from), 2 a usage error, bad input, or a database that cannot be reached
 * or is not ready (one line on stderr, no stack trace).
 * @param args - the arguments after `import`
 * @param io - the streams and environment (the process's by default)
 */
export async function runImport(args: readonly string[], io: ImportIo = processIo()): Promise<number> {
  let db: Database | undefined;
  try {
    const command = parseImportArgs(args, io.env);
    if (command.help) {
      io.stdout.write(`${importUsage}\n`);
      return 0;
    }
    // Read-only until it is known to be migrated: a missing PGlite directory is not created.
    db = await openDatabase(command.database, false);
    return await importInto(command, db, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${importMessages.usageError(printable(error.message))}\n`);
    } else if (error instanceof InputError || error instanceof ConnectError || error instanceof NotReadyError) {
      io.stderr.write(`${importMessages.error(printable(error.message))}\n`);
    } else {
      io.stderr.write(`${importMessages.error(printable(reasonOf(error)))}\n`);
    }
    return 2;
  } finally {
    await db?.close().catch(() => {});
  }
}
