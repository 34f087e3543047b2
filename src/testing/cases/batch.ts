import { expect } from 'vitest';
import { fixture, type FixtureRefs } from '../fixtures.js';
import {
  customers,
  defineCase,
  expectError,
  expectStored,
  expectedOrder,
  ids,
  missingId,
  readAllPages,
  repo,
  seed,
} from '../_internal/helpers.js';

const bulkSize = 10_000;

/** A batch of 10,000 customers through `insertMany`: all saved, distinct ids, counted and paged through. */
export const insertMany10k = defineCase({
  id: 'insert-many-10k',
  title: 'insertMany of 10,000 customers saves all with distinct ids; count, storage and paging all see 10,000',
  timeout: 120_000,
  async run(harness) {
    const { branch, rep } = await harness.store.transaction(async (tx) => {
      const branch = await repo(tx, 'branches').insert(fixture('branches'));
      return { branch, rep: await repo(tx, 'reps').insert(fixture('reps', {}, { branchId: branch.id })) };
    });
    const refs: Partial<FixtureRefs> = { branchId: branch.id, repId: rep.id };
    const drafts = Array.from({ length: bulkSize }, (_, i) =>
      fixture('customers', { name: `Bulk ${String(i).padStart(5, '0')}`, status: i % 10 === 0 ? 'I' : 'A' }, refs, i),
    );
    const saved = await harness.store.transaction((tx) => customers(tx).insertMany(drafts));
    expect(saved).toHaveLength(bulkSize);
    expect(new Set(ids(saved)).size).toBe(bulkSize);
    expect(saved.every((r, i) => r.version === 1 && r['name'] === drafts[i]!.name)).toBe(true);

    expect(await harness.probe.count('customers')).toBe(bulkSize);
    const counts = await harness.store.transaction(async (tx) => ({ all: await customers(tx).count(), inactive: await customers(tx).count({ status: 'I' }) }));
    expect(counts).toEqual({ all: bulkSize, inactive: bulkSize / 10 });
    for (const index of [0, 1, bulkSize / 2, bulkSize - 1]) await expectStored(harness, 'customers', saved[index]!);

    const byName = await readAllPages((after) => harness.store.transaction((tx) => customers(tx).search({ limit: 1000, after })));
    expect(byName.pages).toBe(bulkSize / 1000);
    expect(ids(byName.items)).toEqual(ids(saved));

    const onePage = await harness.store.transaction((tx) => customers(tx).find({ limit: 10_000 }));
    expect(onePage.next).toBeNull();
    const byId = ids(expectedOrder(saved, 'id'));
    expect(ids(onePage.items)).toEqual(byId);

    const active = await readAllPages((after) => harness.store.transaction((tx) => customers(tx).find({ where: { status: 'A' }, limit: 2500, after })));
    expect(ids(active.items)).toEqual(byId.filter((_, i) => onePage.items[i]!['status'] === 'A'));
  },
});

/** A batch with one bad record saves nothing, and the error's path starts with the record's index. */
export const insertManyAtomic = defineCase({
  id: 'insert-many-atomic',
  title: "a batch with one bad record saves nothing: VALIDATION whose details.path starts with the record's index",
  async run(harness) {
    const refs = await seed(harness.store);
    const before = { worksites: await harness.probe.count('worksites'), customers: await harness.probe.count('customers') };
    const worksites = (bad: number, override: Record<string, unknown>) =>
      [0, 1, 2, 3, 4].map((n) => fixture('worksites', n === bad ? override : {}, refs, n));
    const badName = await expectError(
      harness.store.transaction((tx) => repo(tx, 'worksites').insertMany(worksites(3, { name: ' ' }))),
      'VALIDATION',
      'blank name at 3',
    );
    expect(badName.details.path).toEqual([3, 'name']);
    const badAddress = await expectError(
      harness.store.transaction((tx) => repo(tx, 'worksites').insertMany(worksites(0, { address: { line1: 'x' } }))),
      'VALIDATION',
      'bad address at 0',
    );
    expect(badAddress.details.path?.slice(0, 2)).toEqual([0, 'address']);

    const customerBatch = (bad: number, override: Record<string, unknown>) =>
      [0, 1, 2, 3].map((n) => fixture('customers', n === bad ? override : { parentId: refs.customerId }, refs, n));
    const badStatus = await expectError(
      harness.store.transaction((tx) => customers(tx).insertMany(customerBatch(2, { status: 'p' }))),
      'VALIDATION',
      'bad status at 2',
    );
    expect(badStatus.details.path).toEqual([2, 'status']);
    const badParent = await expectError(
      harness.store.transaction((tx) => customers(tx).insertMany(customerBatch(1, { parentId: missingId() }))),
      'VALIDATION',
      'missing parent at 1',
    );
    expect(badParent.details.path?.[0]).toBe(1);
    expect(badParent.details.path).toContain('parentId');

    const mixed = [fixture('customers', {}, refs), fixture('customers', {}, refs), null, fixture('customers', {}, refs)];
    const nullRecord = await expectError(harness.store.transaction((tx) => customers(tx).insertMany(mixed)), 'VALIDATION', 'null at 2');
    expect(nullRecord.details.path?.[0]).toBe(2);
    await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').insertMany(fixture('worksites', {}, refs))), 'VALIDATION', 'not an array');
    await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').insertMany(null)), 'VALIDATION', 'null batch');

    // the work may catch the error and go on: still no record of the failed batch is kept
    const kept = await harness.store.transaction(async (tx) => {
      await expectError(repo(tx, 'worksites').insertMany(worksites(4, { createdAt: 'yesterday' })), 'VALIDATION');
      await expectError(customers(tx).insertMany(customerBatch(3, { parentId: missingId() })), 'VALIDATION');
      return repo(tx, 'worksites').insert(fixture('worksites', {}, refs));
    });
    await expectStored(harness, 'worksites', kept);
    expect(await harness.probe.count('worksites')).toBe(before.worksites + 1);
    expect(await harness.probe.count('customers')).toBe(before.customers);
    const counted = await harness.store.transaction(async (tx) => ({ worksites: await repo(tx, 'worksites').count(), customers: await customers(tx).count() }));
    expect(counted).toEqual({ worksites: before.worksites + 1, customers: before.customers });
  },
});

/** The batch cases, in order. */
export const batchCases = [insertMany10k, insertManyAtomic] as const;
