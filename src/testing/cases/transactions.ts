import { expect } from 'vitest';
import { fixture } from '../fixtures.js';
import {
  countAll,
  customers,
  defineCase,
  expectAbsent,
  expectError,
  expectStored,
  ids,
  repo,
  seed,
  seedAndRead,
  thrown,
  type Rec,
} from '../_internal/helpers.js';

/** A successful transaction keeps its writes to every repository and resolves with what its work returned. */
export const txCommitAllRepos = defineCase({
  id: 'tx-commit-all-repos',
  title: 'a transaction that resolves keeps every write to every repository and returns what its work returned',
  async run(harness) {
    const { refs, customer: seeded, order: seededOrder } = await seedAndRead(harness.store);
    const before = await countAll(harness);
    const written = await harness.store.transaction(async (tx) => {
      const customer = await customers(tx).insert(fixture('customers', { name: 'Committed' }, refs));
      const department = await customers(tx).insert(fixture('customers', { name: 'Committed dept', parentId: customer.id }, refs));
      const worksite = await repo(tx, 'worksites').insert(fixture('worksites', {}, { ...refs, customerId: customer.id }));
      const change = await repo(tx, 'statusChanges').insert(fixture('statusChanges', {}, { ...refs, customerId: customer.id }));
      const contacts = await repo(tx, 'contacts').insertMany([1, 2].map((n) => fixture('contacts', {}, { ...refs, customerId: customer.id }, n)));
      const renamed = await customers(tx).update({ ...seeded, name: 'Seed customer, renamed', status: 'A' });
      await repo(tx, 'orders').remove!(seededOrder.id, seededOrder.version);
      return { customer, department, worksite, change, contacts, renamed };
    });
    expect(written.renamed.version).toBe(2);
    await expectStored(harness, 'customers', written.customer);
    await expectStored(harness, 'customers', written.department);
    await expectStored(harness, 'customers', written.renamed);
    await expectStored(harness, 'worksites', written.worksite);
    await expectStored(harness, 'statusChanges', written.change);
    for (const contact of written.contacts) await expectStored(harness, 'contacts', contact);
    await expectAbsent(harness, 'orders', seededOrder.id);
    expect(await countAll(harness)).toEqual({
      ...before,
      customers: before.customers + 2,
      worksites: before.worksites + 1,
      statusChanges: before.statusChanges + 1,
      contacts: before.contacts + 2,
      orders: before.orders - 1,
    });
    const reread = await harness.store.transaction(async (tx) => ({
      customer: await customers(tx).get(written.customer.id),
      subtree: await customers(tx).subtree(written.customer.id),
      worksites: await repo(tx, 'worksites').find({ where: { customerId: written.customer.id } }),
      order: await repo(tx, 'orders').get(seededOrder.id),
    }));
    expect(reread.customer).toEqual(written.customer);
    expect(ids(reread.subtree)).toEqual([written.customer.id, written.department.id]);
    expect(reread.worksites.items).toEqual([written.worksite]);
    expect(reread.order).toBeNull();
  },
});

