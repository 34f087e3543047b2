import type { Writable } from 'node:stream';
import type { MigrateResult } from '../../adapters/postgres/migrate.js';
import { migrateAll } from '../../adapters/postgres/migrateAll.js';
import { knownMigrations, migrationSql, migrationStates } from '../../adapters/postgres/migrationPlan.js';
import { StaffcoreError, isStaffcoreError } from '../../errors/index.js';
import { printable } from '../check/format/printable.js';
import { UsageError } from '../check/InputError.js';
import { migrateMessages, migrateUsage } from './migrateMessages.js';
import { ConnectError, openDatabase, type Database } from './openDatabase.js';
import { parseMigrateArgs, type MigrateCommand } from './parseMigrateArgs.js';

/** The streams and environment `staffcore migrate` runs with: the process's own, or a test's. */
export interface MigrateIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const processIo = (): MigrateIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

const nameOf = (version: number) => knownMigrations.find((m) => m.version === version)?.name ?? '';

const firstLine = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** `status` or `--dry-run` of one schema; returns the exit code. */
async function inspect(command: MigrateCommand, schema: string, db: Database, io: MigrateIo): Promise<number> {
  const states = await migrationStates(db.client, schema);
  const missing = states.filter((s) => s.appliedAt === null).map((s) => s.version);
  if (command.action === 'status') {
    for (const state of states) io.stdout.write(`${migrateMessages.statusLine(state.version, state.appliedAt, state.name)}\n`);
    io.stdout.write(`${migrateMessages.statusSummary(schema, states.length - missing.length, missing.length)}\n`);
    return missing.length === 0 ? 0 : 1;
  }
  const latest = states[states.length - 1]?.version ?? 0;
  if (missing.length === 0) io.stdout.write(`-- ${migrateMessages.current(schema, latest)}\n`);
  else io.stdout.write(`${migrateMessages.dryRunHeader(schema, missing)}\n${migrationSql(schema, missing)}`);
  return 0;
}

/** What one schema's run applied, as the command prints it. */
function report(result: MigrateResult, io: MigrateIo): void {
  if (result.applied.length === 0) {
    io.stdout.write(`${migrateMessages.current(result.schema, result.version)}\n`);
    return;
  }
  for (const version of result.applied) io.stdout.write(`${migrateMessages.applied(version, nameOf(version))}\n`);
  io.stdout.write(`${migrateMessages.done(result.schema, result.version, result.applied.length)}\n`);
}

/** Runs the command on an open database; returns the exit code. */
async function run(command: MigrateCommand, db: Database, io: MigrateIo): Promise<number> {
  if (command.action === 'status' || command.dryRun) {
    let code = 0;
    for (const schema of command.schemas) code = Math.max(code, await inspect(command, schema, db, io));
    return code;
  }
  let results: readonly MigrateResult[];
  let failed: readonly { readonly schema: string; readonly error: Error }[] = [];
  try {
    results = await migrateAll(db.client, command.schemas);
  } catch (error) {
    if (!isStaffcoreError(error, 'STORE') || error.details.failed === undefined) throw error;
    results = error.details.migrated ?? [];
    failed = error.details.failed;
  }
  for (const result of results) report(result, io);
  for (const { schema, error } of failed) {
    const reason = command.schemas.length === 1 ? migrateMessages.failed(firstLine(error)) : migrateMessages.schemaFailed(schema, firstLine(error));
    io.stderr.write(`${migrateMessages.error(printable(reason))}\n`);
  }
  return failed.length === 0 ? 0 : 1;
}

/**
 * Runs `staffcore migrate` and returns its exit code: 0 done (for `status`: every version
 * applied), 1 a migration failed and nothing was applied (for `status`: versions missing), 2 a
 * usage error or a database that cannot be reached (one line on stderr).
 */
export async function runMigrate(args: readonly string[], io: MigrateIo = processIo()): Promise<number> {
  let db: Database | undefined;
  try {
    const command = parseMigrateArgs(args, io.env);
    if (command.help) {
      io.stdout.write(`${migrateUsage}\n`);
      return 0;
    }
    db = await openDatabase(command.database, command.action === 'apply' && !command.dryRun);
    return await run(command, db, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${migrateMessages.usageError(printable(error.message))}\n`);
      return 2;
    }
    if (error instanceof ConnectError) {
      io.stderr.write(`${migrateMessages.error(printable(error.message))}\n`);
      return 2;
    }
    if (error instanceof StaffcoreError && error.code === 'VALIDATION') {
      // A malformed schema name: a usage error.
      io.stderr.write(`${migrateMessages.usageError(printable(error.message.split('\n')[0]!))}\n`);
      return 2;
    }
    io.stderr.write(`${migrateMessages.error(printable(firstLine(error)))}\n`);
    return 2;
  } finally {
    await db?.close().catch(() => {});
  }
}
