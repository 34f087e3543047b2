/**
 * The PostgreSQL store: staffcore's records in PostgreSQL, through a `pg` Pool or Client, or in
 * an embedded PGlite database.
 *
 * Install a driver, create the schema once with `migrate`, then hand the client to
 * `postgresStore`:
 *
 * ```ts
 * // npm install pg
 * import pg from 'pg';
 * import { createStaffcore } from 'staffcore';
 * import { migrate, postgresStore } from 'staffcore/adapters/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const sc = createStaffcore({ store: postgresStore({ client: pool }), actor });
 * ```
 *
 * ```ts
 * // npm install @electric-sql/pglite: an embedded database kept in a directory
 * import { PGlite } from '@electric-sql/pglite';
 *
 * const db = new PGlite('./data/staffcore');
 * await migrate(db);
 * const store = postgresStore({ client: db });
 * ```
 *
 * Neither driver is imported by staffcore: the client is anything with `query(text, params)`.
 *
 * @module
 */
import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { lazyRepositories } from '../port/lazyRepositories.js';
import type { EntityName } from '../port/entities.js';
import type { BranchRepository, Repositories, Store, TransactionOptions } from '../port/Repository.js';
import type { PostgresClient } from './PostgresClient.js';
import { postgresAuditLog } from './_internal/auditLog.js';
import { auditTablesOf } from './_internal/auditTables.js';
import { defaultTimeouts, isPool, runTransaction, type Connection, type Timeouts } from './_internal/connection.js';
import { postgresCustomerRepository } from './_internal/customerRepository.js';
import { postgresFinancials } from './_internal/financials.js';
import { HierarchyTokens, hierarchyVersionQuery } from './_internal/hierarchyVersion.js';
import { latestVersion, migrations, migrationsTable } from './_internal/migrations.js';
import { postgresRepository } from './_internal/repository.js';
import { TableAccess } from './_internal/tableAccess.js';
import { checkSchema, defaultSchema, tablesOf } from './_internal/tables.js';

/** Options of {@link postgresStore}. */
export interface PostgresStoreOptions {
  /**
   * The database: a `pg` Pool (each transaction takes a connection of its own, so transactions run
   * side by side), or a single connection such as a `pg` Client or a PGlite instance (the store runs
   * its transactions one at a time on it).
   */
  readonly client: PostgresClient;
  /** The schema `migrate` created; `staffcore` by default. */
  readonly schema?: string;
  /**
   * How long a transaction waits for a lock another transaction holds, in milliseconds, before
   * the action fails with `BUSY` (nothing written, safe to try again); 5000 by default, 0 for no
   * limit. It bounds how long a pool's connections can be held by blocked writers, and so how long
   * an unrelated read waits for a connection behind them.
   */
  readonly lockTimeout?: number;
  /** How long one statement of a writing transaction may run, in milliseconds, before `BUSY`; 30000 by default, 0 for no limit. */
  readonly statementTimeout?: number;
  /**
   * The client is one connection inside a transaction the host began — a `pg` client checked out of
   * a pool after the host's `BEGIN`, or the `tx` PGlite's `transaction()` hands its callback — so
   * that staffcore's writes and the host's own commit or roll back together. The store then never
   * begins, commits or rolls back: each of its transactions (one action, or one `sc.transaction`)
   * runs in a savepoint, released when it succeeds and rolled back to when it is refused, so a
   * refusal leaves nothing behind and the host's transaction stays usable; the host's `COMMIT` or
   * `ROLLBACK` decides the rest. `lockTimeout` and `statementTimeout` are not set (the
   * transaction's settings are the host's). Make a store for each such transaction; a pool is
   * refused.
   */
  readonly hostTransaction?: boolean;
}

/** A store kept in PostgreSQL. */
export interface PostgresStore extends Store {
  /** The schema its tables live in. */
  readonly schema: string;
}

/** What a read-only attempt returns when the hierarchy changed under it: its work runs again. */
const stale = Symbol('stale');

/** A timeout option: a whole number of milliseconds, 0 (no limit) to one day; the default when left out. */
function checkTimeout(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 86_400_000) {
    throw fieldError('options', [option], messages.expected('a whole number of milliseconds from 0 (no limit) to 86400000'));
  }
  return value;
}

// Every migration must have run, not only the latest: versions are applied by set (a database
// migrated by a build that knew 1–5 and 8 lacks 6 and 7 although its highest version is current).
async function checkMigrated(connection: Connection, schema: string): Promise<void> {
  const table = migrationsTable(schema);
  const [found] = await connection.query<{ name: string | null }>('open', 'SELECT to_regclass($1)::text AS name', [table]);
  const rows = found?.name ? await connection.query<{ version: number }>('open', `SELECT version FROM ${table}`) : [];
  const applied = new Set(rows.map((row) => Number(row.version)));
  const missing = migrations.map((migration) => migration.version).filter((version) => !applied.has(version));
  if (missing.length > 0) {
    const version = Math.min(...missing) - 1;
    throw new StaffcoreError('STORE', messages.schemaOutdated(schema, version, latestVersion), {
      details: { schema, version, required: latestVersion, missing },
    });
  }
}

