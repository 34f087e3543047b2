import { expect } from 'vitest';
import { fixture } from '../fixtures.js';
import {
  buildTree,
  customers,
  defineCase,
  expectAbsent,
  expectError,
  expectParentsFirst,
  expectStored,
  expectedOrder,
  ids,
  missingId,
  repo,
  seed,
  snapshot,
  thrown,
} from '../_internal/helpers.js';

/** r1 ─ a ─ a1 ─ a1x, a ─ a2, r1 ─ c; r2 ─ b */
const shape = { r1: null, a: 'r1', a1: 'a', a1x: 'a1', a2: 'a', c: 'r1', r2: null, b: 'r2' } as const;

/** `subtree` lists a record and all its descendants, parents first; `ancestors` lists the path up, nearest first. */
export const treeSubtreeAncestors = defineCase({
  id: 'tree-subtree-ancestors',
  title: 'subtree lists the record and every descendant, parents before children; ancestors lists parent … root',
  async run(harness) {
    const refs = await seed(harness.store);
    const t = await buildTree(harness.store, refs, shape);
    await harness.store.transaction(async (tx) => {
      const subtree = await customers(tx).subtree(t['r1']!.id);
      expectParentsFirst(subtree, t['r1']!.id);
      expect(ids(subtree).sort()).toEqual(ids(['r1', 'a', 'a1', 'a1x', 'a2', 'c'].map((n) => t[n]!)).sort());
      for (const record of subtree) expect(record).toEqual(await customers(tx).get(record.id));
      const ofA = await customers(tx).subtree(t['a']!.id);
      expectParentsFirst(ofA, t['a']!.id);
      expect(ofA).toHaveLength(4);
      expect(ids(await customers(tx).subtree(t['a1x']!.id))).toEqual([t['a1x']!.id]);
      expect(await customers(tx).subtree(missingId())).toEqual([]);

      const up = await customers(tx).ancestors(t['a1x']!.id);
      expect(ids(up)).toEqual([t['a1']!.id, t['a']!.id, t['r1']!.id]);
      expect(up[2]).toEqual(t['r1']);
      expect(ids(await customers(tx).ancestors(t['b']!.id))).toEqual([t['r2']!.id]);
      expect(await customers(tx).ancestors(t['r1']!.id)).toEqual([]);
      expect(await customers(tx).ancestors(missingId())).toEqual([]);
    });
  },
});

/** Changing `parentId` moves the whole subtree, under a root or deeper; only the moved record changes. */
export const treeMoveSubtree = defineCase({
  id: 'tree-move-subtree',
  title: 'update with a new parentId moves the whole subtree (under a root, then deeper); only the moved record is rewritten',
  async run(harness) {
    const refs = await seed(harness.store);
    const t = await buildTree(harness.store, refs, shape);
    const descendants = { a1: t['a1']!, a1x: t['a1x']!, a2: t['a2']! };

    const underRoot = await harness.store.transaction((tx) => customers(tx).update({ ...t['a']!, parentId: t['r2']!.id }));
    expect(underRoot.parentId).toBe(t['r2']!.id);
    expect(underRoot.version).toBe(2);
    await expectStored(harness, 'customers', underRoot);
    for (const record of Object.values(descendants)) await expectStored(harness, 'customers', record);
    await harness.store.transaction(async (tx) => {
      const ofR2 = await customers(tx).subtree(t['r2']!.id);
      expectParentsFirst(ofR2, t['r2']!.id);
      expect(ids(ofR2).sort()).toEqual(ids(['r2', 'b', 'a', 'a1', 'a1x', 'a2'].map((n) => t[n]!)).sort());
      expect(ids(await customers(tx).subtree(t['r1']!.id)).sort()).toEqual(ids([t['r1']!, t['c']!]).sort());
      expect(ids(await customers(tx).ancestors(t['a1x']!.id))).toEqual([t['a1']!.id, t['a']!.id, t['r2']!.id]);
    });

    const deeper = await harness.store.transaction((tx) => customers(tx).update({ ...underRoot, parentId: t['b']!.id }));
    expect(deeper.version).toBe(3);
    await expectStored(harness, 'customers', deeper);
    await harness.store.transaction(async (tx) => {
      expect(ids(await customers(tx).ancestors(t['a1x']!.id))).toEqual([t['a1']!.id, t['a']!.id, t['b']!.id, t['r2']!.id]);
      const ofB = await customers(tx).subtree(t['b']!.id);
      expectParentsFirst(ofB, t['b']!.id);
      expect(ofB).toHaveLength(5);
    });

    // back across trees, under a department of the other root
    const back = await harness.store.transaction((tx) => customers(tx).update({ ...deeper, parentId: t['c']!.id }));
    await expectStored(harness, 'customers', back);
    await harness.store.transaction(async (tx) => {
      expect(ids(await customers(tx).ancestors(t['a2']!.id))).toEqual([t['a']!.id, t['c']!.id, t['r1']!.id]);
      expect(ids(await customers(tx).subtree(t['r2']!.id)).sort()).toEqual(ids([t['r2']!, t['b']!]).sort());
    });
  },
});

