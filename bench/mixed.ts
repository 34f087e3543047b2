/**
 * Workload 3: the same mixed workload on every store (memory, PGlite, a PostgreSQL server):
 * bulk inserts into a random forest, single-record updates, moves, subtree reads, searches and
 * filtered pages, each phase timed.
 */
import type { Store } from '../src/adapters/port/index.js';
import { isStaffcoreError } from '../src/errors/index.js';
import type { Customer } from '../src/model/index.js';
import { customerDraft } from './fixtures.js';
import { time } from './measure.js';

/** A small seeded PRNG (mulberry32), so every store gets the same sequence of operations. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The phases of the mixed workload and their sizes. */
export const phases = [
  'insertMany 20 × 1,000',
  '1,000 updates (get + update)',
  '100 moves',
  '50 subtrees',
  '100 searches × 3 pages',
  '100 finds by branch × 3 pages',
] as const;

/** Runs the mixed workload on an empty store; returns the time of each phase. */
export async function benchMixed(store: Store): Promise<number[]> {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const ids: string[] = [];
  const timings: number[] = [];

  timings.push(
    await time(async () => {
      for (let batch = 0; batch < 20; batch++) {
        const drafts = Array.from({ length: 1_000 }, (_, i) => customerDraft(batch * 1_000 + i, batch === 0 || next() < 0.3 ? null : pick(ids)));
        const saved = await store.transaction((tx) => tx.customers.insertMany(drafts));
        ids.push(...saved.map((c) => c.id));
      }
    }),
  );
  timings.push(
    await time(async () => {
      for (let i = 0; i < 1_000; i++) {
        const id = pick(ids);
        await store.transaction(async (tx) => {
          const current = (await tx.customers.get(id))!;
          await tx.customers.update({ ...current, notes: `update ${i}` });
        });
      }
    }),
  );
  timings.push(
    await time(async () => {
      for (let i = 0; i < 100; i++) {
        const [id, under] = [pick(ids), next() < 0.2 ? null : pick(ids)];
        await store
          .transaction(async (tx) => {
            const current = (await tx.customers.get(id))!;
            await tx.customers.update({ ...current, parentId: under as Customer['parentId'] });
          })
          .catch((error: unknown) => {
            if (!isStaffcoreError(error, 'TREE_CYCLE')) throw error;
          });
      }
    }),
  );
  timings.push(
    await time(async () => {
      for (let i = 0; i < 50; i++) await store.transaction((tx) => tx.customers.subtree(pick(ids)));
    }),
  );
  const texts = ['acme', 'north', 'staffing 1', 'foods', 'labs 7', 'wonka', 'e'];
  timings.push(
    await time(async () => {
      for (let i = 0; i < 100; i++) {
        let after: string | null = null;
        for (let page = 0; page < 3; page++) {
          const result = await store.transaction((tx) => tx.customers.search({ text: pick(texts), statuses: ['P', 'A'], limit: 50, after }));
          after = result.next;
          if (!after) break;
        }
      }
    }),
  );
  timings.push(
    await time(async () => {
      for (let i = 0; i < 100; i++) {
        let after: string | null = null;
        for (let page = 0; page < 3; page++) {
          const result = await store.transaction((tx) =>
            tx.customers.find({ where: { branchId: `branch-${i % 25}` }, orderBy: 'name', limit: 50, after }),
          );
          after = result.next;
          if (!after) break;
        }
      }
    }),
  );
  return timings;
}
