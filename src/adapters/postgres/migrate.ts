/**
 * Creates and upgrades the PostgreSQL schema of the staffcore store.
 *
 * Install a driver (`npm install pg`, or `npm install @electric-sql/pglite` for an embedded
 * database), then run `migrate` once at start-up, before `postgresStore`:
 *
 * ```ts
 * import pg from 'pg';
 * import { migrate, postgresStore } from 'staffcore/adapters/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const store = postgresStore({ client: pool });
 * ```
 *
 * @module
 */
import { fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { PostgresClient } from './PostgresClient.js';
import { runTransaction, type Connection } from './_internal/connection.js';
import { latestVersion, migrations, migrationsTable } from './_internal/migrations.js';
import { quoteIdent } from './_internal/sqlText.js';
import { checkSchema, defaultSchema } from './_internal/tables.js';

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /** The schema to keep staffcore's tables in; `staffcore` by default. Created when missing. */
  readonly schema?: string;
}

/** What {@link migrate} did. */
export interface MigrateResult {
  /** The schema migrated. */
  readonly schema: string;
  /** The versions applied by this run, oldest first; empty when the schema was already current. */
  readonly applied: readonly number[];
  /** The schema's version now. */
  readonly version: number;
}

async function appliedVersions(connection: Connection, schema: string): Promise<Set<number>> {
  const [table] = await connection.query<{ name: string | null }>('migrate', 'SELECT to_regclass($1)::text AS name', [
    `${quoteIdent(schema)}.${quoteIdent('staffcore_migrations')}`,
  ]);
  if (!table?.name) return new Set();
  const rows = await connection.query<{ version: number }>('migrate', `SELECT version FROM ${migrationsTable(schema)}`);
  return new Set(rows.map((row) => Number(row.version)));
}

/**
 * Brings the store's schema up to date: creates the schema, one table per kind of record with its
 * id sequence and indexes, the audit log's tables, the customers' duplicate keys, the hierarchy's
 * version row, and records each applied version in `staffcore_migrations`.
 *
 * The customers' folded names are indexed in order and read backwards in order, which is what
 * `customers.add` reads to report names that differ by a typo: no extension is needed. (Version 3
 * installed `pg_trgm` where it could, for a trigram index that version 11 drops.)
 *
 * Versioned and idempotent: a second run applies nothing and changes nothing. Concurrent runs (several
 * app instances starting at once) wait for each other on a transaction-level advisory lock, so each
 * version is applied once. All of a run is one transaction: it applies everything or nothing.
 *
 * @param client - a `pg` Pool or Client, or a PGlite instance
 * @param options - the schema to use (`staffcore` by default)
 * @returns the versions applied and the schema's version now
 * @throws StaffcoreError `VALIDATION` for a malformed schema name or a client that is not one, `STORE` when the database fails
 * @example
 * ```ts
 * import pg from 'pg';
 * import { migrate } from 'staffcore/adapters/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool); //=> { schema: 'staffcore', applied: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], version: 12 }
 * await migrate(pool); //=> { schema: 'staffcore', applied: [], version: 12 }
 * ```
 */
export async function migrate(client: PostgresClient, options: MigrateOptions = {}): Promise<MigrateResult> {
  const schema = checkSchema(options.schema ?? defaultSchema);
  if (typeof (client as { query?: unknown } | null)?.query !== 'function') {
    throw fieldError('migrate arguments', ['client'], messages.notAPostgresClient);
  }
  // A migration waits as long as it takes: for another instance's migration, and for its own DDL.
  return runTransaction(client, async (connection) => {
    // Up to date: leave without taking a lock or running any DDL (nor needing the right to).
    const before = await appliedVersions(connection, schema);
    if (migrations.every((m) => before.has(m.version))) return { schema, applied: [], version: latestVersion };
    const [lock] = await connection.query<{ available: boolean }>(
      'migrate',
      "SELECT to_regprocedure('pg_advisory_xact_lock(bigint)') IS NOT NULL AS available",
    );
    if (lock?.available) await connection.query('migrate', 'SELECT pg_advisory_xact_lock(hashtext($1)::bigint)', [`staffcore.migrate.${schema}`]);
    await connection.query('migrate', `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await connection.query(
      'migrate',
      `CREATE TABLE IF NOT EXISTS ${migrationsTable(schema)} ` +
        '(version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = await appliedVersions(connection, schema);
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      const operation = `migrate to version ${migration.version}`;
      for (const statement of migration.statements(schema)) await connection.query(operation, statement);
      await migration.then?.(connection, schema, operation);
      await connection.query('migrate', `INSERT INTO ${migrationsTable(schema)} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return { schema, applied, version: latestVersion };
  }, { timeouts: { lockTimeout: 0, statementTimeout: 0 } });
}
