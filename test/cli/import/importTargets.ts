import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrate, postgresStore } from '../../../src/adapters/postgres/index.js';
import { bootstrapHierarchy } from '../../../src/index.js';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const main = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));

/** Runs `staffcore …` as an operator would: a process of its own, its exit code and its streams. */
export const staffcore = (args: readonly string[], options: { env?: Record<string, string | undefined>; input?: string } = {}) => {
  const { DATABASE_URL: _ignored, CI: _ci, ...rest } = process.env;
  const run = spawnSync(tsx, [main, ...args], { encoding: 'utf8', timeout: 60_000, input: options.input, env: { ...rest, NO_COLOR: '1', ...options.env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

/** A database an import test writes to: the `--database`/`--schema` arguments, and a way to count its customers. */
export interface ImportTarget {
  readonly label: string;
  /** `--database … --schema …` */
  readonly at: readonly string[];
  /** The customers stored, counted in SQL (no child process may hold a PGlite directory meanwhile). */
  count(): Promise<number>;
  /** The names stored, in id order. */
  names(): Promise<string[]>;
  /** Runs a statement on the target's schema (`$schema` in it names the schema). */
  sql(text: string): Promise<unknown[]>;
}

type Client = PGlite | pg.Pool;

/**
 * The databases an import test file runs on, each migrated with a root branch: a fresh PGlite
 * directory in a temp dir, and a fresh schema on the server when `DATABASE_URL` is set (dropped
 * after). Registers the set-up and clean-up.
 * @param prefix - names this file's directories and schemas apart from other files'
 */
export function importTargets(prefix: string): ImportTarget[] {
  const url = process.env['DATABASE_URL'];
  let dir = '';
  let pool: pg.Pool | undefined;
  const schema = `${prefix}_${process.pid}`;
  const prepare = async (client: Client, name: string) => {
    await migrate(client, { schema: name });
    await bootstrapHierarchy(postgresStore({ client, schema: name }), { name: 'Northstar Staffing', kind: 'company' });
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `staffcore-${prefix}-`));
    const lite = new PGlite(join(dir, 'db'));
    await prepare(lite, 'staffcore');
    await lite.close();
    if (url) {
      pool = new pg.Pool({ connectionString: url, max: 1 });
      await prepare(pool, schema);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });
  const query = async (on: 'lite' | 'server', name: string, sql: string) => {
    if (on === 'server') return (await pool!.query(sql.replaceAll('$schema', `"${name}"`))).rows;
    const lite = new PGlite(join(dir, 'db'));
    try {
      return (await lite.query(sql.replaceAll('$schema', `"${name}"`))).rows;
    } finally {
      await lite.close();
    }
  };
  const target = (label: string, on: 'lite' | 'server', at: () => string[], name: string): ImportTarget => ({
    label,
    get at() {
      return at();
    },
    count: async () => Number(((await query(on, name, 'SELECT count(*)::int AS n FROM $schema.customers')) as { n: number }[])[0]!.n),
    names: async () => ((await query(on, name, "SELECT data->>'name' AS name FROM $schema.customers ORDER BY id::bigint")) as { name: string }[]).map((r) => r.name),
    sql: (text) => query(on, name, text),
  });
  return [
    target('PGlite', 'lite', () => ['--database', join(dir, 'db')], 'staffcore'),
    ...(url ? [target('PostgreSQL server', 'server', () => ['--database', url, '--schema', schema], schema)] : []),
  ];
}
