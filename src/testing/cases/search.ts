import { expect } from 'vitest';
import type { Store } from '../../adapters/port/Repository.js';
import type { FixtureRefs } from '../fixtures.js';
import { fixture } from '../fixtures.js';
import {
  customers,
  defineCase,
  expectError,
  expectedOrder,
  ids,
  missingId,
  readAllPages,
  repo,
  seed,
  type Rec,
} from '../_internal/helpers.js';

/** Saves root customers with these names (and optional fields), in one batch. */
async function named(store: Store, refs: FixtureRefs, specs: readonly (string | Readonly<Record<string, unknown>>)[]): Promise<Rec[]> {
  return store.transaction((tx) =>
    customers(tx).insertMany(specs.map((spec) => fixture('customers', typeof spec === 'string' ? { name: spec } : spec, refs))),
  );
}

/** Search by text: a case-insensitive "contains" on the name, ordered by name. */
export const searchText = defineCase({
  id: 'search-text',
  title: 'search by text is a case-insensitive "contains" on the name, ordered by name then id',
  async run(harness) {
    const refs = await seed(harness.store);
    const saved = await named(harness.store, refs, ['Big acme', 'ACME Logistics', 'Apex', 'Nacmex', 'Acme Corp', 'acm e', 'Ácme Accent']);
    await harness.store.transaction(async (tx) => {
      const page = await customers(tx).search({ text: 'AcMe' });
      const expected = saved.filter((r) => (r['name'] as string).toLowerCase().includes('acme'));
      expect(expected).toHaveLength(4);
      expect(ids(page.items)).toEqual(ids(expectedOrder(expected, 'name')));
      expect(page.items.map((r) => r['name'])).toEqual(['Acme Corp', 'ACME Logistics', 'Big acme', 'Nacmex']);
      expect(page.next).toBeNull();
      for (const record of page.items) expect(record).toEqual(saved.find((r) => r.id === record.id));
      expect((await customers(tx).search({ text: 'logistics' })).items.map((r) => r['name'])).toEqual(['ACME Logistics']);
      const none = await customers(tx).search({ text: 'zzz-no-such-name' });
      expect(none.items).toEqual([]);
      expect(none.next).toBeNull();
    });
  },
});

/** Search text is matched literally: `%`, `_` and `\` are plain characters, not patterns. */
export const searchTextLiteral = defineCase({
  id: 'search-text-literal',
  title: 'search text is matched literally: %, _, \\ and quotes are plain characters, not patterns',
  async run(harness) {
    const refs = await seed(harness.store);
    await named(harness.store, refs, ['100% Staffing', '100 Staffing', '1000 Staffing', 'a_b Corp', 'axb Corp', 'Back\\slash Co', 'Backslash Co', "O'Brien & Sons", 'Obrien'] as const);
    await harness.store.transaction(async (tx) => {
      const names = async (text: string) => (await customers(tx).search({ text })).items.map((r) => r['name']);
      expect(await names('100%')).toEqual(['100% Staffing']);
      expect(await names('%')).toEqual(['100% Staffing']);
      expect(await names('0% s')).toEqual(['100% Staffing']);
      expect(await names('a_b')).toEqual(['a_b Corp']);
      expect(await names('_')).toEqual(['a_b Corp']);
      expect(await names('k\\s')).toEqual(['Back\\slash Co']);
      expect(await names('\\')).toEqual(['Back\\slash Co']);
      expect(await names("o'b")).toEqual(["O'Brien & Sons"]);
      expect(await names('.*')).toEqual([]);
    });
  },
});