/** A transaction whose work throws leaves no write in any repository, and the error comes out unchanged. */
export const txRollbackAllRepos = defineCase({
  id: 'tx-rollback-all-repos',
  title: 'a transaction whose work throws leaves no write in any repository, and rejects with the very value thrown',
  async run(harness) {
    const { refs, customer: seeded, order: seededOrder } = await seedAndRead(harness.store);
    const before = await countAll(harness);
    const created: { entity: Parameters<typeof expectAbsent>[1]; record: Rec }[] = [];

    class Boom extends Error {}
    const boom = new Boom('work failed after writing');
    const error = await thrown(
      harness.store.transaction(async (tx) => {
        const customer = await customers(tx).insert(fixture('customers', { name: 'Rolled back' }, refs));
        created.push({ entity: 'customers', record: customer });
        const department = await customers(tx).insert(fixture('customers', { name: 'Rolled back dept', parentId: refs.customerId }, refs));
        created.push({ entity: 'customers', record: department });
        created.push({ entity: 'worksites', record: await repo(tx, 'worksites').insert(fixture('worksites', {}, { ...refs, customerId: customer.id })) });
        created.push({ entity: 'statusChanges', record: await repo(tx, 'statusChanges').insert(fixture('statusChanges', {}, { ...refs, customerId: customer.id })) });
        for (const task of await repo(tx, 'tasks').insertMany([1, 2, 3].map((n) => fixture('tasks', {}, { ...refs, customerId: customer.id }, n)))) {
          created.push({ entity: 'tasks', record: task });
        }
        created.push({ entity: 'messages', record: await repo(tx, 'messages').insert(fixture('messages', {}, refs)) });
        await customers(tx).update({ ...seeded, name: 'Renamed, then rolled back', status: 'H' });
        await repo(tx, 'orders').remove!(seededOrder.id, seededOrder.version);
        // the transaction sees its own writes up to the throw
        expect(await repo(tx, 'orders').get(seededOrder.id)).toBeNull();
        expect(ids(await customers(tx).subtree(refs.customerId))).toContain(department.id);
        throw boom;
      }),
    );
    expect(error).toBe(boom);
    expect(created).toHaveLength(8);
    expect(await countAll(harness)).toEqual(before);
    for (const { entity, record } of created) await expectAbsent(harness, entity, record.id);
    await expectStored(harness, 'customers', seeded);
    await expectStored(harness, 'orders', seededOrder);
    const reread = await harness.store.transaction(async (tx) => ({
      seeded: await customers(tx).get(refs.customerId),
      order: await repo(tx, 'orders').get(refs.orderId),
      subtree: await customers(tx).subtree(refs.customerId),
      created: await Promise.all(created.map(({ entity, record }) => repo(tx, entity).get(record.id))),
      customers: await customers(tx).count(),
    }));
    expect(reread.seeded).toEqual(seeded);
    expect(reread.order).toEqual(seededOrder);
    expect(ids(reread.subtree)).toEqual([refs.customerId]);
    expect(reread.created.every((r) => r === null)).toBe(true);
    expect(reread.customers).toBe(before.customers);

    // a thrown value that is not an Error comes out unchanged as well
    const plain = { reason: 'not an Error' };
    const second = await thrown(
      harness.store.transaction(async (tx) => {
        await repo(tx, 'hotlists').insert(fixture('hotlists', {}, refs));
        throw plain;
      }),
    );
    expect(second).toBe(plain);
    expect(await harness.probe.count('hotlists')).toBe(before.hotlists);
  },
});

/** A store error that escapes the work (here a `CONFLICT`) rolls back the transaction's earlier writes. */
export const txRollbackOnStoreError = defineCase({
  id: 'tx-rollback-on-store-error',
  title: 'a store error that escapes the work (a CONFLICT) rolls back the earlier writes of the transaction',
  async run(harness) {
    const { refs, customer: seeded } = await seedAndRead(harness.store);
    const before = await countAll(harness);
    let worksiteId = '';
    await expectError(
      harness.store.transaction(async (tx) => {
        worksiteId = (await repo(tx, 'worksites').insert(fixture('worksites', {}, refs))).id;
        await customers(tx).update({ ...seeded, name: 'First write' });
        await customers(tx).update({ ...seeded, name: 'Stale second write' });
      }),
      'CONFLICT',
    );
    expect(worksiteId).not.toBe('');
    await expectAbsent(harness, 'worksites', worksiteId);
    await expectStored(harness, 'customers', seeded);
    expect(await countAll(harness)).toEqual(before);
  },
});

