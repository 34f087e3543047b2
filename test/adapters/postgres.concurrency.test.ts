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
