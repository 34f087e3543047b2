import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { memoryStore } from '../../src/adapters/memory/index.js';
import { migrate, postgresStore } from '../../src/adapters/postgres/index.js';
import type { Store } from '../../src/adapters/port/index.js';

/** A store an action test runs on: its name, and a maker of a fresh, empty one. */
export type StoreUnderTest = [name: string, makeStore: () => Promise<Store>];

/**
 * The stores an action test file runs on: memory; PostgreSQL on one PGlite shared by the file
 * (with pg_trgm, a fresh schema per store); and the PostgreSQL server when `DATABASE_URL` is set
 * (set it to run against one). Registers the file's set-up and clean-up.
 * @param prefix - names this file's schemas apart from other files'
 */
export function storesUnderTest(prefix: string): StoreUnderTest[] {
  const url = process.env['DATABASE_URL'];
  const schemaPrefix = `${prefix}_${process.pid}_`;
  let lite: PGlite | undefined;
  let pool: pg.Pool | undefined;
  let schemas = 0;
  beforeAll(async () => {
    lite = new PGlite({ extensions: { pg_trgm } });
    if (url) pool = new pg.Pool({ connectionString: url, max: 4 });
  });
  afterAll(async () => {
    await lite?.close();
    for (let n = 1; n <= schemas; n++) await pool?.query(`DROP SCHEMA IF EXISTS ${schemaPrefix}${n} CASCADE`);
    await pool?.end();
  });
  const on = (client: () => PGlite | pg.Pool) => async () => {
    const schema = `${schemaPrefix}${++schemas}`;
    await migrate(client(), { schema });
    return postgresStore({ client: client(), schema });
  };
  return [
    ['memory', async () => memoryStore()],
    ['PGlite', on(() => lite!)],
    ...(url ? ([['PostgreSQL server', on(() => pool!)]] as StoreUnderTest[]) : []),
  ];
}

/**
 * The title of a test that needs a PostgreSQL server: as given when `DATABASE_URL` is set,
 * otherwise with the reason it is skipped, so the skipped list says how to run it.
 * @param title - the test's title
 */
export function needsServer(title: string): string {
  return process.env['DATABASE_URL'] ? title : `${title} (skipped: set DATABASE_URL to run against a PostgreSQL server)`;
}

/**
 * The tier of the size-dependent tests: `quick` in `npm test`; `large` (STAFFCORE_TIER=large, which
 * `npm run test:large` and CI set) runs them at their large sizes, their titles starting with `[large]`.
 */
export const tier: 'quick' | 'large' = process.env['STAFFCORE_TIER'] === 'large' ? 'large' : 'quick';
