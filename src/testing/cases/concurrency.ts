import { expect } from 'vitest';
import { fixture } from '../fixtures.js';
import { customers, defineCase, expectAbsent, expectError, expectStored, missingId, repo, seed } from '../_internal/helpers.js';

/** Updating from a stale version fails with `CONFLICT` and the newer stored data stays. */
export const updateStaleConflict = defineCase({
  id: 'update-stale-conflict',
  title: 'update with a stale (or future) version fails with CONFLICT and the newer stored record stays',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of ['customers', 'worksites', 'assignments'] as const) {
      const original = await harness.store.transaction((tx) => repo(tx, entity).insert(fixture(entity, {}, refs)));
      const field = entity === 'customers' ? 'name' : entity === 'worksites' ? 'name' : 'jobTitle';
      const newer = await harness.store.transaction((tx) => repo(tx, entity).update({ ...original, [field]: 'Newer' }));
      const error = await expectError(
        harness.store.transaction((tx) => repo(tx, entity).update({ ...original, [field]: 'Stale' })),
        'CONFLICT',
        `stale ${entity} update`,
      );
      expect(error.details.id).toBe(original.id);
      await expectError(
        harness.store.transaction((tx) => repo(tx, entity).update({ ...newer, version: newer.version + 1, [field]: 'Future' })),
        'CONFLICT',
        `future-version ${entity} update`,
      );
      await expectStored(harness, entity, newer);
      expect(await harness.store.transaction((tx) => repo(tx, entity).get(original.id))).toEqual(newer);
    }
    // a stale move is a conflict too, and moves nothing
    const [root, other] = await harness.store.transaction((tx) =>
      customers(tx).insertMany([fixture('customers', { name: 'Root' }, refs), fixture('customers', { name: 'Other' }, refs)]),
    );
    if (!root || !other) throw new Error('insertMany returned fewer records than given');
    const renamed = await harness.store.transaction((tx) => customers(tx).update({ ...root, name: 'Root renamed' }));
    await expectError(harness.store.transaction((tx) => customers(tx).update({ ...root, parentId: other.id })), 'CONFLICT', 'stale move');
    await expectStored(harness, 'customers', renamed);
  },
});

/** Removing with a stale version fails with `CONFLICT` and the record stays. */
export const removeStaleConflict = defineCase({
  id: 'remove-stale-conflict',
  title: 'remove with a stale (or future) version fails with CONFLICT and the record stays',
  async run(harness) {
    const refs = await seed(harness.store);
    const original = await harness.store.transaction((tx) => repo(tx, 'worksites').insert(fixture('worksites', {}, refs)));
    const newer = await harness.store.transaction((tx) => repo(tx, 'worksites').update({ ...original, name: 'Newer' }));
    await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').remove!(original.id, original.version)), 'CONFLICT', 'stale remove');
    await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').remove!(original.id, newer.version + 1)), 'CONFLICT', 'future remove');
    await expectStored(harness, 'worksites', newer);
    await harness.store.transaction((tx) => repo(tx, 'worksites').remove!(newer.id, newer.version));
    await expectAbsent(harness, 'worksites', newer.id);
  },
});

/** Updating or removing a record that does not exist fails with `NOT_FOUND` and creates nothing. */
export const missingNotFound = defineCase({
  id: 'missing-not-found',
  title: 'update or remove of a missing id fails with NOT_FOUND and writes nothing (no upsert)',
  async run(harness) {
    const refs = await seed(harness.store);
    const template = await harness.store.transaction((tx) => repo(tx, 'worksites').insert(fixture('worksites', {}, refs)));
    const customer = await harness.store.transaction((tx) => repo(tx, 'customers').get(refs.customerId));
    if (!customer) throw new Error('the seeded customer was not saved');
    const before = { worksites: await harness.probe.count('worksites'), customers: await harness.probe.count('customers') };

    const error = await expectError(
      harness.store.transaction((tx) => repo(tx, 'worksites').update({ ...template, id: missingId(1) })),
      'NOT_FOUND',
      'update of a missing worksite',
    );
    expect(error.details.id).toBe(missingId(1));
    await expectError(
      harness.store.transaction((tx) => customers(tx).update({ ...customer, id: missingId(2), parentId: refs.customerId })),
      'NOT_FOUND',
      'update of a missing customer',
    );
    await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').remove!(missingId(3), 1)), 'NOT_FOUND', 'remove of a missing worksite');
    await expectAbsent(harness, 'worksites', missingId(1));
    await expectAbsent(harness, 'customers', missingId(2));
    expect(await harness.probe.count('worksites')).toBe(before.worksites);
    expect(await harness.probe.count('customers')).toBe(before.customers);
  },
});

/** The optimistic-concurrency cases, in order. */
/**
 * A rule checked over records a transaction does not write holds under concurrent writers once
 * both lock the tree first: two transactions each count a root's departments and add one only when
 * there is none, overlapping in time; exactly one department results, as one-at-a-time would give.
 */
export const lockTreesSerializesRules = defineCase({
  id: 'lock-trees-serializes-rules',
  title: 'lockTrees: two transactions checking a rule over a tree (add a department only when it has none) end as one at a time would',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const [round, via] of (['root', 'department'] as const).entries()) {
      const root = await harness.store.transaction((tx) => customers(tx).insert(fixture('customers', { name: `Race root ${round}` }, refs)));
      const first = await harness.store.transaction((tx) => customers(tx).insert(fixture('customers', { name: 'Existing', parentId: root.id }, refs)));
      const attempt = (name: string) =>
        harness.store.transaction(async (tx) => {
          // One locks through the root, the other (in the second round) through a department of the same tree.
          await customers(tx).lockTrees([via === 'department' && name === 'B' ? first.id : root.id, missingId(9)]);
          const page = await customers(tx).find({ where: { parentId: root.id }, limit: 100 });
          await new Promise((resolve) => setTimeout(resolve, 30));
          if (page.items.length === 1) await customers(tx).insert(fixture('customers', { name, parentId: root.id }, refs));
        });
      await Promise.all([attempt('A'), attempt('B')]);
      const children = await harness.store.transaction((tx) => customers(tx).find({ where: { parentId: root.id }, limit: 100 }));
      expect(children.items.length, `departments under the root (locked through the ${via})`).toBe(2);
    }
  },
});

export const concurrencyCases = [updateStaleConflict, removeStaleConflict, missingNotFound, lockTreesSerializesRules] as const;
