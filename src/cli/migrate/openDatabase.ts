import { existsSync, statSync } from 'node:fs';
import type { PostgresClient, PostgresQueryable } from '../../adapters/postgres/PostgresClient.js';
import { UsageError } from '../check/InputError.js';
import { migrateMessages } from './migrateMessages.js';

/** An open database: the client `migrate` takes, a name to show, and how to close it. */
export interface Database {
  readonly client: PostgresClient & PostgresQueryable;
  /** The server (its URL without the password) or the PGlite directory. */
  readonly where: string;
  close(): Promise<void>;
}

/** A database that cannot be reached or opened: one line, exit code 2. */
export class ConnectError extends Error {
  override name = 'ConnectError';
}

const urlPattern = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The URL to show: without its password. */
function shown(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password !== '') copy.password = '***';
  return copy.href;
}

/** A driver's reason in one line: its message, else its code (pg's AggregateError has none), else its name and errno (PGlite's file system). */
const reasonOf = (error: unknown) => {
  const { message, code, name, errno } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; code?: unknown; name?: unknown; errno?: unknown };
  const reason = typeof message === 'string' && message !== '' ? message
    : typeof code === 'string' ? code
    : typeof name === 'string' ? `${name}${typeof errno === 'number' ? ` ${errno}` : ''}`
    : String(error);
  return reason.split('\n')[0] ?? '';
};

async function load<T>(driver: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    throw new ConnectError(migrateMessages.noDriver(driver));
  }
}

/**
 * Opens `--database`: a `postgres://` URL as a `pg` Pool, anything else as a PGlite data directory.
 * Checks the connection with one query, so an unreachable server is a {@link ConnectError} here
 * rather than a failed migration.
 * @param database - the URL or directory
 * @param create - whether a missing PGlite directory may be created (read-only commands open an
 *   empty in-memory database instead, so they leave no directory behind)
 */
export async function openDatabase(database: string, create: boolean): Promise<Database> {
  let db: Database;
  if (urlPattern.test(database)) {
    let url: URL;
    try {
      url = new URL(database);
    } catch {
      throw new UsageError(migrateMessages.badUrl(database.replace(/:[^:@/]*@/, ':***@')));
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new UsageError(migrateMessages.badUrl(shown(url)));
    const pg = await load('pg', async () => (await import('pg')).default);
    const pool = new pg.Pool({ connectionString: database, max: 1, connectionTimeoutMillis: 10_000 });
    // An idle client's error (the server going away) must not crash the process with a stack trace.
    pool.on('error', () => {});
    db = { client: pool, where: shown(url), close: () => pool.end() };
  } else {
    const { PGlite } = await load('@electric-sql/pglite', () => import('@electric-sql/pglite'));
    const where = `the PGlite directory ${database}`;
    if (existsSync(database) && !statSync(database).isDirectory()) throw new ConnectError(migrateMessages.cannotConnect(where, 'not a directory'));
    let lite;
    try {
      lite = create || existsSync(database) ? new PGlite(database) : new PGlite();
      await lite.waitReady;
    } catch (error) {
      throw new ConnectError(migrateMessages.cannotConnect(where, reasonOf(error)));
    }
    const opened = lite;
    db = { client: opened, where, close: () => opened.close() };
  }
  try {
    await db.client.query('SELECT 1');
  } catch (error) {
    await db.close().catch(() => {});
    throw new ConnectError(migrateMessages.cannotConnect(db.where, reasonOf(error)));
  }
  return db;
}
