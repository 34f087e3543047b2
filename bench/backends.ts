/** The databases the benchmarks run on: PGlite always, a PostgreSQL server when DATABASE_URL is set. */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { migrate, postgresStore, type PostgresClient, type PostgresStore } from '../src/adapters/postgres/index.js';
import { entityNames } from '../src/adapters/port/index.js';

/** One database to benchmark, with a store on it and raw SQL access to the same tables. */
export interface Backend {
  readonly name: string;
  readonly client: PostgresClient;
  readonly schema: string;
  readonly store: PostgresStore;
  /** Empties every table and restarts the id sequences. */
  reset(): Promise<void>;
  /**
   * A store on a schema of its own next to the main one (`<schema>_<suffix>`), empty, on the same
   * database: for workloads that keep several books side by side. Dropped on close.
   */
  sideStore(suffix: string): Promise<PostgresStore>;
  /** Runs `work` on one connection inside BEGIN/COMMIT, for the raw baselines. */
  inTransaction<R>(work: (query: (text: string, params?: unknown[]) => Promise<{ readonly rows: readonly unknown[] }>) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

const tableName = (schema: string, entity: string) => `"${schema}"."${entity.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`;

async function prepare(name: string, client: PostgresClient, schema: string, close: () => Promise<void>, single: PostgresClient | null): Promise<Backend> {
  await migrate(client, { schema });
  const store = postgresStore({ client, schema });
  const sides = new Set<string>();
  return {
    name,
    client,
    schema,
    store,
    async reset() {
      await client.query(`TRUNCATE ${entityNames.map((e) => tableName(schema, e)).join(', ')} RESTART IDENTITY`);
      await client.query(`VACUUM ANALYZE ${tableName(schema, 'customers')}`);
    },
    async inTransaction(work) {
      const pool = client as pg.Pool;
      const connection = single ?? (await pool.connect());
      try {
        await connection.query('BEGIN');
        const result = await work((text, params) => connection.query(text, params));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        if (!single) (connection as pg.PoolClient).release();
      }
    },
    async sideStore(suffix) {
      const side = `${schema}_${suffix}`;
      await client.query(`DROP SCHEMA IF EXISTS "${side}" CASCADE`);
      sides.add(side);
      await migrate(client, { schema: side });
      return postgresStore({ client, schema: side });
    },
    async close() {
      for (const side of sides) await client.query(`DROP SCHEMA IF EXISTS "${side}" CASCADE`);
      await close();
    },
  };
}

/** An in-memory PGlite database, with pg_trgm as a host wanting near-miss duplicates loads it. */
export async function pglite(): Promise<Backend> {
  const db = new PGlite({ extensions: { pg_trgm } });
  return prepare('PGlite', db, 'staffcore', () => db.close(), db);
}

/** A schema of its own on the server at DATABASE_URL, dropped on close; `null` without DATABASE_URL. */
export async function server(): Promise<Backend | null> {
  const url = process.env['DATABASE_URL'];
  if (!url) return null;
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const schema = `staffcore_bench_${process.pid}`;
  return prepare('pg', pool, schema, async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }, null);
}

export { tableName };
