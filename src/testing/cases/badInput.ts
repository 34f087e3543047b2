import { expect } from 'vitest';
import type { EntityName } from '../../adapters/port/entities.js';
import { fixture } from '../fixtures.js';
import { countAll, customers, defineCase, expectError, expectStored, repo, seed } from '../_internal/helpers.js';
import type { StoreHarness } from '../StoreHarness.js';

/** Runs `check` and then verifies, through the probe, that no entity's record count changed. */
async function writesNothing(harness: StoreHarness, check: () => Promise<void>): Promise<void> {
  const before = await countAll(harness);
  await check();
  expect(await countAll(harness)).toEqual(before);
}

const badIds: unknown[] = [42, {}, '', 'a b', null, undefined, 'x'.repeat(65), ['1'], 'ünï', "1' or '1'='1"];
const label = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** A malformed record (blank name, wrong types, unknown status format, not an object) is a `VALIDATION` error naming the field. */
export const badRecord = defineCase({
  id: 'bad-record',
  title: 'a malformed record (blank name, wrong types, bad status format, a NUL or lone surrogate, not an object) fails with VALIDATION naming the field; nothing is written',
  async run(harness) {
    const refs = await seed(harness.store);
    const saved = await harness.store.transaction((tx) => customers(tx).get(refs.customerId));
    if (!saved) throw new Error('the seeded customer was not saved');
    await writesNothing(harness, async () => {
      const badCustomers: [string, unknown][] = [
        ['name', '   '],
        ['name', ''],
        ['name', 42],
        ['name', undefined],
        ['name', 'x'.repeat(201)],
        ['status', 'p'],
        ['status', 'Prospect'],
        ['status', 5],
        ['status', null],
        ['branchId', 'a b'],
        ['branchId', 17],
        ['parentId', 42],
        ['socialHandles', 'x'],
        ['createdAt', 'yesterday'],
        ['contactAddress', { line1: 'x' }],
        ['email', 'not an address'],
        ['terms', { label: 'Net 30', netDays: -1 }],
        ['name', 'Acme\u0000Corp'],
        ['notes', 'half a pair \uD800'],
      ];
      for (const [field, value] of badCustomers) {
        const error = await expectError(
          harness.store.transaction((tx) => customers(tx).insert(fixture('customers', { [field]: value }, refs))),
          'VALIDATION',
          `insert customer with ${field} ${label(value)}`,
        );
        expect(error.details.path?.[0], `path of ${field} ${label(value)}`).toBe(field);
        const onUpdate = await expectError(
          harness.store.transaction((tx) => customers(tx).update({ ...saved, [field]: value })),
          'VALIDATION',
          `update customer with ${field} ${label(value)}`,
        );
        expect(onUpdate.details.path?.[0]).toBe(field);
      }
      const others: [EntityName, string, unknown][] = [
        ['worksites', 'timeZone', 'Mars/Olympus_Mons'],
        ['orders', 'positions', 0],
        ['orders', 'payRate', 'abc'],
        ['invoices', 'billed', '1.234'],
        ['invoices', 'paid', Number.NaN],
        ['assignments', 'state', 'paused'],
        ['tasks', 'dueDate', '2026-02-30'],
        ['hotlistMembers', 'customerId', 'not ok'],
        ['lastSearches', 'customerIds', ['ok', 'not ok']],
        ['messages', 'method', 'pigeon'],
      ];
      for (const [entity, field, value] of others) {
        const error = await expectError(
          harness.store.transaction((tx) => repo(tx, entity).insert(fixture(entity, { [field]: value }, refs))),
          'VALIDATION',
          `insert ${entity} with ${field} ${label(value)}`,
        );
        expect(error.details.path?.[0], `path of ${entity}.${field}`).toBe(field);
      }
      for (const draft of [null, 42, 'a customer', [], [fixture('customers', {}, refs)]]) {
        await expectError(harness.store.transaction((tx) => customers(tx).insert(draft)), 'VALIDATION', `insert ${label(draft)}`);
        await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').insert(draft)), 'VALIDATION', `insert worksite ${label(draft)}`);
        await expectError(harness.store.transaction((tx) => customers(tx).update(draft)), 'VALIDATION', `update with ${label(draft)}`);
      }
      for (const [field, value] of [['version', '1'], ['version', 0], ['version', 1.5], ['id', 42], ['id', 'a b']] as const) {
        await expectError(harness.store.transaction((tx) => customers(tx).update({ ...saved, [field]: value })), 'VALIDATION', `update with ${field} ${label(value)}`);
      }
    });
    await expectStored(harness, 'customers', saved);
  },
});