/** A move under the record itself or one of its descendants fails with `TREE_CYCLE` and changes nothing. */
export const treeMoveCycle = defineCase({
  id: 'tree-move-cycle',
  title: 'a move under the record itself or any of its descendants fails with TREE_CYCLE and changes nothing',
  async run(harness) {
    const refs = await seed(harness.store);
    const t = await buildTree(harness.store, refs, shape);
    const before = await snapshot(harness, t);
    const attempts: [string, string][] = [
      ['a', 'a'],
      ['a', 'a1'],
      ['a', 'a1x'],
      ['a', 'a2'],
      ['r1', 'a1x'],
      ['r1', 'c'],
      ['a1x', 'a1x'],
    ];
    for (const [node, under] of attempts) {
      await expectError(
        harness.store.transaction((tx) => customers(tx).update({ ...t[node]!, parentId: t[under]!.id })),
        'TREE_CYCLE',
        `${node} under ${under}`,
      );
    }
    expect(await snapshot(harness, t)).toEqual(before);
    await harness.store.transaction(async (tx) => {
      expect(ids(await customers(tx).ancestors(t['a1x']!.id))).toEqual([t['a1']!.id, t['a']!.id, t['r1']!.id]);
      expect(await customers(tx).subtree(t['r1']!.id)).toHaveLength(6);
    });
  },
});

/** `parentId: null` makes a department a root customer, with its subtree. */
export const treePromoteRoot = defineCase({
  id: 'tree-promote-root',
  title: 'update with parentId null promotes a department (and its subtree) to a root customer',
  async run(harness) {
    const refs = await seed(harness.store);
    const t = await buildTree(harness.store, refs, shape);
    const promoted = await harness.store.transaction((tx) => customers(tx).update({ ...t['a1']!, parentId: null }));
    expect(promoted.parentId).toBeNull();
    await expectStored(harness, 'customers', promoted);
    await harness.store.transaction(async (tx) => {
      expect(await customers(tx).ancestors(t['a1']!.id)).toEqual([]);
      expect(ids(await customers(tx).ancestors(t['a1x']!.id))).toEqual([t['a1']!.id]);
      expect(ids(await customers(tx).subtree(t['a1']!.id))).toEqual([t['a1']!.id, t['a1x']!.id]);
      expect(ids(await customers(tx).subtree(t['r1']!.id))).not.toContain(t['a1x']!.id);
      const roots = await customers(tx).search({ rootsOnly: true });
      expect(ids(roots.items)).toEqual(ids(expectedOrder([t['r1']!, t['r2']!, promoted, (await customers(tx).get(refs.customerId))!], 'name')));
      expect(ids((await customers(tx).find({ where: { parentId: null } })).items).sort()).toEqual(
        [t['r1']!.id, t['r2']!.id, promoted.id, refs.customerId].sort(),
      );
    });
  },
});

