import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { memoryStore, type MemoryStore } from '../../src/adapters/memory/index.js';
import type { Customer } from '../../src/model/index.js';
import { isStaffcoreError } from '../../src/errors/index.js';
import {
  conformanceCases,
  fixture,
  runStoreConformance,
  type ConformanceCaseId,
  type StoreConformanceOptions,
  type StoreHarness,
} from '../../src/testing/index.js';

function harness(store: MemoryStore): StoreHarness {
  return {
    store,
    probe: {
      read: async (entity, id) => {
        const record = store.peek(entity, id);
        return record ? { version: record['version'] as number, record: { ...record } } : null;
      },
      count: async (entity) => store.size(entity),
      auditEvents: async () => store.auditEvents(),
    },
  };
}

runStoreConformance('memory', { makeStore: () => harness(memoryStore()) });

describe('runStoreConformance', () => {
  it('refuses to skip a case that does not exist', () => {
    const skip = { 'no-such-case': 'typo' } as StoreConformanceOptions['skip'];
    expect(() => runStoreConformance('memory', { makeStore: () => harness(memoryStore()), ...(skip ? { skip } : {}) })).toThrow(/no-such-case/);
  });

  it('has one case per id, and skip takes only those ids', () => {
    const caseIds = conformanceCases.map((c) => c.id);
    expect(new Set(caseIds).size).toBe(caseIds.length);
    expectTypeOf<ConformanceCaseId>().toExtend<string>();
    expectTypeOf<'insert-get'>().toExtend<ConformanceCaseId>();
    expectTypeOf<'no-such-case'>().not.toExtend<ConformanceCaseId>();
    expectTypeOf<NonNullable<StoreConformanceOptions['skip']>>().toEqualTypeOf<Partial<Record<ConformanceCaseId, string>>>();
  });
});

describe('memoryStore', () => {
  describe('customer tree under random moves', () => {
    const size = 12;
    /** A move of record `node` under record `under` (or to the roots), optionally rolled back. */
    const move = fc.record({
      node: fc.nat({ max: size - 1 }),
      under: fc.option(fc.nat({ max: size - 1 }), { nil: null }),
      rollBack: fc.boolean(),
    });
    /** The initial forest: record i's parent is one of the records before it, or none. */
    const forest = fc.tuple(...Array.from({ length: size }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.nat({ max: i - 1 }), { nil: null }))));

    it('never creates a cycle or an orphan, and agrees with a model of the tree', async () => {
      await fc.assert(
        fc.asyncProperty(forest, fc.array(move, { maxLength: 40 }), async (parents, moves) => {
          const store = memoryStore();
          const ids: string[] = [];
          await store.transaction(async (tx) => {
            for (const parent of parents) {
              const parentId = parent === null ? null : ids[parent]!;
              ids.push((await tx.customers.insert(fixture('customers', { parentId }))).id);
            }
          });
          // the model: parent index of each record
          const model: (number | null)[] = [...parents];
          const isUnder = (node: number, ancestor: number): boolean => {
            for (let at: number | null = node; at !== null; at = model[at]!) if (at === ancestor) return true;
            return false;
          };

          for (const { node, under, rollBack } of moves) {
            const expectCycle = under !== null && isUnder(under, node);
            const outcome = await store
              .transaction(async (tx) => {
                const current = (await tx.customers.get(ids[node]!))!;
                await tx.customers.update({ ...current, parentId: (under === null ? null : ids[under]!) as Customer['parentId'] });
                if (rollBack) throw new Error('roll back');
                return 'moved';
              })
              .catch((error: unknown) => {
                if (isStaffcoreError(error, 'TREE_CYCLE')) return 'cycle';
                if (error instanceof Error && error.message === 'roll back') return 'rolled back';
                throw error;
              });
            expect(outcome).toBe(expectCycle ? 'cycle' : rollBack ? 'rolled back' : 'moved');
            if (outcome === 'moved') model[node] = under;
          }

          await checkTree(store, ids, model);
          await store.dispose();
        }),
        { numRuns: 150 },
      );
    });
  });
});

/** Checks the stored tree against the model and against itself: no cycle, no orphan, consistent subtrees. */
async function checkTree(store: MemoryStore, ids: readonly string[], model: readonly (number | null)[]): Promise<void> {
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  // storage holds exactly the model's parents
  for (const [i, id] of ids.entries()) {
    const stored = store.peek('customers', id);
    const parentId = stored?.['parentId'] as string | null;
    expect(parentId === null ? null : indexOf.get(parentId), `parent of record ${i}`).toBe(model[i]);
  }
  await store.transaction(async (tx) => {
    let total = 0;
    for (const [i, id] of ids.entries()) {
      // every ancestor chain ends at a root within `ids.length` steps, through stored records only
      const chain: string[] = [];
      for (let at: string | null = id; at !== null; ) {
        const record = store.peek('customers', at);
        expect(record, `record ${at} on the chain of ${id} exists`).not.toBeNull();
        at = record!['parentId'] as string | null;
        if (at !== null) chain.push(at);
        expect(chain.length).toBeLessThan(ids.length);
      }
      const ancestors = await tx.customers.ancestors(id);
      expect(ancestors.map((a) => a.id)).toEqual(chain);

      const subtree = await tx.customers.subtree(id);
      expect(subtree[0]?.id).toBe(id);
      const children = ids.filter((_, j) => model[j] === i);
      const childSizes = await Promise.all(children.map(async (child) => (await tx.customers.subtree(child)).length));
      expect(subtree.length).toBe(1 + childSizes.reduce((a, b) => a + b, 0));
      const expected = ids.filter((_, j) => {
        for (let at: number | null = j; at !== null; at = model[at]!) if (at === i) return true;
        return false;
      });
      expect(subtree.map((r) => r.id).sort()).toEqual([...expected].sort());
      if (model[i] === null) total += subtree.length;
    }
    // the roots' subtrees cover every record exactly once
    expect(total).toBe(ids.length);
  });
}