/** Inside a transaction, reads see the transaction's own inserts, updates and removals. */
export const txReadsOwnWrites = defineCase({
  id: 'tx-reads-own-writes',
  title: 'inside a transaction, get, getMany, find, count, search, subtree and ancestors see its own writes',
  async run(harness) {
    const refs = await seed(harness.store);
    await harness.store.transaction(async (tx) => {
      const countBefore = await customers(tx).count({ branchId: refs.branchId });
      const parent = await customers(tx).insert(fixture('customers', { name: 'Zeta Own Writes' }, refs));
      const child = await customers(tx).insert(fixture('customers', { name: 'Zeta Own Writes dept', parentId: parent.id }, refs));
      expect(await customers(tx).get(parent.id)).toEqual(parent);
      expect(await customers(tx).getMany([child.id, parent.id])).toEqual([child, parent]);
      expect(await customers(tx).count({ branchId: refs.branchId })).toBe(countBefore + 2);
      expect(ids((await customers(tx).find({ where: { parentId: parent.id } })).items)).toEqual([child.id]);
      expect(ids((await customers(tx).search({ text: 'zeta own' })).items)).toEqual([parent.id, child.id]);
      expect(ids(await customers(tx).subtree(parent.id))).toEqual([parent.id, child.id]);
      expect(ids(await customers(tx).ancestors(child.id))).toEqual([parent.id]);

      const renamed = await customers(tx).update({ ...child, name: 'Alpha Own Writes dept', status: 'A' });
      expect(await customers(tx).get(child.id)).toEqual(renamed);
      expect(ids((await customers(tx).find({ where: { status: 'A' } })).items)).toEqual([child.id]);
      expect(ids((await customers(tx).search({ text: 'own writes' })).items)).toEqual([child.id, parent.id]);
      const moved = await customers(tx).update({ ...renamed, parentId: null });
      expect(await customers(tx).ancestors(child.id)).toEqual([]);
      expect(ids((await customers(tx).search({ text: 'own writes', rootsOnly: true })).items)).toEqual([moved.id, parent.id]);

      const worksite = await repo(tx, 'worksites').insert(fixture('worksites', {}, { ...refs, customerId: parent.id }));
      expect(await repo(tx, 'worksites').count({ customerId: parent.id })).toBe(1);
      await repo(tx, 'worksites').remove!(worksite.id, worksite.version);
      expect(await repo(tx, 'worksites').get(worksite.id)).toBeNull();
      expect((await repo(tx, 'worksites').find({ where: { customerId: parent.id } })).items).toEqual([]);
      expect(await repo(tx, 'worksites').count({ customerId: parent.id })).toBe(0);
    });
  },
});

/** A store error caught inside the work does not spoil the transaction: later writes still commit. */
export const txContinuesAfterCaughtError = defineCase({
  id: 'tx-continues-after-caught-error',
  title: 'a store error the work catches (CONFLICT, NOT_FOUND, VALIDATION) does not spoil the transaction: its other writes commit',
  async run(harness) {
    const { refs, customer: seeded } = await seedAndRead(harness.store);
    const before = await harness.probe.count('worksites');
    const written = await harness.store.transaction(async (tx) => {
      const first = await repo(tx, 'worksites').insert(fixture('worksites', {}, refs, 1));
      const renamed = await customers(tx).update({ ...seeded, name: 'Renamed once' });
      await expectError(customers(tx).update({ ...seeded, name: 'Stale' }), 'CONFLICT');
      await expectError(repo(tx, 'worksites').update({ ...first, id: 'no-such-worksite' }), 'NOT_FOUND');
      await expectError(repo(tx, 'worksites').insert(fixture('worksites', { name: ' ' }, refs)), 'VALIDATION');
      await expectError(repo(tx, 'worksites').insertMany([fixture('worksites', {}, refs), fixture('worksites', { name: 7 }, refs)]), 'VALIDATION');
      await expectError(repo(tx, 'worksites').get(42), 'VALIDATION');
      await expectError(customers(tx).update({ ...renamed, parentId: renamed.id }), 'TREE_CYCLE');
      const second = await repo(tx, 'worksites').insert(fixture('worksites', {}, refs, 2));
      return { first, second, renamed };
    });
    await expectStored(harness, 'worksites', written.first);
    await expectStored(harness, 'worksites', written.second);
    await expectStored(harness, 'customers', written.renamed);
    expect(await harness.probe.count('worksites')).toBe(before + 2);
  },
});