/** Search by statuses, root-only and branches, combined with text. */
export const searchFilters = defineCase({
  id: 'search-filters',
  title: 'search filters by statuses, rootsOnly and branchIds, combined with each other and with text',
  async run(harness) {
    const refs = await seed(harness.store);
    const other = await harness.store.transaction((tx) => repo(tx, 'branches').insert(fixture('branches', { name: 'Other branch' })));
    const roots = await named(harness.store, refs, [
      { name: 'Root P', status: 'P' },
      { name: 'Root A', status: 'A' },
      { name: 'Root H', status: 'H' },
      { name: 'Root I', status: 'I', branchId: other.id },
      { name: 'Root X', status: 'X', branchId: other.id },
    ]);
    const depts = await harness.store.transaction((tx) =>
      customers(tx).insertMany(
        roots.map((root, i) =>
          fixture('customers', { name: `Dept of ${root['name'] as string}`, parentId: root.id, status: root['status'], branchId: i % 2 ? other.id : refs.branchId }, refs),
        ),
      ),
    );
    const seeded = (await harness.store.transaction((tx) => customers(tx).get(refs.customerId)))!;
    const all = [seeded, ...roots, ...depts];
    const check = async (search: Record<string, unknown>, keep: (r: Rec) => boolean) => {
      const page = await harness.store.transaction((tx) => customers(tx).search(search));
      expect(ids(page.items), JSON.stringify(search)).toEqual(ids(expectedOrder(all.filter(keep), 'name')));
    };
    const status = (r: Rec) => r['status'] as string;
    await check({}, () => true);
    await check({ statuses: ['P', 'A'] }, (r) => ['P', 'A'].includes(status(r)));
    await check({ statuses: ['X'] }, (r) => status(r) === 'X');
    await check({ statuses: ['Q'] }, () => false);
    await check({ rootsOnly: true }, (r) => r['parentId'] === null);
    await check({ rootsOnly: false }, () => true);
    await check({ branchIds: [other.id] }, (r) => r['branchId'] === other.id);
    await check({ statuses: ['P', 'A', 'H'], rootsOnly: true, branchIds: [refs.branchId] }, (r) => ['P', 'A', 'H'].includes(status(r)) && r['parentId'] === null && r['branchId'] === refs.branchId);
    await check({ text: 'dept', statuses: ['I', 'X'] }, (r) => (r['name'] as string).startsWith('Dept') && ['I', 'X'].includes(status(r)));
    await check(
      { text: 'root', rootsOnly: true, branchIds: [other.id, missingId()] },
      (r) => (r['name'] as string).toLowerCase().includes('root') && r['parentId'] === null && r['branchId'] === other.id,
    );
  },
});

/** Search results are ordered by name (case-insensitive), ties by id; or by id when asked. */
export const searchOrder = defineCase({
  id: 'search-order',
  title: 'search orders by name (case-insensitive, ties by id), or by id when asked',
  async run(harness) {
    const refs = await seed(harness.store);
    const saved = await named(harness.store, refs, ['beta', 'Alpha', 'gamma', 'ALPHA', 'alpha', 'Gamma', 'Beta 2', 'beta', '10 Downing', '9 Elms', 'zulu']);
    await harness.store.transaction(async (tx) => {
      const byName = await customers(tx).search({ text: '' });
      const all = [...saved, (await customers(tx).get(refs.customerId))!];
      expect(ids(byName.items)).toEqual(ids(expectedOrder(all, 'name')));
      expect(byName.items.slice(0, 5).map((r) => (r['name'] as string).toLowerCase())).toEqual(['10 downing', '9 elms', 'alpha', 'alpha', 'alpha']);
      const byId = await customers(tx).search({ orderBy: 'id' });
      expect(ids(byId.items)).toEqual(ids(expectedOrder(all, 'id')));
      const explicit = await customers(tx).search({ orderBy: 'name' });
      expect(ids(explicit.items)).toEqual(ids(byName.items));
    });
  },
});

/** Paging a search with `after` cursors visits every match once, in order. */
export const searchPaging = defineCase({
  id: 'search-paging',
  title: 'paging a search with after cursors visits every match exactly once, in order; the last page has next null',
  async run(harness) {
    const refs = await seed(harness.store);
    const names = Array.from({ length: 30 }, (_, i) => ({ name: `${['Delta', 'alpha', 'Charlie', 'bravo'][i % 4]} ${i % 7}`, status: i % 3 === 0 ? 'I' : 'A' }));
    const saved = await named(harness.store, refs, names);
    const active = saved.filter((r) => r['status'] === 'A');
    expect(active).toHaveLength(20);
    for (const limit of [1, 3, 5, 7, 20, 21]) {
      for (const orderBy of ['name', 'id'] as const) {
        const { items, pages } = await readAllPages((after) =>
          harness.store.transaction((tx) => customers(tx).search({ statuses: ['A'], orderBy, limit, after })),
        );
        expect(ids(items), `limit ${limit} by ${orderBy}`).toEqual(ids(expectedOrder(active, orderBy)));
        expect(pages, `pages at limit ${limit}`).toBe(Math.max(1, Math.ceil(20 / limit)));
      }
    }
    const first = await harness.store.transaction((tx) => customers(tx).search({ statuses: ['A'], limit: 20 }));
    expect(first.items).toHaveLength(20);
    expect(first.next).toBeNull();
  },
});

