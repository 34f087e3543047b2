/**
 * Workload 1: saving 100,000 customers through `customers.insertMany`, against a raw
 * `INSERT … SELECT … FROM unnest` of the same rows into the same table.
 */
import { customerDraft } from './fixtures.js';
import type { Backend } from './backends.js';
import { tableName } from './backends.js';
import { time } from './measure.js';

/** Rows per raw statement: the same as the store's own bulk statements. */
const chunk = 5_000;

/** A PostgreSQL array literal of JSON texts (the raw path encodes what it binds itself, as the store does). */
function jsonArray(values: readonly unknown[]): string {
  return `{${values.map((v) => `"${JSON.stringify(v).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * The raw baseline: everything the table needs computed in SQL from the JSON (id from the same
 * sequence, field columns, duplicate keys, NFKC lower-case sort key, path), no validation. `source` is where the
 * rows come from: `unnest($1::jsonb[])` (the baseline) or the store's own transport, one JSON array
 * document (to show what the store's validation alone costs).
 */
function rawInsert(backend: Backend, source: string): string {
  const table = tableName(backend.schema, 'customers');
  return (
    `INSERT INTO ${table} (id, version, data, parent_id, branch_id, status, account_manager_id, duplicate_of_id, ` +
    'derived_name_key, derived_phone_key, derived_address_key, name_key, path) ' +
    `SELECT s.id, 1, s.d || jsonb_build_object('id', s.id, 'version', 1), s.d->>'parentId', s.d->>'branchId', s.d->>'status', ` +
    `s.d->>'accountManagerId', s.d->>'duplicateOfId', ` +
    // the duplicate keys as near as SQL folds them (the same index work as the store's)
    `btrim(regexp_replace(lower(normalize(s.d->>'name', NFKD)), '[^a-z0-9]+', ' ', 'g')), ` +
    `right(regexp_replace(s.d->>'phone', '[^0-9]', '', 'g'), 10), ` +
    `btrim(regexp_replace(lower(s.d->'contactAddress'->>'line1'), '[^a-z0-9]+', ' ', 'g')) || '|' || lower(replace(s.d->'contactAddress'->>'postalCode', ' ', '')), ` +
    `lower(normalize(s.d->>'name', NFKC)), '/' || s.id || '/' ` +
    `FROM (SELECT nextval('"${backend.schema}"."customers_id_seq"')::text AS id, d FROM ${source} AS u(d)) AS s`
  );
}

/**
 * Times the store and the raw inserts (in turn, on an emptied table each time) and returns the
 * best of each.
 */
export async function benchInsertMany(backend: Backend, count: number, rounds: number): Promise<{ store: number; raw: number; rawDocument: number }> {
  const drafts = Array.from({ length: count }, (_, i) => customerDraft(i));
  const ways = {
    raw: { sql: rawInsert(backend, 'unnest($1::jsonb[])'), encode: jsonArray },
    rawDocument: { sql: rawInsert(backend, 'jsonb_array_elements($1::jsonb)'), encode: (part: readonly unknown[]) => JSON.stringify(part) },
  };
  const best = { store: Infinity, raw: Infinity, rawDocument: Infinity };
  const check = async () => {
    const { rows } = await backend.client.query(`SELECT count(*)::int AS n FROM ${tableName(backend.schema, 'customers')}`);
    if ((rows[0] as { n: number }).n !== count) throw new Error(`expected ${count} customers after the insert`);
  };
  for (let round = 0; round < rounds; round++) {
    for (const [name, { sql, encode }] of Object.entries(ways) as [keyof typeof ways, (typeof ways)[keyof typeof ways]][]) {
      await backend.reset();
      const raw = await time(() =>
        backend.inTransaction(async (query) => {
          for (let start = 0; start < drafts.length; start += chunk) await query(sql, [encode(drafts.slice(start, start + chunk))]);
        }),
      );
      await check();
      best[name] = Math.min(best[name], raw);
    }
    await backend.reset();
    const store = await time(() => backend.store.transaction((tx) => tx.customers.insertMany(drafts)));
    await check();
    best.store = Math.min(best.store, store);
  }
  return best;
}