/** Two transactions racing to update the same version: one wins, the other gets `CONFLICT`; no update is lost. */
export const txConcurrentUpdates = defineCase({
  id: 'tx-concurrent-updates',
  title: 'concurrent transactions updating one record from the same version: exactly one wins, the other gets CONFLICT, nothing is lost',
  async run(harness) {
    const refs = await seed(harness.store);
    const original = await harness.store.transaction((tx) => repo(tx, 'customers').get(refs.customerId));
    if (!original) throw new Error('the seeded customer was not saved');

    const names = ['Writer A', 'Writer B'];
    const results = await Promise.allSettled(
      names.map((name) => harness.store.transaction((tx) => customers(tx).update({ ...original, name }))),
    );
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    await expectError(Promise.reject(lost[0]), 'CONFLICT');
    const winner = won[0]!;
    expect(winner.version).toBe(2);
    await expectStored(harness, 'customers', winner);

    // read-modify-write inside each transaction: each either commits on top of the other or gets CONFLICT
    const bumps = await Promise.allSettled(
      [1, 2, 3].map((n) =>
        harness.store.transaction(async (tx) => {
          const current = await customers(tx).get(refs.customerId);
          if (!current) throw new Error('the customer vanished');
          return customers(tx).update({ ...current, notes: `${current['notes'] as string}+${n}` });
        }),
      ),
    );
    const committed = bumps.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    for (const r of bumps) if (r.status === 'rejected') await expectError(Promise.reject(r.reason), 'CONFLICT');
    expect(committed.length).toBeGreaterThan(0);
    const stored = await harness.probe.read('customers', refs.customerId);
    expect(stored?.version).toBe(2 + committed.length);
    // every committed bump is in the stored notes: none was overwritten
    const notes = String(stored?.record['notes']);
    expect(notes.split('+').length - 1).toBe(committed.length);
  },
});

/** The transaction cases, in order. */
/** Read-only work reads what is committed, and every write method refuses it with STORE, writing nothing. */
export const txReadOnly = defineCase({
  id: 'tx-read-only',
  title: 'a read-only transaction reads what is committed (find, search, similarNames, the feed); every write method refuses with STORE and nothing is written',
  async run(harness) {
    const { refs, customer } = await seedAndRead(harness.store);
    const read = await harness.store.transaction(
      async (tx) => ({
        got: await tx.customers.get(customer.id),
        found: ids((await customers(tx).find({ where: { branchId: refs.branchId } })).items),
        searched: ids((await tx.customers.search({ text: 'seed' })).items),
        similar: (await tx.customers.similarNames({ nameKey: 'seed customer' })).map((s) => s.customer.id),
        version: await tx.branches.hierarchyVersion(),
      }),
      { readOnly: true },
    );
    expect(read).toMatchObject({ got: customer, found: [customer.id], searched: [customer.id], similar: [customer.id] });
    expect(read.version).toBe(await harness.store.transaction((tx) => tx.branches.hierarchyVersion()));

    const before = await countAll(harness);
    const writes: [string, (tx: Parameters<Parameters<typeof harness.store.transaction>[0]>[0]) => Promise<unknown>][] = [
      ['insert', (tx) => tx.customers.insert(fixture('customers', {}, refs))],
      ['insertMany', (tx) => tx.worksites.insertMany([fixture('worksites', {}, refs)])],
      ['update', (tx) => tx.customers.update({ ...customer, notes: 'changed' })],
      ['updateMany', (tx) => tx.customers.updateMany([{ ...customer, notes: 'changed' }])],
      ['remove', (tx) => tx.orders.remove(refs.orderId, 1)],
      ['append', (tx) => tx.audit.append([])],
    ];
    for (const [method, write] of writes) {
      const error = await expectError(harness.store.transaction(write, { readOnly: true }), 'STORE', method);
      expect(error.details.operation).toMatch(new RegExp(`\\.${method}$`));
    }
    expect(await countAll(harness)).toEqual(before);
    await expectStored(harness, 'customers', customer as unknown as Rec);
  },
});

export const transactionCases = [
  txCommitAllRepos,
  txRollbackAllRepos,
  txRollbackOnStoreError,
  txReadsOwnWrites,
  txContinuesAfterCaughtError,
  txConcurrentUpdates,
  txReadOnly,
] as const;
