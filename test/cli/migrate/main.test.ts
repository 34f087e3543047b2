import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownMigrations, latestVersion } from '../../../src/adapters/postgres/migrationPlan.js';
import { needsServer } from '../../helpers/stores.js';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const main = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));

/** Runs `staffcore …` as an operator would: a process of its own, its exit code and its streams. */
const staffcore = (args: readonly string[], env: Record<string, string | undefined> = {}) => {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const run = spawnSync(tsx, [main, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...rest, NO_COLOR: '1', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

const versions = knownMigrations.map((m) => m.version);
const oneLine = /^staffcore migrate: [^\n]+\n$/;

/** The whole life of a schema: status, dry run, migrate, migrate again, status. */
function lifecycle(database: string, schema: string, label: string, isUnchanged: () => Promise<boolean>) {
  const at = ['--database', database, '--schema', schema];

  it(`${label}: status lists every version as missing and exits 1`, () => {
    const status = staffcore(['migrate', 'status', ...at]);
    expect(status).toMatchObject({ status: 1, stderr: '' });
    for (const version of versions) expect(status.stdout).toMatch(new RegExp(`^missing +${version} `, 'm'));
    expect(status.stdout).toContain(`schema "${schema}": 0 applied, ${versions.length} missing`);
  });

  it(`${label}: --dry-run prints the SQL of every missing version and changes nothing`, async () => {
    const dry = staffcore(['migrate', '--dry-run', ...at]);
    expect(dry).toMatchObject({ status: 0, stderr: '' });
    expect(dry.stdout).toMatch(/^-- staffcore migrate --dry-run: /);
    expect(dry.stdout).toContain('BEGIN;');
    expect(dry.stdout).toMatch(/COMMIT;\n$/);
    expect(dry.stdout).toContain(`CREATE SCHEMA IF NOT EXISTS "${schema}";`);
    expect(dry.stdout).toContain(`CREATE TABLE IF NOT EXISTS "${schema}"."customers"`);
    for (const version of versions) {
      expect(dry.stdout).toContain(`-- version ${version}: `);
      expect(dry.stdout).toContain(`INSERT INTO "${schema}"."staffcore_migrations" (version, name) VALUES (${version}, '`);
    }
    expect(await isUnchanged()).toBe(true);
    expect(staffcore(['migrate', 'status', ...at]).stdout).toContain(`0 applied, ${versions.length} missing`);
  });

  it(`${label}: migrate applies every version and says so; a second run says it is current`, () => {
    const first = staffcore(['migrate', ...at]);
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(first.stdout.split('\n').filter((line) => line.startsWith('applied version ')).map((line) => Number(/^applied version (\d+):/.exec(line)![1]))).toEqual(versions);
    expect(first.stdout).toContain(`schema "${schema}" is now at version ${latestVersion} (${versions.length} migrations applied)`);
    expect(staffcore(['migrate', ...at])).toEqual({ status: 0, stdout: `schema "${schema}" is already at version ${latestVersion}: nothing to apply\n`, stderr: '' });
    expect(staffcore(['migrate', '--dry-run', ...at])).toMatchObject({ status: 0, stdout: `-- schema "${schema}" is already at version ${latestVersion}: nothing to apply\n` });
  });

  it(`${label}: status then lists every version as applied and exits 0`, () => {
    const status = staffcore(['migrate', 'status', ...at]);
    expect(status).toMatchObject({ status: 0, stderr: '' });
    for (const version of versions) expect(status.stdout).toMatch(new RegExp(`^applied +${version}  \\d{4}-\\d\\d-\\d\\dT`, 'm'));
    expect(status.stdout).toContain(`schema "${schema}": all ${versions.length} versions applied`);
  });
}

describe('staffcore migrate, run as a process', () => {
  describe('on a PGlite directory', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'staffcore-migrate-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    // The read-only commands create no directory that is not there: it must still not exist after them.
    const database = join(tmpdir(), `staffcore-migrate-${process.pid}-db`);
    lifecycle(database, 'staffcore', 'PGlite', async () => !existsSync(database));
    afterAll(async () => {
      await rm(database, { recursive: true, force: true });
    });

    it("the dry run's SQL, run by hand on an empty database, brings it to the latest version", async () => {
      const sql = staffcore(['migrate', '--dry-run', '--database', join(dir, 'reviewed')]).stdout;
      const lite = new PGlite(join(dir, 'reviewed'));
      await lite.exec(sql);
      await lite.close();
      expect(staffcore(['migrate', '--database', join(dir, 'reviewed')])).toMatchObject({ status: 0, stdout: expect.stringContaining('already at version') });
    });

    it('migrates every schema a repeated --schema names and reports each; one that fails is named, exit 1, and the others are migrated', async () => {
      const database = join(dir, 'agencies');
      const lite = new PGlite(database);
      // A customers table of another shape: version 1 fails on its indexes.
      await lite.exec('CREATE SCHEMA agency_broken; CREATE TABLE agency_broken.customers (id integer PRIMARY KEY)');
      await lite.close();
      const run = staffcore(['migrate', '--database', database, '--schema', 'agency_a', '--schema', 'agency_broken', '-s', 'agency_b']);
      expect(run.status).toBe(1);
      for (const schema of ['agency_a', 'agency_b']) expect(run.stdout).toContain(`schema "${schema}" is now at version ${latestVersion} (${versions.length} migrations applied)`);
      expect(run.stderr).toMatch(/^staffcore migrate: schema "agency_broken": .+ \(nothing was applied to it; the other schemas were migrated, each in its own transaction\)\n$/);
      const status = staffcore(['migrate', 'status', '--database', database, '-s', 'agency_a', '-s', 'agency_b', '-s', 'agency_broken']);
      expect(status.status).toBe(1);
      expect(status.stdout).toContain('schema "agency_a": all');
      expect(status.stdout).toContain('schema "agency_b": all');
      expect(status.stdout).toContain(`schema "agency_broken": 0 applied, ${versions.length} missing`);
      const twice = staffcore(['migrate', '--database', database, '--schema', 'agency_a', '--schema', 'agency_a']);
      expect(twice).toMatchObject({ status: 2, stdout: '', stderr: 'staffcore migrate: --schema "agency_a": given more than once (see staffcore migrate --help)\n' });
    });
  });

  describe(needsServer('on the PostgreSQL server, in a fresh schema'), () => {
    const url = process.env['DATABASE_URL'];
    const schema = `cli_migrate_${process.pid}`;
    let pool: pg.Pool | undefined;
    beforeAll(() => {
      if (url) pool = new pg.Pool({ connectionString: url, max: 1 });
    });
    afterAll(async () => {
      await pool?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool?.end();
    });
    if (url) {
      lifecycle(url, schema, 'server', async () => {
        const { rows } = await pool!.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
        return rows.length === 0;
      });
    } else it.skip('lifecycle', () => {});
  });

  it('refuses a bad option, a bad URL or schema, and an unreachable server with one line and exit 2', () => {
    for (const args of [
      ['--database', 'x', '--frobnicate'],
      ['status'],
      ['--database', 'http://example.com/db'],
      ['--database', 'x', '--schema', 'Not A Schema'],
      ['--database', 'postgres://someone:hunter2@127.0.0.1:1/nowhere'],
    ]) {
      const run = staffcore(['migrate', ...args]);
      expect(run, args.join(' ')).toMatchObject({ status: 2, stdout: '' });
      expect(run.stderr, args.join(' ')).toMatch(oneLine);
      expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+|hunter2/);
    }
    expect(staffcore(['migrate', '--database', 'postgres://someone:hunter2@127.0.0.1:1/nowhere']).stderr).toMatch(/cannot connect to postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED/);
  });

  it('lists migrate in the help, and has help of its own', () => {
    expect(staffcore(['help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^ {2}migrate /m) });
    expect(staffcore(['migrate', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('staffcore migrate status') });
  });
});
