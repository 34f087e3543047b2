import { expect } from 'vitest';
import { entities } from '../../adapters/port/entities.js';
import { fixture } from '../fixtures.js';
import {
  allEntities,
  asSaved,
  changes,
  defineCase,
  expectAbsent,
  expectError,
  expectStored,
  expectedOrder,
  ids,
  missingId,
  repo,
  seed,
  withoutMeta,
  type Rec,
} from '../_internal/helpers.js';

const idFormat = /^[A-Za-z0-9_-]{1,64}$/;

/** Every entity: `insert` allocates an id, sets version 1, and `get` and storage return the same record. */
export const insertGet = defineCase({
  id: 'insert-get',
  title: 'insert allocates an id and version 1; get and storage return the saved record, unknown ids read as null',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of allEntities) {
      const draft = fixture(entity, {}, refs, 1);
      const saved = await harness.store.transaction((tx) => repo(tx, entity).insert(draft));
      expect(saved.id, `${entity} id`).toMatch(idFormat);
      expect(saved.version, `${entity} version`).toBe(1);
      expect(withoutMeta(saved), `${entity} fields`).toEqual(asSaved(entity, draft));
      const read = await harness.store.transaction((tx) => repo(tx, entity).get(saved.id));
      expect(read, `${entity} read back`).toEqual(saved);
      await expectStored(harness, entity, saved);
      expect(await harness.store.transaction((tx) => repo(tx, entity).get(missingId())), `unknown ${entity}`).toBeNull();
    }
  },
});

/** A customer with every optional part filled (addresses, handles, terms) is stored and read back whole. */
export const insertFullRecord = defineCase({
  id: 'insert-full-record',
  title: 'a customer with every field filled (addresses, handles, terms, long notes, unicode) is saved as parsed and read back exactly',
  async run(harness) {
    const refs = await seed(harness.store);
    const address = { line1: '1 Nicollet Mall', line2: 'Suite 400', city: 'Minneapolis', region: 'MN', postalCode: '55403', country: 'US', standardized: true };
    const { line2: _line2, ...billing } = { ...address, standardized: false };
    const draft = fixture(
      'customers',
      {
        name: '  Ünïcode Staffing — “Crème” 株式会社  ',
        contactAddress: address,
        billingAddress: billing,
        defaultWorksiteId: 'worksite-1',
        phone: '+1 612 555 0100',
        email: 'ap@example.com',
        socialHandles: [
          { network: 'twitter', handle: '@creme' },
          { network: 'linkedin', handle: 'creme-staffing' },
        ],
        salesTeamId: 'team-north',
        defaultWorkerCompCode: '8810',
        terms: { label: 'Net 30', netDays: 30 },
        notes: `Line one\nLine "two" with 'quotes', a backslash \\ and 100% of a_b.\n${'x'.repeat(5000)}`,
      },
      refs,
    );
    const saved = await harness.store.transaction((tx) => repo(tx, 'customers').insert(draft));
    // stores keep the parsed record: the name trimmed, custom values {} when the draft has none
    expect(withoutMeta(saved)).toEqual({ ...draft, custom: {}, name: 'Ünïcode Staffing — “Crème” 株式会社' });
    expect(await harness.store.transaction((tx) => repo(tx, 'customers').get(saved.id))).toEqual(saved);
    await expectStored(harness, 'customers', saved);
  },
});

/** Ids are distinct within an entity, whether records come one by one, in a batch or in separate transactions. */
export const idsDistinct = defineCase({
  id: 'ids-distinct',
  title: 'ids allocated by insert and insertMany, in one or in separate transactions, are all distinct',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of allEntities) {
      const all: Rec[] = [await harness.store.transaction((tx) => repo(tx, entity).insert(fixture(entity, {}, refs, 1)))];
      all.push(
        ...(await harness.store.transaction(async (tx) => [
          await repo(tx, entity).insert(fixture(entity, {}, refs, 2)),
          await repo(tx, entity).insert(fixture(entity, {}, refs, 3)),
          ...(await repo(tx, entity).insertMany([fixture(entity, {}, refs, 4), fixture(entity, {}, refs, 5)])),
        ])),
      );
      expect(new Set(ids(all)).size, `distinct ${entity} ids`).toBe(all.length);
      for (const record of all) expect(record.id).toMatch(idFormat);
    }
  },
});

