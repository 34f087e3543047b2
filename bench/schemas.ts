/**
 * 61. Many agencies in one database (`npm run bench -- schemas`): `customers.get` and `customers.add`
 * on one agency's schema in a database that holds that one staffcore schema vs in a database that
 * holds 50 (the other 49 migrated by one `migrateAll`, each with a book of its own, every pooled
 * connection having served all 50). The same agency (same book, same actions) is built in both,
 * and the rounds alternate between the two databases, so a change in the machine's load while the
 * bench runs (this machine is shared) falls on both alike. The ratio should be 1× within noise:
 * every statement names its own schema's tables and indexes, and nothing but the catalog is shared.
 *
 * PGlite: in-memory databases, one connection (one backend) each, which every store on it shares;
 * a third one migrates and fills 50 agencies too, then drops 49, so it holds one schema but its
 * backend has done the same work as the crowded one's ("1 schema, after 50"): it tells the number of
 * schemas apart from the history of the one backend. The server at DATABASE_URL when set: the 50
 * schemas in that database (a pool of 4 shared by the 50 stores), the lone one in a scratch database
 * created beside it (and dropped after).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateAll, postgresStore, type PostgresClient } from '../src/adapters/postgres/index.js';
import type { Staffcore } from '../src/index.js';
import { agencyOn } from './actions.js';
import { businessName } from './fixtures.js';
import { printTable, time } from './measure.js';

/** Customers in each agency's book. */
const book = 1000;
const agencies = 50;
const gets = 500;
const adds = 100;
const rounds = 9;

interface Agency {
  readonly sc: Staffcore;
  readonly ids: readonly string[];
}

/** Opens one agency on a shared client: its store, its hierarchy, its book of `book` customers. */
async function openAgency(client: PostgresClient, schema: string): Promise<Agency> {
  const { sc } = await agencyOn(postgresStore({ client, schema }));
  const ids: string[] = [];
  for (let n = 0; n < book; n += 1000) {
    const rows = Array.from({ length: Math.min(1000, book - n) }, (_, i) => ({ name: businessName(n + i) }));
    ids.push(...(await sc.customers.addMany({ rows })).added.map((a) => a.customer.id));
  }
  return { sc, ids };
}

/** Brings up `count` agencies on `client` with one `migrateAll`; the first is the one timed. */
async function crowd(client: PostgresClient, prefix: string, count: number): Promise<Agency> {
  const schemas = Array.from({ length: count }, (_, i) => `${prefix}_${String(i).padStart(2, '0')}`);
  await migrateAll(client, schemas);
  const opened: Agency[] = [];
  for (const schema of schemas) opened.push(await openAgency(client, schema));
  // Every pooled connection serves every agency before the timing, as in a host's steady state.
  await Promise.all(opened.flatMap(({ sc, ids }) => ids.slice(0, 8).map((id) => sc.customers.get({ id }))));
  return opened[0]!;
}

interface Costs {
  get: number;
  add: number;
}

/** One get and one add on each agency, best of the rounds; each round takes the agencies in another order. */
async function alternate<K extends string>(agencies: Record<K, Agency>): Promise<Record<K, Costs>> {
  const names = Object.keys(agencies) as K[];
  const best = Object.fromEntries(names.map((name) => [name, { get: Infinity, add: Infinity }])) as Record<K, Costs>;
  let added = 0;
  for (let round = 0; round < rounds; round++) {
    for (const which of names.map((_, i) => names[(i + round) % names.length]!)) {
      const { sc, ids } = agencies[which];
      const sample = ids.slice(0, gets);
      const get = (await time(async () => {
        for (const id of sample) await sc.customers.get({ id });
      })) / sample.length;
      // The same names on both sides, so both books grow alike.
      const first = added;
      const add = (await time(async () => {
        for (let i = 0; i < adds; i++) await sc.customers.add({ name: businessName(book * 10 + first + i) });
      })) / adds;
      best[which].get = Math.min(best[which].get, get);
      best[which].add = Math.min(best[which].add, add);
    }
    added += adds;
  }
  return best;
}

const us = (millis: number) => `${(millis * 1000).toFixed(0)} µs`;
const row = (name: string, { lone, crowded, after }: { lone: Costs; crowded: Costs; after?: Costs }) => [
  name,
  us(lone.get), us(crowded.get), `${(crowded.get / lone.get).toFixed(2)}×`, after ? `${us(after.get)} (${(after.get / lone.get).toFixed(2)}×)` : '–',
  us(lone.add), us(crowded.add), `${(crowded.add / lone.add).toFixed(2)}×`, after ? `${us(after.add)} (${(after.add / lone.add).toFixed(2)}×)` : '–',
];

async function onPglite(): Promise<string[]> {
  const alone = new PGlite();
  const shared = new PGlite();
  const emptied = new PGlite();
  try {
    const lone = await crowd(alone, 'agency_bench', 1);
    const started = performance.now();
    const crowded = await crowd(shared, 'agency_bench', agencies);
    console.log(`PGlite: ${agencies} agencies migrated and filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const after = await crowd(emptied, 'agency_bench', agencies);
    for (let i = 1; i < agencies; i++) await emptied.query(`DROP SCHEMA "agency_bench_${String(i).padStart(2, '0')}" CASCADE`);
    return row('PGlite', await alternate({ lone, crowded, after }));
  } finally {
    await alone.close();
    await shared.close();
    await emptied.close();
  }
}

async function onServer(url: string): Promise<string[]> {
  const prefix = `agency_bench_${process.pid}`;
  const scratch = `${prefix}_lone`;
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const schemas = Array.from({ length: agencies }, (_, i) => `${prefix}_${String(i).padStart(2, '0')}`);
  await pool.query(`CREATE DATABASE "${scratch}"`);
  const lonePoolUrl = new URL(url);
  lonePoolUrl.pathname = `/${scratch}`;
  const lonePool = new pg.Pool({ connectionString: lonePoolUrl.href, max: 4 });
  try {
    const lone = await crowd(lonePool, prefix, 1);
    const started = performance.now();
    const crowded = await crowd(pool, prefix, agencies);
    console.log(`pg: ${agencies} agencies migrated and filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return row('pg', await alternate({ lone, crowded }));
  } finally {
    await lonePool.end();
    await pool.query(`DROP DATABASE IF EXISTS "${scratch}"`);
    for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
}

/** 61. The cost of an action on one schema with 1 vs 50 staffcore schemas in the database. */
export async function benchSchemas(): Promise<void> {
  const rows = [await onPglite()];
  const url = process.env['DATABASE_URL'];
  if (url) rows.push(await onServer(url));
  else console.log('DATABASE_URL is not set: PGlite only (set it to add a PostgreSQL server).');
  printTable(
    `61. One agency's actions in a database holding 1 vs ${agencies} staffcore schemas (each with a ${book.toLocaleString('en-US')}-customer book; ` +
      `best of ${rounds} runs of ${gets} gets and ${adds} adds on each, alternating) — ratio = with ${agencies} / with 1 (target ≤ 1.1×)\n` +
      `   1, after ${agencies} = PGlite only: one schema left in a database whose one backend migrated and filled ${agencies} (49 dropped), with its ratio to the lone one`,
    ['database', 'get: 1 schema', `get: ${agencies}`, 'ratio', `get: 1, after ${agencies}`, 'add: 1 schema', `add: ${agencies}`, 'ratio', `add: 1, after ${agencies}`],
    rows,
  );
}