/** `find` orders by a sortable field or id, both directions, and pages with cursors. */
export const findOrderPaging = defineCase({
  id: 'find-order-paging',
  title: 'find orders by a sortable field or id in both directions and pages with after cursors, each match once, in order',
  async run(harness) {
    const refs = await seed(harness.store);
    const names = Array.from({ length: 25 }, (_, i) => ({ name: `${['Mike', 'lima', 'Kilo', 'mike', 'Lima'][i % 5]}`, status: i % 4 === 0 ? 'H' : 'P' }));
    const saved = await named(harness.store, refs, names);
    const all = [...saved, (await harness.store.transaction((tx) => customers(tx).get(refs.customerId)))!];
    for (const orderBy of ['name', 'id'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const limit of [1, 4, 13, 26]) {
          const { items, pages } = await readAllPages((after) =>
            harness.store.transaction((tx) => customers(tx).find({ orderBy, direction, limit, after })),
          );
          expect(ids(items), `by ${orderBy} ${direction}, limit ${limit}`).toEqual(ids(expectedOrder(all, orderBy, direction)));
          expect(pages).toBe(Math.ceil(26 / limit));
        }
        const held = await readAllPages((after) =>
          harness.store.transaction((tx) => customers(tx).find({ where: { status: 'H' }, orderBy, direction, limit: 2, after })),
        );
        expect(ids(held.items)).toEqual(ids(expectedOrder(all.filter((r) => r['status'] === 'H'), orderBy, direction)));
      }
    }
    // other entities page the same way on their own sort fields
    await harness.store.transaction((tx) => repo(tx, 'contacts').insertMany(Array.from({ length: 9 }, (_, i) => fixture('contacts', { lastName: ['Ng', 'ng', 'Olsen'][i % 3] }, refs, i))));
    const contacts = (await harness.store.transaction((tx) => repo(tx, 'contacts').find({ limit: 100 }))).items;
    const paged = await readAllPages((after) => harness.store.transaction((tx) => repo(tx, 'contacts').find({ orderBy: 'lastName', direction: 'desc', limit: 2, after })));
    expect(ids(paged.items)).toEqual(ids(expectedOrder(contacts, 'lastName', 'desc')));
  },
});