/** Every entity: `getMany` returns the found records in the order asked, leaving out missing ones. */
export const getMany = defineCase({
  id: 'get-many',
  title: 'getMany returns the records found in the order of the ids asked, leaving out unknown ids',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of allEntities) {
      const [a, b, c] = await harness.store.transaction((tx) =>
        repo(tx, entity).insertMany([1, 2, 3].map((n) => fixture(entity, {}, refs, n))),
      );
      if (!a || !b || !c) throw new Error(`insertMany of ${entity} returned fewer records than given`);
      const read = await harness.store.transaction((tx) => repo(tx, entity).getMany([c.id, missingId(), a.id, b.id]));
      expect(ids(read), `${entity} getMany`).toEqual([c.id, a.id, b.id]);
      expect(read, `${entity} getMany records`).toEqual([c, a, b]);
      expect(await harness.store.transaction((tx) => repo(tx, entity).getMany([])), `${entity} getMany([])`).toEqual([]);
    }
  },
});

/** Every entity: `insertMany` saves all records in order with version 1. */
export const insertMany = defineCase({
  id: 'insert-many',
  title: 'insertMany saves every record, returns them in the order given with version 1; an empty batch saves nothing',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of allEntities) {
      const before = await harness.probe.count(entity);
      const drafts = [1, 2, 3, 4].map((n) => fixture(entity, {}, refs, n));
      const saved = await harness.store.transaction((tx) => repo(tx, entity).insertMany(drafts));
      expect(saved.map(withoutMeta), `${entity} batch`).toEqual(drafts.map((draft) => asSaved(entity, draft)));
      expect(saved.map((r) => r.version)).toEqual([1, 1, 1, 1]);
      expect(new Set(ids(saved)).size).toBe(4);
      for (const record of saved) await expectStored(harness, entity, record);
      expect(await harness.probe.count(entity)).toBe(before + 4);
      expect(await harness.store.transaction((tx) => repo(tx, entity).insertMany([])), `${entity} empty batch`).toEqual([]);
      expect(await harness.probe.count(entity)).toBe(before + 4);
    }
  },
});

/** Every entity: `update` saves the change and bumps the version by one, each time. */
export const updateVersion = defineCase({
  id: 'update-version',
  title: 'update saves the change and returns version + 1; get and storage agree',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of allEntities) {
      const saved = await harness.store.transaction((tx) => repo(tx, entity).insert(fixture(entity, {}, refs, 1)));
      const [field, value] = changes[entity];
      const updated = await harness.store.transaction((tx) => repo(tx, entity).update({ ...saved, [field]: value }));
      expect(updated.id).toBe(saved.id);
      expect(updated.version, `${entity} version after one update`).toBe(2);
      expect(updated[field], `${entity}.${field}`).toEqual(value);
      expect(withoutMeta(updated)).toEqual({ ...withoutMeta(saved), [field]: value });
      expect(await harness.store.transaction((tx) => repo(tx, entity).get(saved.id))).toEqual(updated);
      await expectStored(harness, entity, updated);
      const again = await harness.store.transaction((tx) => repo(tx, entity).update(updated));
      expect(again.version, `${entity} version after two updates`).toBe(3);
      await expectStored(harness, entity, again);
    }
  },
});

