import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../../src/adapters/memory/index.js';
import { migrate, postgresStore, type PostgresClient } from '../../src/adapters/postgres/index.js';
import type { Store } from '../../src/adapters/port/index.js';
import * as keys from '../../src/rules/duplicateKeys.js';
import { buildAgency } from '../helpers/agency.js';

// Counts every working out of duplicate keys, the unit of the duplicate lookup's work.
vi.mock('../../src/rules/duplicateKeys.js', async (importOriginal) => {
  const original = await importOriginal<typeof keys>();
  return { ...original, duplicateKeys: vi.fn(original.duplicateKeys) };
});

const url = process.env['DATABASE_URL'];
const schemaPrefix = `addmany_cost_${process.pid}_`;
let schemas = 0;
let lite: PGlite | undefined;
let pool: pg.Pool | undefined;
beforeAll(() => {
  lite = new PGlite();
  if (url) pool = new pg.Pool({ connectionString: url, max: 2 });
});
afterAll(async () => {
  await lite?.close();
  for (let n = 1; n <= schemas; n++) await pool?.query(`DROP SCHEMA IF EXISTS ${schemaPrefix}${n} CASCADE`);
  await pool?.end();
});

/** A store on a fresh schema whose client counts the statements it is sent. */
async function countingStore(client: () => PGlite | pg.Pool): Promise<{ store: Store; statements: () => number; lookups: [string, unknown[]][]; schema: string }> {
  let sent = 0;
  const lookups: [string, unknown[]][] = [];
  const counted = <Q extends { query: (...args: never[]) => unknown }>(q: Q) => ({
    query: (text: string, params?: unknown[]) => {
      sent++;
      if (/derived_(name|phone|address)_key/.test(text) && text.startsWith('SELECT data')) lookups.push([text, params ?? []]);
      return (q.query as (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>)(text, params);
    },
  });
  const raw = client();
  const wrapped: PostgresClient =
    raw instanceof pg.Pool
      ? {
          ...counted(raw),
          connect: async () => {
            const connection = await raw.connect();
            return { ...counted(connection), release: (error?: Error | boolean) => connection.release(error) };
          },
        }
      : counted(raw);
  const schema = `${schemaPrefix}${++schemas}`;
  await migrate(raw, { schema });
  return { store: postgresStore({ client: wrapped, schema }), statements: () => sent, lookups, schema };
}

const databases: [string, () => PGlite | pg.Pool][] = [['PGlite', () => lite!], ...(url ? ([['PostgreSQL server', () => pool!]] as [string, () => pg.Pool][]) : [])];

const stPaul = (n: number) => ({ line1: `${n} Robert St`, city: 'St. Paul', region: 'MN', postalCode: '55101' });
const rows = (from: number, count: number, addresses = count) =>
  Array.from({ length: count }, (_, i) => ({ name: `Import Co ${from + i}`, phone: `+1 651 ${String(1_000_000 + from + i).slice(-7)}`, address: stPaul((from + i) % addresses) }));

describe.each(databases)('customers.addMany statements on %s', (_name, client) => {
  it('sends a bounded number of statements per chunk of 1,000 rows, not per row, audit events included', async () => {
    const { store, statements } = await countingStore(client);
    const agency = await buildAgency(store);
    const lee = agency.as(agency.lee);
    const sent = async (count: number, from: number) => {
      const before = statements();
      const { added } = await lee.customers.addMany({ rows: rows(from, count) });
      expect(added).toHaveLength(count);
      return statements() - before;
    };
    const one = await sent(1000, 0);
    const three = await sent(3000, 1000);
    // Per chunk: the duplicate lookups, the ids and inserts of records and worksites, the update of
    // their default worksites; per action: the transaction, the scope, the audit append (5,000 a statement).
    expect(one).toBeLessThanOrEqual(16);
    expect(three - one).toBeLessThanOrEqual(2 * 10);
    const trail = await store.transaction((tx) => tx.audit.since({ after: null, limit: 10_000 }));
    expect(trail.items.filter((e) => e.action === 'customers.addMany')).toHaveLength(2 * 4000);
  });
});

describe.each(databases)('customers.addMany duplicate lookup plan on %s', (_name, client) => {
  it('probes the key indexes of a book never analyzed, never scanning or walking the whole table', async () => {
    const { store, lookups } = await countingStore(client);
    const agency = await buildAgency(store);
    const lee = agency.as(agency.lee);
    await lee.customers.addMany({ rows: rows(0, 3000) });
    lookups.length = 0;
    await lee.customers.addMany({ rows: rows(3000, 1000) });
    expect(lookups.length).toBeGreaterThan(0);
    for (const [text, params] of lookups) {
      const explain = client() as unknown as { query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, string>[] }> };
      const { rows: plan } = await explain.query(`EXPLAIN ${text}`, params);
      const lines = plan.map((row) => Object.values(row)[0]!);
      // a filter on a duplicate key is a row-by-row scan of the book; the keys must be index conditions
      expect(lines.filter((line) => /Filter: .*derived_/.test(line) || /Seq Scan on customers/.test(line))).toEqual([]);
    }
  });
});

describe.each([['memory', async (): Promise<Store> => memoryStore()], ...databases.map(([name, client]): [string, () => Promise<Store>] => [name, async () => (await countingStore(client)).store])])(
  'customers.addMany duplicate lookup on the %s store',
  (_name, makeStore) => {
    it('compares a row only with the records sharing one of its keys: the work follows the matches, not their square', async () => {
      const agency = await buildAgency(await makeStore());
      const lee = agency.as(agency.lee);
      await lee.customers.addMany({ rows: rows(0, 1000, 50) });
      const counted = vi.mocked(keys.duplicateKeys);
      counted.mockClear();
      const { added } = await lee.customers.addMany({ rows: rows(1000, 1000, 50) });
      // every row shares its address with 20 records of the first import (and 19 earlier rows of its own)
      expect(added.every((a) => a.likelyDuplicates.length === 20 && a.likelyDuplicates.every((d) => d.reasons.join() === 'address'))).toBe(true);
      expect(added[999]!.duplicateOfRows).toHaveLength(19);
      // 1,000 rows × 1,000 records found would be a million; keyed, it is about 1,000 × (20 + a few)
      expect(counted.mock.calls.length).toBeLessThan(40_000);
    });
  },
);