/** A cursor keeps its place when records are added or changed between pages. */
export const pagingKeyset = defineCase({
  id: 'paging-keyset',
  title: 'a cursor keeps its place when records are inserted before or after it between pages: nothing repeats or goes missing',
  async run(harness) {
    const refs = await seed(harness.store);
    await named(harness.store, refs, ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    const search = { text: 'q', limit: 3 } as const;
    const first = await harness.store.transaction((tx) => customers(tx).search(search));
    expect(first.items.map((r) => r['name'])).toEqual(['q1', 'q2', 'q3']);
    await named(harness.store, refs, ['q0', 'q35', 'q9']);
    const rest = await readAllPages((after) => harness.store.transaction((tx) => customers(tx).search({ ...search, after: after ?? first.next })));
    expect(rest.items.map((r) => r['name'])).toEqual(['q35', 'q4', 'q5', 'q6', 'q9']);

    const firstFind = await harness.store.transaction((tx) => customers(tx).find({ orderBy: 'name', limit: 2 }));
    const movedFirst = firstFind.items[0]!;
    await harness.store.transaction((tx) => customers(tx).update({ ...movedFirst, name: 'zz moved to the end' }));
    const restFind = await readAllPages((after) => harness.store.transaction((tx) => customers(tx).find({ orderBy: 'name', limit: 2, after: after ?? firstFind.next })));
    expect(ids(restFind.items)).not.toContain(firstFind.items[1]!.id);
    expect(ids(restFind.items).at(-1)).toBe(movedFirst.id);
  },
});

/** `where` semantics: a list matches any of its values, `null` matches null, `[]` matches nothing, fields combine with AND. */
export const findWhereLists = defineCase({
  id: 'find-where-lists',
  title: 'where: a list matches any value (repeats count once), null matches null, [] matches nothing, fields combine with AND',
  async run(harness) {
    const refs = await seed(harness.store);
    const [r1, r2] = await named(harness.store, refs, [{ name: 'r1', status: 'A' }, { name: 'r2', status: 'H' }]);
    const depts = await harness.store.transaction((tx) =>
      customers(tx).insertMany([
        fixture('customers', { name: 'd1', parentId: r1!.id, status: 'A' }, refs),
        fixture('customers', { name: 'd2', parentId: r1!.id, status: 'P' }, refs),
        fixture('customers', { name: 'd3', parentId: r2!.id, status: 'A' }, refs),
      ]),
    );
    const seeded = (await harness.store.transaction((tx) => customers(tx).get(refs.customerId)))!;
    const all = [seeded, r1!, r2!, ...depts];
    const check = async (where: Record<string, unknown>, keep: (r: Rec) => boolean) => {
      const expected = ids(expectedOrder(all.filter(keep), 'id'));
      const result = await harness.store.transaction(async (tx) => ({
        page: await customers(tx).find({ where }),
        count: await customers(tx).count(where),
      }));
      expect(ids(result.page.items), JSON.stringify(where)).toEqual(expected);
      expect(result.count, `count ${JSON.stringify(where)}`).toBe(expected.length);
    };
    await check({}, () => true);
    await check({ parentId: null }, (r) => r['parentId'] === null);
    await check({ parentId: [r1!.id, r2!.id] }, (r) => r['parentId'] === r1!.id || r['parentId'] === r2!.id);
    await check({ parentId: [r1!.id, null] }, (r) => r['parentId'] === r1!.id || r['parentId'] === null);
    await check({ parentId: [r1!.id, r1!.id] }, (r) => r['parentId'] === r1!.id);
    await check({ status: ['A', 'A', 'H'] }, (r) => r['status'] === 'A' || r['status'] === 'H');
    await check({ parentId: [] }, () => false);
    await check({ status: 'A', parentId: r1!.id }, (r) => r['status'] === 'A' && r['parentId'] === r1!.id);
    await check({ status: ['A', 'P'], parentId: [r1!.id, r2!.id], branchId: refs.branchId }, (r) => ['A', 'P'].includes(r['status'] as string) && r['parentId'] !== null);
    await check({ duplicateOfId: null, status: 'H' }, (r) => r['status'] === 'H');
  },
});

/** A bad page size, cursor, sort field or direction is a `VALIDATION` error, for `find` and `search`. */
export const queryBadPaging = defineCase({
  id: 'query-bad-paging',
  title: 'a bad limit, cursor, orderBy or direction on find or search fails with VALIDATION',
  async run(harness) {
    await seed(harness.store);
    // Valid base64url of JSON that is no cursor of ours (`{"a":1}`), next to text that is not base64url at all.
    const wrongShape = btoa(JSON.stringify({ a: 1 })).replace(/=+$/, '');
    const badLimits: unknown[] = [0, -1, 1.5, 10_001, Number.NaN, Number.POSITIVE_INFINITY, '10', null];
    const badCursors: unknown[] = ['not a cursor', '!!!', wrongShape, 42, {}];
    await harness.store.transaction(async (tx) => {
      for (const limit of badLimits) {
        const e1 = await expectError(customers(tx).find({ limit }), 'VALIDATION', `find limit ${String(limit)}`);
        expect(e1.details.path).toEqual(['limit']);
        await expectError(customers(tx).search({ limit }), 'VALIDATION', `search limit ${String(limit)}`);
        await expectError(repo(tx, 'worksites').find({ limit }), 'VALIDATION', `worksites limit ${String(limit)}`);
      }
      for (const after of badCursors) {
        const e2 = await expectError(customers(tx).find({ after }), 'VALIDATION', `find after ${String(after)}`);
        expect(e2.details.path).toEqual(['after']);
        await expectError(customers(tx).search({ after }), 'VALIDATION', `search after ${String(after)}`);
      }
      for (const orderBy of ['phone', 'bogus', 'name; drop table customers', 'status']) {
        await expectError(customers(tx).find({ orderBy }), 'VALIDATION', `find orderBy ${orderBy}`);
      }
      await expectError(customers(tx).search({ orderBy: 'status' }), 'VALIDATION', 'search orderBy status');
      await expectError(customers(tx).find({ direction: 'up' }), 'VALIDATION', 'direction up');
      // the limits themselves are fine
      expect((await customers(tx).find({ limit: 1 })).items).toHaveLength(1);
      expect((await customers(tx).find({ limit: 10_000 })).next).toBeNull();
      expect((await customers(tx).search({ limit: 10_000, after: null })).items).toHaveLength(1);
    });
  },
});

/** The search and paging cases, in order. */
export const searchCases = [searchText, searchTextLiteral, searchFilters, searchOrder, searchPaging, findOrderPaging, pagingKeyset, findWhereLists, queryBadPaging] as const;