/** A move under a parent that does not exist is a `VALIDATION` error naming `parentId`, and changes nothing. */
export const treeMoveMissingParent = defineCase({
  id: 'tree-move-missing-parent',
  title: 'a move under a parent that does not exist fails with VALIDATION on parentId and changes nothing',
  async run(harness) {
    const refs = await seed(harness.store);
    const t = await buildTree(harness.store, refs, shape);
    const before = await snapshot(harness, t);
    const error = await expectError(
      harness.store.transaction((tx) => customers(tx).update({ ...t['a']!, parentId: missingId() })),
      'VALIDATION',
    );
    expect(error.details.path).toContain('parentId');
    expect(await snapshot(harness, t)).toEqual(before);
  },
});

/** A move inside a transaction that then throws leaves the old tree. */
export const treeMoveRollback = defineCase({
  id: 'tree-move-rollback',
  title: 'a move inside a transaction that then throws leaves the old tree',
  async run(harness) {
    const refs = await seed(harness.store);
    const t = await buildTree(harness.store, refs, shape);
    const before = await snapshot(harness, t);
    const boom = new Error('after the move');
    const error = await thrown(
      harness.store.transaction(async (tx) => {
        await customers(tx).update({ ...t['a']!, parentId: t['b']!.id });
        expect(ids(await customers(tx).ancestors(t['a1x']!.id))).toEqual([t['a1']!.id, t['a']!.id, t['b']!.id, t['r2']!.id]);
        expect(await customers(tx).subtree(t['r2']!.id)).toHaveLength(6);
        await customers(tx).update({ ...t['c']!, parentId: null });
        throw boom;
      }),
    );
    expect(error).toBe(boom);
    expect(await snapshot(harness, t)).toEqual(before);
    await harness.store.transaction(async (tx) => {
      expect(ids(await customers(tx).ancestors(t['a1x']!.id))).toEqual([t['a1']!.id, t['a']!.id, t['r1']!.id]);
      expect(await customers(tx).subtree(t['r1']!.id)).toHaveLength(6);
      expect(await customers(tx).subtree(t['r2']!.id)).toHaveLength(2);
    });
  },
});

/** Inserting a department checks its parent exists; a parent saved earlier in the same transaction counts. */
export const treeInsertParent = defineCase({
  id: 'tree-insert-parent',
  title: 'insert of a department under a missing parent fails with VALIDATION; a parent saved earlier in the transaction counts',
  async run(harness) {
    const refs = await seed(harness.store);
    const before = await harness.probe.count('customers');
    const error = await expectError(
      harness.store.transaction((tx) => customers(tx).insert(fixture('customers', { parentId: missingId() }, refs))),
      'VALIDATION',
    );
    expect(error.details.path).toContain('parentId');
    expect(await harness.probe.count('customers')).toBe(before);

    const { parent, child, batch } = await harness.store.transaction(async (tx) => {
      const parent = await customers(tx).insert(fixture('customers', { name: 'New parent' }, refs));
      const child = await customers(tx).insert(fixture('customers', { name: 'New child', parentId: parent.id }, refs));
      const batch = await customers(tx).insertMany([1, 2].map((n) => fixture('customers', { parentId: child.id }, refs, n)));
      return { parent, child, batch };
    });
    for (const record of [parent, child, ...batch]) await expectStored(harness, 'customers', record);
    const subtree = await harness.store.transaction((tx) => customers(tx).subtree(parent.id));
    expectParentsFirst(subtree, parent.id);
    expect(subtree).toHaveLength(4);
    await expectAbsent(harness, 'customers', missingId());
  },
});