/**
 * Creates a store on a PostgreSQL database whose schema {@link migrate} has created.
 *
 * Each record is a row: its id (from a per-table sequence), its version, the record as `jsonb`,
 * plus a column and index per indexed field and a `"C"`-collated sort-key column per sortable
 * field, so it orders and pages exactly as the memory store does. Customers keep a materialized
 * path, so a subtree is one index range scan and a move rewrites the subtree's paths in one statement.
 *
 * Audit events are rows of `audit_events` keyed by their feed position. An `append` takes its
 * positions from the one-row `audit_counter` table and holds that row until its transaction ends,
 * so appending transactions take positions in the order they commit, and a reader tailing the
 * feed never passes a position that commits later. A transaction's events therefore hold
 * consecutive positions, and their transaction id is the position of the first: stored with the
 * events, so it stays the same after a restart, a dump and restore, or on another server.
 *
 * A read-only transaction sends no BEGIN or COMMIT, and its reads by id return the hierarchy's
 * version token with the record in the same statement. Its `hierarchyVersion()` answers with the
 * token the store saw last, without asking; when the work is done, every token its reads returned
 * must be that one, or the work runs again with `hierarchyVersion()` asking the database. So
 * `customers.get` is one statement once the hierarchy is known, and a level another process
 * wrote is seen by the very next read.
 *
 * Transactions run at READ COMMITTED with optimistic versions (`UPDATE … WHERE version = $n`), so
 * a stale write fails with `CONFLICT` and no update is lost. A serialization failure or deadlock
 * runs the whole transaction again, up to 4 times. Database errors surface as `STORE` errors with
 * the driver's error as `cause`; a transaction whose work swallowed a database error is rolled back
 * and fails. Do not start a transaction inside another one.
 *
 * @param options - the client, the schema, and the bounded waits (`lockTimeout`, `statementTimeout`: `BUSY` past them)
 * @returns the store
 * @throws StaffcoreError `VALIDATION` for a missing client or a malformed schema name
 * @example
 * ```ts
 * import pg from 'pg';
 * import { migrate, postgresStore } from 'staffcore/adapters/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const store = postgresStore({ client: pool });
 * const customer = await store.transaction((tx) => tx.customers.get('42')); //=> the record, or null
 * ```
 */
export function postgresStore(options: PostgresStoreOptions): PostgresStore {
  const client = options?.client;
  if (typeof (client as { query?: unknown } | null | undefined)?.query !== 'function') {
    throw fieldError('options', ['client'], messages.notAPostgresClient);
  }
  const hostTransaction = options.hostTransaction === true;
  if (hostTransaction && isPool(client)) throw fieldError('options', ['client'], messages.hostTransactionNeedsConnection);
  const schema = checkSchema(options.schema ?? defaultSchema);
  const timeouts: Timeouts = {
    lockTimeout: checkTimeout(options.lockTimeout, 'lockTimeout', defaultTimeouts.lockTimeout),
    statementTimeout: checkTimeout(options.statementTimeout, 'statementTimeout', defaultTimeouts.statementTimeout),
  };
  const tables = tablesOf(schema);
  const auditTables = auditTablesOf(schema);
  let migrated = false;
  let disposed = false;

  // The hierarchy version token this store saw last: a read-only transaction's hierarchyVersion()
  // answers with it, and its reads check it (see HierarchyTokens).
  let lastToken: string | null = null;
  const askToken = async (connection: Connection): Promise<string> => {
    const [row] = await connection.query<{ token: string }>('branches.hierarchyVersion', hierarchyVersionQuery(schema));
    return (lastToken = row!.token);
  };

  const repositories = (connection: Connection, options: TransactionOptions, tokens: HierarchyTokens | null): Repositories =>
    lazyRepositories((entity: EntityName) => {
      const access = new TableAccess(tables[entity], connection, tokens);
      if (entity === 'customers') return postgresCustomerRepository(access);
      if (entity === 'branches') {
        const branches: BranchRepository = {
          ...postgresRepository<'branches'>(access),
          async hierarchyVersion() {
            if (tokens?.guess == null) return askToken(connection);
            return (tokens.guessed = tokens.guess);
          },
        };
        return branches;
      }
      return postgresRepository(access);
    }, postgresAuditLog(connection, auditTables), options, postgresFinancials(connection, tables));

  /**
   * One attempt of a transaction. A read-only one given a `guess` returns `stale` when a token its
   * reads saw is not the guess `hierarchyVersion()` answered with: its work must run again.
   */
  const attempt = <R>(work: (tx: Repositories) => Promise<R>, options: TransactionOptions, guess: string | null): Promise<R | typeof stale> =>
    runTransaction(
      client,
      async (connection) => {
        if (!migrated) {
          await checkMigrated(connection, schema);
          migrated = true;
        }
        if (!options.readOnly) return work(repositories(connection, options, null));
        const tokens = new HierarchyTokens(schema, guess);
        const outcome = await work(repositories(connection, options, tokens)).then(
          (result) => () => result,
          (error: unknown) => () => {
            throw error;
          },
        );
        const seen = tokens.guessed !== null && tokens.seen.length === 0 ? [await askToken(connection)] : tokens.seen;
        if (seen.length > 0) lastToken = seen.at(-1)!;
        return tokens.guessed !== null && seen.some((token) => token !== tokens.guessed) ? stale : outcome();
      },
      { ...options, timeouts, hostTransaction },
    );

  return {
    name: 'postgres',
    schema,
    async transaction(work, options = {}) {
      if (disposed) throw new StaffcoreError('STORE', messages.storeDisposed('postgres'));
      if (options.readOnly && lastToken !== null) {
        const result = await attempt(work, options, lastToken);
        if (result !== stale) return result;
      }
      // Without a guess, hierarchyVersion() asks the database, so the attempt is never stale.
      return (await attempt(work, options, null)) as Awaited<ReturnType<typeof work>>;
    },
    async dispose() {
      // The client belongs to the caller (who may share it), so it stays open.
      disposed = true;
    },
  };
}
