import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrate, postgresStore } from '../../src/adapters/postgres/index.js';
import { isStaffcoreError } from '../../src/errors/index.js';
import type { Customer } from '../../src/model/index.js';
import { fixture } from '../../src/testing/index.js';
import { needsServer } from '../helpers/stores.js';

const url = process.env['DATABASE_URL'];

/** One write a worker got applied: the version it produced and the notes it wrote. */
interface Applied {
  readonly version: number;
  readonly notes: string;
}

describe('postgresStore under concurrent writers', () => {
  it.skipIf(!url)(
    needsServer('loses no update: 8 workers on a pool of 8 connections update 100 records at random for 3 seconds; each write applies or fails with CONFLICT'),
    async () => {
      const schema = `staffcore_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const pool = new pg.Pool({ connectionString: url, max: 8 });
      try {
        await migrate(pool, { schema });
        const store = postgresStore({ client: pool, schema });
        const refs = { branchId: 'branch-1', repId: 'rep-1' };
        const seeded = await store.transaction((tx) =>
          tx.customers.insertMany(Array.from({ length: 100 }, (_, i) => fixture('customers', { name: `Contended ${i}` }, refs, i) as never)),
        );
        const ids = seeded.map((c) => c.id);
        const applied = new Map<string, Applied[]>(ids.map((id) => [id, []]));
        const outcomes = { applied: 0, conflicts: 0 };
        const deadline = Date.now() + 3_000;

        const worker = async (w: number) => {
          // Half the writes read and write in one transaction; half write what an earlier
          // transaction read, as a form submitted later would: those go stale more often.
          const remembered = new Map<string, Customer>();
          for (let n = 0; Date.now() < deadline; n++) {
            const id = ids[Math.floor(Math.random() * ids.length)]!;
            const notes = `worker ${w} write ${n}`;
            try {
              const saved =
                n % 2 === 0 || !remembered.has(id)
                  ? await store.transaction(async (tx) => {
                      const current = (await tx.customers.get(id))!;
                      return tx.customers.update({ ...current, notes });
                    })
                  : await store.transaction((tx) => tx.customers.update({ ...remembered.get(id)!, notes }));
              applied.get(id)!.push({ version: saved.version, notes });
              remembered.set(id, saved);
              outcomes.applied++;
            } catch (error) {
              if (!isStaffcoreError(error, 'CONFLICT')) throw error;
              outcomes.conflicts++;
              remembered.set(id, (await store.transaction((tx) => tx.customers.get(id)))!);
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));

        expect(outcomes.applied).toBeGreaterThan(100);
        expect(outcomes.conflicts).toBeGreaterThan(0);
        const { rows } = await pool.query<{ id: string; version: number; data: Customer }>(
          `SELECT id, version, data FROM "${schema}".customers WHERE id = ANY($1::text[])`,
          [ids],
        );
        expect(rows).toHaveLength(100);
        for (const row of rows) {
          const writes = [...applied.get(row.id)!].sort((a, b) => a.version - b.version);
          // every applied write produced its own version, 2, 3, …: none was overwritten unseen
          expect(writes.map((w) => w.version)).toEqual(writes.map((_, i) => i + 2));
          expect(row.version - 1).toBe(writes.length);
          expect(row.data.version).toBe(row.version);
          expect(row.data.notes).toBe(writes.length > 0 ? writes[writes.length - 1]!.notes : '');
        }
        await store.dispose();
      } finally {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      }
    },
    60_000,
  );
});

describe('bounded waits', () => {
  it.skipIf(!url)(
    needsServer('a writer blocked past the lock timeout fails with BUSY, and on a pool of 2 an unrelated read waits no longer than the timeout'),
    async () => {
      const { buildAgency } = await import('../helpers/agency.js');
      const { standardRoles } = await import('../../src/index.js');
      const schema = `staffcore_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      const holder = new pg.Client({ connectionString: url });
      try {
        await migrate(pool, { schema });
        const store = postgresStore({ client: pool, schema, lockTimeout: 300 });
        const agency = await buildAgency(store);
        const sc = agency.as({ id: 'ada', name: 'Ada', branchId: agency.ids.stPaul, roles: [standardRoles.administrator] });
        const { customer: root } = await sc.customers.add({ name: 'Held' });
        const { customer: dept } = await sc.departments.add({ name: 'Below', parentId: root.id });
        const { customer: other } = await sc.customers.add({ name: 'Elsewhere' });
        // Another session holds the tree's root, as a long transaction would.
        await holder.connect();
        await holder.query('BEGIN');
        await holder.query(`SELECT 1 FROM "${schema}".customers WHERE id = $1 FOR UPDATE`, [root.id]);
        const started = Date.now();
        const writers = [1, 2].map(() =>
          sc.customers.changeStatus({ id: dept.id, to: 'A' }).then(
            () => ({ code: 'applied', at: Date.now() - started }),
            (error: { code: string }) => ({ code: error.code, at: Date.now() - started }),
          ),
        );
        // Both connections of the pool are taken by the blocked writers; a read of another record waits for one.
        await new Promise((resolve) => setTimeout(resolve, 50));
        const read = sc.customers.get({ id: other.id }).then(() => Date.now() - started);
        const outcomes = await Promise.all(writers);
        const readAfter = await read;
        expect(outcomes.map((o) => o.code)).toEqual(['BUSY', 'BUSY']);
        for (const o of outcomes) expect(o.at).toBeLessThan(3000);
        expect(readAfter).toBeLessThan(3000);
        await holder.query('ROLLBACK');
        // Once the holder is gone, the same call goes through.
        expect((await sc.customers.changeStatus({ id: dept.id, to: 'A' })).customer.status).toBe('A');
      } finally {
        await holder.end().catch(() => undefined);
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      }
    },
    30_000,
  );
});