/** Scope queries: `find`/`count` with a list of branch ids and `search({ branchIds })`. */
export const treeScopeQueries = defineCase({
  id: 'tree-scope-queries',
  title: 'scope queries: find/count where branchId is a list, and search({ branchIds }), return exactly the records of those branches',
  async run(harness) {
    const refs = await seed(harness.store);
    const [b2, b3] = await harness.store.transaction((tx) =>
      repo(tx, 'branches').insertMany([fixture('branches', { name: 'North', parentId: refs.branchId }), fixture('branches', { name: 'South', parentId: refs.branchId })]),
    );
    if (!b2 || !b3) throw new Error('insertMany returned fewer records than given');
    const branchOf: Record<string, string> = { r1: refs.branchId, a: b2.id, a1: b2.id, a1x: b3.id, a2: b2.id, c: b3.id, r2: b2.id, b: refs.branchId };
    const t = await buildTree(harness.store, refs, shape, (name) => ({ branchId: branchOf[name], status: name === 'a2' ? 'A' : 'P' }));
    const all = [...Object.values(t), (await harness.store.transaction((tx) => customers(tx).get(refs.customerId)))!];
    const inBranches = (branches: string[]) => all.filter((r) => branches.includes(r['branchId'] as string));

    await harness.store.transaction(async (tx) => {
      for (const scope of [[b2.id], [b2.id, b3.id], [refs.branchId, b3.id], [b3.id, missingId()]]) {
        const expected = inBranches(scope);
        const found = await customers(tx).find({ where: { branchId: scope } });
        expect(ids(found.items), `find in ${scope.join(',')}`).toEqual(ids(expectedOrder(expected, 'id')));
        expect(await customers(tx).count({ branchId: scope })).toBe(expected.length);
        const searched = await customers(tx).search({ branchIds: scope });
        expect(ids(searched.items), `search in ${scope.join(',')}`).toEqual(ids(expectedOrder(expected, 'name')));
      }
      expect(ids((await customers(tx).find({ where: { branchId: b2.id, status: 'A' } })).items)).toEqual([t['a2']!.id]);
      expect(ids((await customers(tx).search({ branchIds: [b2.id], rootsOnly: true })).items)).toEqual([t['r2']!.id]);
      expect((await customers(tx).search({ branchIds: [] })).items).toEqual([]);
    });
  },
});

/** A deep chain (10,000 levels in the large tier): subtree, ancestors and a move in its middle work (no recursion limit). */
export const treeDeepChain = defineCase({
  id: 'tree-deep-chain',
  title: 'a deep chain: subtree, ancestors, a refused cycle and a move in its middle all work',
  timeout: 120_000,
  sizes: { quick: 1_000, large: 10_000 },
  async run(harness, size = 10_000) {
    const refs = await seed(harness.store);
    const depth = size;
    const chain = await harness.store.transaction(async (tx) => {
      const out = [await customers(tx).insert(fixture('customers', { name: 'Level 0' }, refs))];
      for (let i = 1; i < depth; i++) {
        out.push(await customers(tx).insert(fixture('customers', { name: `Level ${i}`, parentId: out[i - 1]!.id }, refs)));
      }
      return out;
    });
    const top = chain[0]!;
    const bottom = chain[depth - 1]!;
    const middle = chain[depth / 2]!;
    await harness.store.transaction(async (tx) => {
      expect(ids(await customers(tx).subtree(top.id))).toEqual(ids(chain));
      expect(ids(await customers(tx).ancestors(bottom.id))).toEqual(ids(chain.slice(0, -1).reverse()));
    });
    await expectError(harness.store.transaction((tx) => customers(tx).update({ ...top, parentId: bottom.id })), 'TREE_CYCLE');
    const moved = await harness.store.transaction((tx) => customers(tx).update({ ...middle, parentId: null }));
    await expectStored(harness, 'customers', moved);
    await harness.store.transaction(async (tx) => {
      expect(ids(await customers(tx).subtree(top.id))).toEqual(ids(chain.slice(0, depth / 2)));
      expect(ids(await customers(tx).ancestors(bottom.id))).toEqual(ids(chain.slice(depth / 2, -1).reverse()));
    });
  },
});

/** The tree cases, in order. */
export const treeCases = [
  treeSubtreeAncestors,
  treeMoveSubtree,
  treeMoveCycle,
  treePromoteRoot,
  treeMoveMissingParent,
  treeMoveRollback,
  treeInsertParent,
  treeScopeQueries,
  treeDeepChain,
] as const;
