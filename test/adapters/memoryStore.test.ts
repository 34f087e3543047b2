import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { indexedCustomValues, indexedFinancials, memoryStore, type MemoryStore } from '../../src/adapters/memory/index.js';
import type { Customer } from '../../src/model/index.js';
import { isStaffcoreError } from '../../src/errors/index.js';
import { duplicateKeys, trigramSimilarity } from '../../src/rules/index.js';
import {
  conformanceCases,
  fixture,
  runStoreConformance,
  type ConformanceCaseId,
  type StoreConformanceOptions,
} from '../../src/testing/index.js';
import { memoryHarness } from '../helpers/memoryHarness.js';
import { tier } from '../helpers/stores.js';

const harness = memoryHarness;

runStoreConformance('memory', { makeStore: () => harness(memoryStore()), tier });

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

describe('memoryStore read-only transactions', () => {
  it('share one set of repositories until a writing transaction commits, and then see what it wrote', async () => {
    const store = memoryStore();
    const read = () => store.transaction(async (tx) => tx, { readOnly: true });
    const first = await read();
    expect(await read()).toBe(first);
    const names = () =>
      store.transaction(async (tx) => (await tx.customers.search({ orderBy: 'name', limit: 2 })).items.map((c) => c.name), { readOnly: true });
    await store.transaction((tx) => tx.customers.insertMany(['Cedar', 'Birch', 'Aspen'].map((name, n) => fixture('customers', { name }, {}, n + 1))));
    const after = await read();
    expect(after).not.toBe(first);
    // Two pages: the shared session keeps the sorted matches of the search for the next page.
    expect(await names()).toEqual(['Aspen', 'Birch']);
    await store.transaction((tx) => tx.customers.insert(fixture('customers', { name: 'Alder' }, {}, 4)));
    expect(await names()).toEqual(['Alder', 'Aspen']);
    // A writing transaction that rolls back changes nothing a read sees.
    await expect(
      store.transaction(async (tx) => {
        await tx.customers.insert(fixture('customers', { name: 'Abele' }, {}, 5));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await names()).toEqual(['Alder', 'Aspen']);
  });

  it('refuse writes, through the shared repositories as through fresh ones', async () => {
    const store = memoryStore();
    for (let n = 0; n < 2; n++) {
      const refused = await store
        .transaction((tx) => tx.customers.insert(fixture('customers', {}, {}, 1)), { readOnly: true })
        .catch((error: unknown) => error);
      expect(isStaffcoreError(refused, 'STORE')).toBe(true);
    }
    expect(store.size('customers')).toBe(0);
  });
});

describe('memoryStore paging', () => {
  type Op =
    | { kind: 'insert'; names: string[]; customer: number }
    | { kind: 'rename'; pick: number; name: string }
    | { kind: 'remove'; pick: number };
  const name = fc.constantFrom('alpha', 'Beta', 'beta', 'Ärzte', 'delta', 'Zulu', 'Ａlpha', 'alpha 2', 'ω');
  const op: fc.Arbitrary<Op> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), names: fc.array(name, { minLength: 1, maxLength: 5 }), customer: fc.integer({ min: 0, max: 2 }) }), weight: 4 },
    // now and then a batch large enough that the next page rebuilds the ordered index
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), names: fc.constant(Array.from({ length: 1100 }, (_, i) => `bulk ${i % 37}`)), customer: fc.constant(1) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }), weight: 4 },
  );
  const sortKey = (s: string) => s.normalize('NFKC').toLowerCase();
  const byCodePoint = (a: string, b: string) => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };

  it(`${tier === 'large' ? '[large] ' : ''}pages every query in order, exactly once each, whatever the writes before it (committed or in the same transaction)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('name', 'id'),
        fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'>,
        fc.constantFrom(1, 3, 7, 400),
        fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        async (ops, sameTransaction, orderBy, direction, limit, customer) => {
          const store = memoryStore();
          const model = new Map<string, { name: string; customerId: string }>();
          const apply = async (tx: Parameters<Parameters<MemoryStore['transaction']>[0]>[0]) => {
            for (const o of ops) {
              const ids = [...model.keys()];
              if (o.kind === 'insert') {
                const saved = await tx.worksites.insertMany(o.names.map((n, i) => fixture('worksites', { name: n }, { customerId: `c${o.customer}` } as never, i)));
                for (const w of saved) model.set(w.id, { name: w.name, customerId: w.customerId });
              } else if (ids.length > 0) {
                const id = ids[o.pick % ids.length]!;
                const current = (await tx.worksites.get(id))!;
                if (o.kind === 'rename') {
                  await tx.worksites.update({ ...current, name: o.name });
                  model.set(id, { ...model.get(id)!, name: o.name });
                } else {
                  await tx.worksites.remove(id, current.version);
                  model.delete(id);
                }
              }
            }
          };
          const pageAll = async (tx: Parameters<Parameters<MemoryStore['transaction']>[0]>[0]) => {
            const seen: string[] = [];
            let after: string | null = null;
            do {
              const where = customer === undefined ? {} : { where: { customerId: `c${customer}` } };
              const page: { items: readonly { id: string }[]; next: string | null } = await tx.worksites.find({ ...where, orderBy: orderBy as 'name', direction, limit, after });
              seen.push(...page.items.map((w) => w.id));
              after = page.next;
            } while (after);
            return seen;
          };
          let seen: string[];
          if (sameTransaction) {
            seen = await store.transaction(async (tx) => {
              await pageAll(tx); // builds the ordered index before the writes
              await apply(tx);
              return pageAll(tx);
            });
          } else {
            await store.transaction((tx) => tx.worksites.find({ orderBy: orderBy as 'name', limit: 1 }));
            await store.transaction(apply);
            seen = await store.transaction(pageAll);
          }
          const key = (id: string) => (orderBy === 'id' ? id : sortKey(model.get(id)!.name));
          const expected = [...model.keys()]
            .filter((id) => customer === undefined || model.get(id)!.customerId === `c${customer}`)
            .sort((a, b) => (direction === 'asc' ? 1 : -1) * (byCodePoint(key(a), key(b)) || byCodePoint(a, b)));
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: tier === 'large' ? 150 : 20 },
    );
  }, 300_000);
});

describe('memoryStore similarNames', () => {
  it('finds exactly the names a brute-force trigram comparison finds, whatever the threshold (the index reads only the rarest trigrams)', async () => {
    const word = fc.stringMatching(/^[abc]{1,5}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }), fc.array(word, { minLength: 1, maxLength: 3 }), fc.double({ min: 0.05, max: 1, noNaN: true }), async (names, probeWords, threshold) => {
        const store = memoryStore();
        const saved = await store.transaction((tx) =>
          tx.customers.insertMany(names.map((words, i) => fixture('customers', { name: words.join(' ') }, { branchId: 'b', repId: 'r', customerId: 'c', orderId: 'o' }, i))),
        );
        const probe = probeWords.join(' ');
        const found = await store.transaction((tx) => tx.customers.similarNames({ nameKey: probe, threshold, limit: 1000 }));
        const expected = saved
          .map((c) => ({ id: c.id, similarity: trigramSimilarity(probe, duplicateKeys(c).nameKey ?? '') }))
          .filter((c) => c.similarity >= threshold);
        expect(found.map((f) => f.customer.id).sort()).toEqual(expected.map((e) => e.id).sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('the memory store with indexedCustomValues', () => {
  // The default memory store searches custom values by a scan (the conformance run above); with
  // indexedCustomValues it answers from its index, and must give the same records.
  for (const c of conformanceCases.filter((each) => each.id.startsWith('custom-'))) {
    it(`[${c.id}] ${c.title}`, async () => {
      await c.run(harness(memoryStore({ customValues: indexedCustomValues })));
    });
  }

});

describe('the memory store with indexedFinancials', () => {
  // The default memory store reads financial aggregates through its repositories (the conformance
  // run above); with indexedFinancials it answers them itself, and must give the same figures.
  for (const c of conformanceCases.filter((each) => each.id.startsWith('financials-'))) {
    it(`[${c.id}] ${c.title}`, async () => {
      const store = harness(memoryStore({ financials: indexedFinancials }));
      await c.run(store);
    });
  }

  it('hands its own aggregates to a transaction only when asked for them', async () => {
    expect(await memoryStore().transaction(async (tx) => tx.financials)).toBeUndefined();
    expect(typeof (await memoryStore({ financials: indexedFinancials }).transaction(async (tx) => tx.financials))?.lineTotals).toBe('function');
  });
});
