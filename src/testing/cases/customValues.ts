import { expect } from 'vitest';
import { compareCodePoints } from '../../adapters/port/sortKey.js';
import type { Store } from '../../adapters/port/Repository.js';
import type { CustomValue } from '../../model/customValues.js';
import type { CustomCondition } from '../../rules/customFields.js';
import { fixture, type FixtureRefs } from '../fixtures.js';
import { customers, defineCase, expectError, expectedOrder, ids, readAllPages, repo, seed, type Rec } from '../_internal/helpers.js';

/** Custom values a store must keep exactly: text in several scripts, awkward numbers, booleans, null. */
const awkward: Readonly<Record<string, CustomValue>> = {
  vmsId: 'V-1042',
  unicode: 'Zürich ✓ 日本 𝄞 e\u0301',
  empty: '',
  tenth: 0.1,
  huge: 1e21,
  negative: -5,
  zero: 0,
  yes: true,
  no: false,
  nothing: null,
};

/** The oracle the search cases compare with: what the port documents, written out plainly. */
function meets(custom: Readonly<Record<string, unknown>>, condition: CustomCondition): boolean {
  if (!Object.hasOwn(custom, condition.field)) return false;
  const value = custom[condition.field];
  if ('equals' in condition) return value === condition.equals;
  const ends = [condition.from, condition.to].filter((end) => end !== undefined);
  const types = new Set(ends.map((end) => typeof end));
  if (types.size > 1 || (typeof value !== 'number' && typeof value !== 'string')) return false;
  if (types.size === 1 && !types.has(typeof value)) return false;
  const compare = (a: string | number, b: string | number) => (typeof a === 'number' ? a - (b as number) : compareCodePoints(a, b as string));
  return (condition.from === undefined || compare(value, condition.from) >= 0) && (condition.to === undefined || compare(value, condition.to) <= 0);
}

const customOf = (record: Rec) => (record['custom'] ?? {}) as Readonly<Record<string, unknown>>;

/** Saves root customers, each with a name and custom values (and optional other fields). */
async function book(store: Store, refs: FixtureRefs, specs: readonly Readonly<Record<string, unknown>>[]): Promise<Rec[]> {
  return store.transaction((tx) => customers(tx).insertMany(specs.map((spec, n) => fixture('customers', spec, refs, n))));
}

/** Custom values round-trip exactly through insert, insertMany, update and get, on every kind of record that has them. */
export const customValuesRoundTrip = defineCase({
  id: 'custom-values-round-trip',
  title: 'custom values (unicode text, 0.1, 1e21, -5, booleans, null) read back exactly after insert, insertMany and update; a record saved without them reads {}',
  async run(harness) {
    const refs = await seed(harness.store);
    const plain = await harness.store.transaction((tx) => customers(tx).insert(fixture('customers', { name: 'No custom values' }, refs)));
    expect(plain['custom']).toEqual({});
    const [one] = await harness.store.transaction((tx) => customers(tx).insertMany([fixture('customers', { name: 'Custom', custom: awkward }, refs)]));
    expect(one!['custom']).toEqual(awkward);
    const read = await harness.store.transaction((tx) => customers(tx).get(one!.id));
    expect(read!['custom']).toEqual(awkward);
    expect(Object.is((read!['custom'] as Record<string, unknown>)['tenth'], 0.1)).toBe(true);
    const stored = await harness.probe.read('customers', one!.id);
    expect(stored?.record['custom']).toEqual(awkward);
    const changed = { ...awkward, vmsId: 'V-2', tenth: 0.30000000000000004, added: 'ß' };
    const updated = await harness.store.transaction((tx) => customers(tx).update({ ...read!, custom: changed }));
    expect((await harness.store.transaction((tx) => customers(tx).get(one!.id)))!['custom']).toEqual(changed);
    expect(updated['custom']).toEqual(changed);
    for (const entity of ['contacts', 'orders', 'assignments'] as const) {
      const saved = await harness.store.transaction((tx) => repo(tx, entity).insert(fixture(entity, { custom: awkward }, refs, 11)));
      expect((await harness.store.transaction((tx) => repo(tx, entity).get(saved.id)))!['custom'], entity).toEqual(awkward);
      const bare = await harness.store.transaction((tx) => repo(tx, entity).insert(fixture(entity, {}, refs, 12)));
      expect((await harness.store.transaction((tx) => repo(tx, entity).get(bare.id)))!['custom'], entity).toEqual({});
    }
  },
});