/** Every entity: `find` and `count` filter on an indexed field and order by a sortable one. */
export const findCount = defineCase({
  id: 'find-count',
  title: 'find and count filter on indexed fields, order by id (default) or a sortable field, both directions',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of allEntities) {
      await harness.store.transaction((tx) => repo(tx, entity).insertMany([3, 1, 2].map((n) => fixture(entity, {}, refs, n))));
      const { all, total } = await harness.store.transaction(async (tx) => ({
        all: await repo(tx, entity).find({ limit: 10_000 }),
        total: await repo(tx, entity).count(),
      }));
      expect(total, `${entity} count()`).toBe(await harness.probe.count(entity));
      expect(all.items.length, `${entity} find()`).toBe(total);
      expect(all.next).toBeNull();
      expect(ids(all.items), `${entity} default order`).toEqual(ids(expectedOrder(all.items, 'id')));
      for (const record of all.items) await expectStored(harness, entity, record);

      const field = entities[entity].indexed[0];
      const sample = all.items[all.items.length - 1];
      if (field === undefined || sample === undefined) throw new Error(`${entity} has no indexed field or no records`);
      const value = (sample[field] ?? null) as string | null;
      const matching = all.items.filter((r) => (r[field] ?? null) === value);
      const filtered = await harness.store.transaction(async (tx) => ({
        page: await repo(tx, entity).find({ where: { [field]: value } }),
        count: await repo(tx, entity).count({ [field]: value }),
        none: await repo(tx, entity).find({ where: { [field]: missingId() } }),
        noneCount: await repo(tx, entity).count({ [field]: missingId() }),
      }));
      expect(ids(filtered.page.items), `${entity} where ${field}`).toEqual(ids(expectedOrder(matching, 'id')));
      expect(filtered.count, `${entity} count where ${field}`).toBe(matching.length);
      expect(filtered.none.items).toEqual([]);
      expect(filtered.none.next).toBeNull();
      expect(filtered.noneCount).toBe(0);

      for (const orderBy of ['id', ...entities[entity].sortable]) {
        for (const direction of ['asc', 'desc'] as const) {
          const page = await harness.store.transaction((tx) => repo(tx, entity).find({ orderBy, direction }));
          expect(ids(page.items), `${entity} by ${orderBy} ${direction}`).toEqual(ids(expectedOrder(all.items, orderBy, direction)));
        }
      }
    }
  },
});

/** Every entity but customers: `remove` deletes with the current version; customers have no `remove`. */
export const remove = defineCase({
  id: 'remove',
  title: 'remove deletes the record (get null, gone from storage, count down); customers have no remove',
  async run(harness) {
    const refs = await seed(harness.store);
    for (const entity of allEntities) {
      if (entity === 'customers') {
        await harness.store.transaction(async (tx) => {
          expect(repo(tx, 'customers').remove, 'customers.remove').toBeUndefined();
        });
        continue;
      }
      const [keep, gone] = await harness.store.transaction((tx) => repo(tx, entity).insertMany([fixture(entity, {}, refs, 1), fixture(entity, {}, refs, 2)]));
      if (!keep || !gone) throw new Error(`insertMany of ${entity} returned fewer records than given`);
      const before = await harness.probe.count(entity);
      const result = await harness.store.transaction((tx) => repo(tx, entity).remove!(gone.id, gone.version));
      expect(result, `${entity} remove result`).toBeUndefined();
      expect(await harness.store.transaction((tx) => repo(tx, entity).get(gone.id))).toBeNull();
      await expectAbsent(harness, entity, gone.id);
      await expectStored(harness, entity, keep);
      expect(await harness.probe.count(entity)).toBe(before - 1);
      expect(await harness.store.transaction((tx) => repo(tx, entity).count())).toBe(before - 1);
      await expectError(harness.store.transaction((tx) => repo(tx, entity).remove!(gone.id, gone.version)), 'NOT_FOUND', `${entity} removed twice`);
    }
  },
});

/** Changing a returned record (where it can be changed at all) does not change what is stored. */
export const recordsDetached = defineCase({
  id: 'records-detached',
  title: 'changing a record a repository returned does not change the stored record',
  async run(harness) {
    const refs = await seed(harness.store);
    const saved = await harness.store.transaction((tx) => repo(tx, 'customers').insert(fixture('customers', { name: 'Original' }, refs)));
    const snapshot = structuredClone(saved);
    const tamper = (record: Rec) => {
      try {
        (record as Record<string, unknown>)['name'] = 'Tampered';
        (record['socialHandles'] as unknown[]).push({ network: 'other', handle: 'x' });
      } catch {
        // a frozen record refuses the change, which is just as good
      }
    };
    tamper(saved);
    const read = await harness.store.transaction((tx) => repo(tx, 'customers').get(snapshot.id));
    expect(read).toEqual(snapshot);
    if (read) tamper(read);
    expect(await harness.store.transaction((tx) => repo(tx, 'customers').get(snapshot.id))).toEqual(snapshot);
    await expectStored(harness, 'customers', snapshot);
  },
});

/** The CRUD cases, in order. */
export const crudCases = [insertGet, insertFullRecord, idsDistinct, getMany, insertMany, updateVersion, findCount, remove, recordsDetached] as const;
