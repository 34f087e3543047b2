import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, postgresStore, type PostgresQueryable } from '../../src/adapters/postgres/index.js';
import { fixture } from '../../src/testing/index.js';

const refs = { branchId: 'branch-1', repId: 'rep-1' };

let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  await migrate(db, { schema: 'cf' });
});
afterAll(async () => {
  await db.close();
});

describe('migration 12: custom values', () => {
  it('indexes data->custom with a jsonb_path_ops GIN index on customers, contacts, orders and assignments', async () => {
    const { rows } = await db.query<{ indexname: string; indexdef: string }>("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'cf' AND indexname ~ '_custom_idx$' ORDER BY indexname");
    expect(rows.map((row) => row.indexname)).toEqual(['assignments_custom_idx', 'contacts_custom_idx', 'customers_custom_idx', 'orders_custom_idx']);
    for (const row of rows) expect(row.indexdef).toMatch(/USING gin \(\(?\(?data -> 'custom'::text\)\)? jsonb_path_ops\)/);
  });

  it("gives records saved before custom fields custom {}, and leaves others' values alone", async () => {
    await db.query(`INSERT INTO cf.orders (id, version, data, customer_id, state, start_date_key) VALUES ('old-1', 1, '{"id":"old-1","version":1,"state":"open"}', 'c', 'open', '')`);
    await db.query(`INSERT INTO cf.orders (id, version, data, customer_id, state, start_date_key) VALUES ('new-1', 1, '{"id":"new-1","version":1,"custom":{"po":true}}', 'c', 'open', '')`);
    await db.query('DELETE FROM cf.staffcore_migrations WHERE version = 12');
    expect((await migrate(db, { schema: 'cf' })).applied).toEqual([12]);
    const { rows } = await db.query<{ id: string; custom: unknown }>("SELECT id, data->'custom' AS custom FROM cf.orders WHERE id IN ('old-1', 'new-1') ORDER BY id");
    expect(rows).toEqual([
      { id: 'new-1', custom: { po: true } },
      { id: 'old-1', custom: {} },
    ]);
    await db.query("DELETE FROM cf.orders WHERE id IN ('old-1', 'new-1')");
  });
});

describe('postgresStore search({ custom })', () => {
  it('answers an equality from the GIN index: the plan of the statement it runs names customers_custom_idx', async () => {
    const statements: { text: string; params: unknown[] }[] = [];
    const watched: PostgresQueryable = {
      query: (text, params) => {
        statements.push({ text, params: params ?? [] });
        return db.query(text, params);
      },
    };
    const store = postgresStore({ client: watched, schema: 'cf' });
    await store.transaction((tx) =>
      tx.customers.insertMany(Array.from({ length: 2000 }, (_, n) => fixture('customers', { name: `Acme ${n % 50}`, custom: { vmsId: `V-${n}`, unionShop: n % 2 === 0 } }, refs, n) as never)),
    );
    await db.query('ANALYZE cf.customers');
    statements.length = 0;
    const page = await store.transaction((tx) => tx.customers.search({ statuses: ['P'], branchIds: [refs.branchId], custom: [{ field: 'vmsId', equals: 'V-1042' }] }), { readOnly: true });
    expect(page.items.map((c) => c.custom)).toEqual([{ vmsId: 'V-1042', unionShop: true }]);
    const search = statements.find((s) => s.text.includes('@>'));
    expect(search, 'the search statement').toBeDefined();
    // bound, never interpolated
    expect(search!.text).not.toContain('V-1042');
    expect(search!.params).toContain('{"vmsId":"V-1042"}');
    await db.query('SET enable_seqscan = off');
    try {
      const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${search!.text}`, search!.params);
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('customers_custom_idx');
    } finally {
      await db.query('RESET enable_seqscan');
    }
    await store.dispose();
  });
});