/** Equality on custom values: JSON values compared exactly, combined with the other filters, own writes included. */
export const customSearchEquality = defineCase({
  id: 'custom-search-equality',
  title: "search({ custom }) equality compares JSON values exactly ('1' is not 1, null is not missing), with the other filters, a transaction's own writes and rollbacks",
  async run(harness) {
    const refs = await seed(harness.store);
    const saved = await book(harness.store, refs, [
      { name: 'Acme One', status: 'A', custom: { code: '1', n: 1, flag: true, tag: null } },
      { name: 'Acme Two', status: 'P', custom: { code: 1, n: 1.5, flag: 'true' } },
      { name: 'Bolt', status: 'A', custom: { code: '1', n: -5, flag: false, tag: 'x' } },
      { name: 'Zürich ✓', status: 'A', custom: { code: 'Zürich ✓ 日本 𝄞', n: 1e21, flag: true } },
      { name: 'Plain', status: 'A' },
    ]);
    const all = [(await harness.store.transaction((tx) => customers(tx).get(refs.customerId)))!, ...saved];
    const check = async (search: Readonly<Record<string, unknown>>, conditions: readonly CustomCondition[], keep: (r: Rec) => boolean = () => true) => {
      const page = await harness.store.transaction((tx) => customers(tx).search({ ...search, custom: conditions }));
      const expected = all.filter((r) => keep(r) && conditions.every((c) => meets(customOf(r), c)));
      expect(ids(page.items), JSON.stringify({ search, conditions })).toEqual(ids(expectedOrder(expected, 'name')));
      return page.items.length;
    };
    expect(await check({}, [{ field: 'code', equals: '1' }])).toBe(2);
    expect(await check({}, [{ field: 'code', equals: 1 }])).toBe(1);
    expect(await check({}, [{ field: 'flag', equals: true }])).toBe(2);
    expect(await check({}, [{ field: 'flag', equals: 'true' }])).toBe(1);
    expect(await check({}, [{ field: 'tag', equals: null }])).toBe(1);
    expect(await check({}, [{ field: 'n', equals: 1e21 }])).toBe(1);
    expect(await check({}, [{ field: 'code', equals: 'Zürich ✓ 日本 𝄞' }])).toBe(1);
    expect(await check({}, [{ field: 'nowhere', equals: 'x' }])).toBe(0);
    expect(await check({}, [{ field: 'code', equals: '1' }, { field: 'flag', equals: true }])).toBe(1);
    expect(await check({}, [{ field: 'code', equals: '1' }, { field: 'code', equals: 1 }])).toBe(0);
    await check({ statuses: ['A'] }, [{ field: 'code', equals: 1 }], (r) => r['status'] === 'A');
    await check({ text: 'acme', statuses: ['A', 'P'], branchIds: [refs.branchId], rootsOnly: true }, [{ field: 'n', equals: 1.5 }], (r) => (r['name'] as string).startsWith('Acme'));
    await check({ branchIds: ['no-such-branch'] }, [{ field: 'code', equals: '1' }], () => false);
    // a transaction sees its own writes; a rolled-back one leaves the index as it was
    const bolt = saved[2]!;
    await harness.store.transaction(async (tx) => {
      const [added] = await customers(tx).insertMany([fixture('customers', { name: 'New', custom: { code: '1' } }, refs)]);
      await customers(tx).update({ ...bolt, custom: { ...customOf(bolt), code: '2' } });
      const found = await customers(tx).search({ custom: [{ field: 'code', equals: '1' }] });
      expect(found.items.map((r) => r['name'])).toEqual(['Acme One', 'New']);
      expect(found.items.map((r) => r.id)).toContain(added!.id);
      expect((await customers(tx).search({ custom: [{ field: 'code', equals: '2' }] })).items.map((r) => r['name'])).toEqual(['Bolt']);
    });
    await expect(
      harness.store.transaction(async (tx) => {
        const current = (await customers(tx).get(bolt.id))!;
        await customers(tx).update({ ...current, custom: { code: 'gone' } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await harness.store.transaction((tx) => customers(tx).search({ custom: [{ field: 'code', equals: '2' }] }));
    expect(after.items.map((r) => r['name'])).toEqual(['Bolt']);
    expect((await harness.store.transaction((tx) => customers(tx).search({ custom: [{ field: 'code', equals: 'gone' }] }))).items).toEqual([]);
  },
});

/** Ranges on custom values: numbers numerically, strings by code point, both ends included, each bound matching its own type only. */
export const customSearchRanges = defineCase({
  id: 'custom-search-ranges',
  title: 'search({ custom }) ranges include both ends, compare numbers numerically and strings by code point, match only values of the bounds\' type, and page',
  async run(harness) {
    const refs = await seed(harness.store);
    const numbers = [-5, 0, 0.1, 2, 10, 12, 100, 1000, 1e21];
    const strings = ['2025-12-31', '2026-01-15', '2026-06-30', '2026-07-01', 'Zeta', 'alpha', 'Ärger', 'é', '10', '9'];
    const specs = [
      ...numbers.map((value, i) => ({ name: `Number ${i % 3} ${value}`, status: i % 4 === 0 ? 'I' : 'A', custom: { v: value } })),
      ...strings.map((value, i) => ({ name: `String ${i % 3} ${value}`, status: i % 4 === 0 ? 'I' : 'A', custom: { v: value } })),
      { name: 'Boolean', status: 'A', custom: { v: true } },
      { name: 'Null', status: 'A', custom: { v: null } },
      { name: 'None', status: 'A' },
    ];
    const all = await book(harness.store, refs, specs);
    const check = async (conditions: readonly CustomCondition[], search: Readonly<Record<string, unknown>> = {}, keep: (r: Rec) => boolean = () => true) => {
      const expected = expectedOrder(
        all.filter((r) => keep(r) && conditions.every((c) => meets(customOf(r), c))),
        'name',
      );
      const page = await harness.store.transaction((tx) => customers(tx).search({ ...search, custom: conditions, limit: 1000 }));
      expect(ids(page.items), JSON.stringify(conditions)).toEqual(ids(expected));
      return expected.length;
    };
    expect(await check([{ field: 'v', from: 0, to: 12 }])).toBe(5);
    expect(await check([{ field: 'v', from: 12 }])).toBe(4);
    expect(await check([{ field: 'v', to: 0.1 }])).toBe(3);
    expect(await check([{ field: 'v', from: 0.1, to: 0.1 }])).toBe(1);
    expect(await check([{ field: 'v', from: 13, to: 99 }])).toBe(0);
    expect(await check([{ field: 'v', from: '2026-01-15', to: '2026-06-30' }])).toBe(2);
    expect(await check([{ field: 'v', from: '2026' }])).toBe(8);
    expect(await check([{ field: 'v', from: 'Z', to: 'é' }])).toBe(4);
    expect(await check([{ field: 'v', from: '1', to: '9' }])).toBe(6);
    expect(await check([{ field: 'v', from: 0, to: 'z' }])).toBe(0);
    expect(await check([{ field: 'v' }])).toBe(numbers.length + strings.length);
    expect(await check([{ field: 'v', from: -1000, to: 1000 }, { field: 'v', equals: 10 }])).toBe(1);
    await check([{ field: 'v', from: 0 }], { statuses: ['A'], text: 'number 1' }, (r) => r['status'] === 'A' && (r['name'] as string).startsWith('Number 1'));
    const active = expectedOrder(
      all.filter((r) => r['status'] === 'A' && meets(customOf(r), { field: 'v', from: '0' })),
      'name',
    );
    for (const limit of [1, 2, 5]) {
      const { items, pages } = await readAllPages((after) =>
        harness.store.transaction((tx) => customers(tx).search({ statuses: ['A'], custom: [{ field: 'v', from: '0' }], limit, after })),
      );
      expect(ids(items), `limit ${limit}`).toEqual(ids(active));
      expect(pages).toBe(Math.max(1, Math.ceil(active.length / limit)));
    }
  },
});

/** Malformed custom conditions are a `VALIDATION` error. */
export const customSearchBad = defineCase({
  id: 'custom-search-bad',
  title: 'search({ custom }) with malformed conditions (not a list, a bad field name, a non-scalar value, an unknown key, an infinite bound) fails with VALIDATION',
  async run(harness) {
    await seed(harness.store);
    const bad: unknown[] = [
      { field: 'v', equals: 1 },
      [{ equals: 1 }],
      [{ field: '1bad', equals: 1 }],
      [{ field: 'v', equals: { nested: true } }],
      [{ field: 'v', equals: [1] }],
      [{ field: 'v', from: true }],
      [{ field: 'v', to: Number.POSITIVE_INFINITY }],
      [{ field: 'v', equals: 1, extra: 2 }],
      [{ field: 'v', equals: 'nul\u0000' }],
    ];
    for (const custom of bad) {
      await expectError(harness.store.transaction((tx) => customers(tx).search({ custom })), 'VALIDATION', JSON.stringify(custom));
    }
  },
});

/** The custom-value cases. */
export const customValueCases = [customValuesRoundTrip, customSearchEquality, customSearchRanges, customSearchBad] as const;