/** A wrong-typed or malformed id handed to any read or write is a `VALIDATION` error. */
export const badId = defineCase({
  id: 'bad-id',
  title: "a wrong-typed or malformed id (number, object, '', 'a b', too long, quotes) fails with VALIDATION on every method",
  async run(harness) {
    const refs = await seed(harness.store);
    await writesNothing(harness, async () => {
      for (const id of badIds) {
        const what = label(id);
        await harness.store.transaction(async (tx) => {
          await expectError(customers(tx).get(id), 'VALIDATION', `customers.get(${what})`);
          await expectError(repo(tx, 'worksites').get(id), 'VALIDATION', `worksites.get(${what})`);
          await expectError(customers(tx).getMany([refs.customerId, id]), 'VALIDATION', `getMany([…, ${what}])`);
          await expectError(repo(tx, 'worksites').remove!(id, 1), 'VALIDATION', `remove(${what})`);
          await expectError(customers(tx).subtree(id), 'VALIDATION', `subtree(${what})`);
          await expectError(customers(tx).ancestors(id), 'VALIDATION', `ancestors(${what})`);
        });
      }
      for (const notAList of [42, '1', null, { 0: '1' }]) {
        await expectError(harness.store.transaction((tx) => customers(tx).getMany(notAList)), 'VALIDATION', `getMany(${label(notAList)})`);
      }
    });
  },
});

/** A `where` on a field without an index, or with values of the wrong type, is a `VALIDATION` error. */
export const badWhere = defineCase({
  id: 'bad-where',
  title: 'a where on a non-indexed or unknown field, with non-string values, or not an object, and a query that is not an object, fail with VALIDATION',
  async run(harness) {
    await seed(harness.store);
    await writesNothing(harness, async () => {
      const wheres: [EntityName, Record<string, unknown>][] = [
        ['customers', { name: 'Seed customer' }],
        ['customers', { phone: null }],
        ['customers', { notes: '' }],
        ['customers', { 'branchId; drop table customers': 'x' }],
        ['customers', { branchId: 42 }],
        ['customers', { branchId: [42] }],
        ['customers', { branchId: {} }],
        ['customers', { branchId: [['x']] }],
        ['worksites', { name: 'x' }],
        ['orders', { jobTitle: 'x' }],
      ];
      for (const [entity, where] of wheres) {
        const what = `${entity} where ${JSON.stringify(where)}`;
        const error = await expectError(harness.store.transaction((tx) => repo(tx, entity).find({ where })), 'VALIDATION', `find ${what}`);
        expect(error.details.path?.[0]).toBe('where');
        await expectError(harness.store.transaction((tx) => repo(tx, entity).count(where)), 'VALIDATION', `count ${what}`);
      }
      for (const notAWhere of [42, 'branchId', ['x'], true]) {
        const what = `where ${JSON.stringify(notAWhere)}`;
        const error = await expectError(
          harness.store.transaction((tx) => repo(tx, 'customers').find({ where: notAWhere as never })),
          'VALIDATION',
          `find ${what}`,
        );
        expect(error.details.path?.[0]).toBe('where');
        await expectError(harness.store.transaction((tx) => repo(tx, 'customers').count(notAWhere as never)), 'VALIDATION', `count ${what}`);
      }
      for (const notAQuery of [null, 42, 'all', []]) {
        await expectError(
          harness.store.transaction((tx) => repo(tx, 'customers').find(notAQuery as never)),
          'VALIDATION',
          `find(${JSON.stringify(notAQuery)})`,
        );
      }
    });
  },
});

/** A search with wrong-typed criteria is a `VALIDATION` error. */
export const badSearch = defineCase({
  id: 'bad-search',
  title: 'a search with wrong-typed criteria (text, statuses, branchIds, rootsOnly, orderBy) fails with VALIDATION',
  async run(harness) {
    await seed(harness.store);
    const searches: unknown[] = [
      null,
      42,
      { text: 42 },
      { text: {} },
      { statuses: 'P' },
      { statuses: [5] },
      { branchIds: 'branch-1' },
      { branchIds: [7] },
      { rootsOnly: 'yes' },
      { orderBy: 'status' },
    ];
    await writesNothing(harness, async () => {
      for (const search of searches) {
        await expectError(harness.store.transaction((tx) => customers(tx).search(search)), 'VALIDATION', `search ${JSON.stringify(search)}`);
      }
    });
  },
});

/** A wrong-typed or non-positive version handed to `remove` or `update` is a `VALIDATION` error, not a `CONFLICT`. */
export const badVersion = defineCase({
  id: 'bad-version',
  title: 'a wrong-typed or non-positive version on remove or update fails with VALIDATION (not CONFLICT) and changes nothing',
  async run(harness) {
    const refs = await seed(harness.store);
    const worksite = await harness.store.transaction((tx) => repo(tx, 'worksites').insert(fixture('worksites', {}, refs)));
    await writesNothing(harness, async () => {
      for (const version of [0, -1, 1.5, '1', null, undefined, Number.NaN, {}]) {
        await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').remove!(worksite.id, version)), 'VALIDATION', `remove version ${label(version)}`);
        await expectError(harness.store.transaction((tx) => repo(tx, 'worksites').update({ ...worksite, version })), 'VALIDATION', `update version ${label(version)}`);
      }
    });
    await expectStored(harness, 'worksites', worksite);
  },
});

/** The bad-input cases, in order. */
export const badInputCases = [badRecord, badId, badWhere, badSearch, badVersion] as const;
