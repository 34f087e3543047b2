import { expect } from 'vitest';
import type { Customer } from '../../model/index.js';
import { duplicateKeys } from '../../rules/duplicateKeys.js';
import { trigramSimilarity } from '../../rules/trigramSimilarity.js';
import { compareCodePoints } from '../../adapters/port/sortKey.js';
import { fixture } from '../fixtures.js';
import { buildTree, customers, defineCase, expectError, expectStored, ids, missingId, seed, snapshot, type Rec } from '../_internal/helpers.js';

const address = (line1: string, postalCode: string) => ({ line1, city: 'Springfield', region: 'IL', postalCode, country: 'US', standardized: false });

/** Derived duplicate keys: indexed on every write, found by `find({ where })`, kept in step with updates. */
export const duplicateKeysIndexed = defineCase({
  id: 'duplicate-keys-indexed',
  title: "customers are found by their derived duplicate keys (nameKey, phoneKey, addressKey), which follow every update",
  async run(harness) {
    const refs = await seed(harness.store);
    const [muller, cafe, phone, place] = await harness.store.transaction((tx) =>
      tx.customers.insertMany([
        fixture('customers', { name: 'Müller GmbH' }, refs, 1),
        fixture('customers', { name: 'Café Rio, Inc.' }, refs, 2),
        fixture('customers', { name: 'Northwind', phone: '(612) 555-0100' }, refs, 3),
        fixture('customers', { name: 'Contoso', contactAddress: address('12 Elm Street', '62701') }, refs, 4),
      ]),
    );
    const where = (w: Record<string, string>) => harness.store.transaction(async (tx) => ids((await customers(tx).find({ where: w })).items));
    expect(await where({ nameKey: 'muller' })).toEqual([muller!.id]);
    expect(await where({ nameKey: duplicateKeys({ name: 'CAFE RIO' }).nameKey! })).toEqual([cafe!.id]);
    expect(await where({ phoneKey: '6125550100' })).toEqual([phone!.id]);
    expect(await where({ addressKey: duplicateKeys({ name: 'x', contactAddress: address('12 ELM street', '62 701') }).addressKey! })).toEqual([place!.id]);
    // the keys are not stored in the record itself
    expect(Object.keys(muller!)).not.toContain('nameKey');

    const renamed = await harness.store.transaction((tx) => tx.customers.update({ ...muller!, name: 'Mueller & Sons' }));
    expect(await where({ nameKey: 'muller' })).toEqual([]);
    expect(await where({ nameKey: 'mueller and sons' })).toEqual([renamed.id]);
    // inside a transaction, its own writes are found by key too
    const own = await harness.store.transaction(async (tx) => {
      const added = await tx.customers.insert(fixture('customers', { name: 'Ōsaka Foods' }, refs, 5));
      return { added, found: ids((await customers(tx).find({ where: { nameKey: 'osaka foods' } })).items) };
    });
    expect(own.found).toEqual([own.added.id]);
  },
});

/** `similarNames`: near-miss names by trigram similarity, most similar first, within branches, above a threshold. */
export const similarNames = defineCase({
  id: 'similar-names',
  title: 'similarNames finds names a typo apart, most similar first, with the similarity of pg_trgm (trigramSimilarity), only in the branches asked and above the threshold',
  async run(harness) {
    const refs = await seed(harness.store);
    const other = await harness.store.transaction((tx) => tx.branches.insert(fixture('branches', { name: 'Other' })));
    const names = ['Stark Staffing', 'Stark Staffing Group', 'Stork Stuffing', 'Acme Tools', 'Stark Stafing'];
    const saved = await harness.store.transaction((tx) =>
      tx.customers.insertMany(names.map((name, i) => fixture('customers', { name }, refs, i))),
    );
    const elsewhere = await harness.store.transaction((tx) =>
      tx.customers.insert(fixture('customers', { name: 'Stark Staffing' }, { ...refs, branchId: other.id }, 9)),
    );
    const probe = 'stark staffing';
    const found = await harness.store.transaction((tx) => tx.customers.similarNames({ nameKey: probe, branchIds: [refs.branchId] }));
    const expected = saved
      .map((c) => ({ id: c.id, similarity: trigramSimilarity(probe, duplicateKeys(c).nameKey!) }))
      .filter((c) => c.similarity >= 0.5)
      .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
    expect(found.map((f) => f.customer.id)).toEqual(expected.map((e) => e.id));
    found.forEach((f, i) => expect(f.similarity).toBeCloseTo(expected[i]!.similarity, 5));
    expect(found[0]!.similarity).toBe(1);
    expect(found.map((f) => f.customer.name)).not.toContain('Acme Tools');

    const everywhere = await harness.store.transaction((tx) => tx.customers.similarNames({ nameKey: probe, threshold: 0.99 }));
    expect(ids(everywhere.map((f) => f.customer)).sort()).toEqual([saved[0]!.id, elsewhere.id].sort());
    const one = await harness.store.transaction((tx) => tx.customers.similarNames({ nameKey: probe, limit: 1 }));
    expect(one).toHaveLength(1);
    await expectError(harness.store.transaction((tx) => tx.customers.similarNames({ nameKey: probe, threshold: 2 })), 'VALIDATION');
    await expectError(harness.store.transaction((tx) => tx.customers.similarNames({ nameKey: 'x'.repeat(501) })), 'VALIDATION');
  },
});

const cities = ['Duluth', 'Edina', 'Fargo', 'Mankato', 'Minneapolis', 'Plymouth', 'Rochester', 'St. Cloud', 'St. Paul', 'Woodbury'];
const surnames = ['Anderson', 'Berg', 'Carlson', 'Dahl', 'Hanson', 'Johnson', 'Larson', 'Lund', 'Nelson', 'Olson'];
const trades = ['Staffing', 'Services', 'Manufacturing', 'Logistics', 'Staffing Services', 'Health Services', 'Tool & Die', 'Foods'];

/** The `i`th name of a book whose names share words, as real ones do: a city, a surname, a trade. */
const sharedWordsName = (i: number) => `${cities[i % 10]} ${surnames[Math.floor(i / 10) % 10]} ${trades[Math.floor(i / 100) % 8]}`;

/**
 * What `similarNames` answers at the least (the port's contract): the names nearest `probe` in the
 * order of folded names and of folded names read backwards, 50 on either side in `branches` out of
 * the 400 nearest, compared and ranked.
 */
function windowsAnswer(book: readonly Customer[], probe: string, branches: ReadonlySet<string>, threshold: number, limit: number) {
  const keyed = book.flatMap((c) => {
    const key = duplicateKeys(c).nameKey;
    return key === null ? [] : [{ c, key, backwards: [...key].reverse().join('') }];
  });
  const candidates = new Set<Customer>();
  for (const [side, value] of [['key', probe], ['backwards', [...probe].reverse().join('')]] as const) {
    const order = [...keyed].sort((a, b) => compareCodePoints(a[side], b[side]) || compareCodePoints(a.c.id, b.c.id));
    const at = order.findIndex((entry) => compareCodePoints(entry[side], value) >= 0);
    const start = at === -1 ? order.length : at;
    for (const nearest of [order.slice(start, start + 400), order.slice(Math.max(0, start - 400), start).reverse()]) {
      for (const entry of nearest.filter((e) => branches.has(e.c.branchId)).slice(0, 50)) candidates.add(entry.c);
    }
  }
  return [...candidates]
    .map((c) => ({ id: c.id, similarity: trigramSimilarity(probe, duplicateKeys(c).nameKey!) }))
    .filter((c) => c.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || compareCodePoints(a.id, b.id))
    .slice(0, limit);
}

/** `similarNames` in a book whose names share words: bounded work, yet the names a typo apart are found. */
export const similarNamesBounded = defineCase({
  id: 'similar-names-bounded',
  title:
    'in a book whose names share words, similarNames returns at most `limit` names, best first, at their similarity, in the branches asked; ' +
    'finds the name a typo apart and the exact repeat; and does at least as well as comparing the 50 names on either side in the two name orders',
  timeout: 300_000,
  sizes: { quick: 1500, large: 20_000 },
  async run(harness, size = 1500) {
    const refs = await seed(harness.store);
    const other = await harness.store.transaction((tx) => tx.branches.insert(fixture('branches', { name: 'Other' })));
    const book: Customer[] = [];
    for (let from = 0; from < size; from += 1000) {
      const drafts = Array.from({ length: Math.min(1000, size - from) }, (_, k) => {
        const i = from + k;
        return fixture('customers', { name: sharedWordsName(i) }, i % 5 === 0 ? { ...refs, branchId: other.id } : refs, i);
      });
      book.push(...(await harness.store.transaction((tx) => tx.customers.insertMany(drafts))));
    }
    book.push(...(await harness.store.transaction((tx) => tx.customers.getMany([refs.customerId]))).flatMap((c) => (c ? [c] : [])));
    const main = new Set([refs.branchId]);
    const everywhere = new Set([refs.branchId, other.id]);
    const ask = async (nameKey: string, options: { branchIds?: string[]; threshold?: number; limit?: number } = {}) => {
      const found = await harness.store.transaction((tx) => tx.customers.similarNames({ nameKey, ...options }));
      const threshold = options.threshold ?? 0.5;
      const limit = options.limit ?? 20;
      expect(found.length).toBeLessThanOrEqual(limit);
      found.forEach((f, i) => {
        expect(f.similarity).toBeCloseTo(trigramSimilarity(nameKey, duplicateKeys(f.customer).nameKey!), 9);
        expect(f.similarity).toBeGreaterThanOrEqual(threshold);
        if (options.branchIds) expect(options.branchIds).toContain(f.customer.branchId);
        const next = found[i + 1];
        if (next) expect(f.similarity > next.similarity || (f.similarity === next.similarity && compareCodePoints(f.customer.id, next.customer.id) < 0)).toBe(true);
      });
      // at least as good, rank by rank, as the names in the windows
      const floor = windowsAnswer(book, nameKey, options.branchIds ? new Set(options.branchIds) : everywhere, threshold, limit);
      expect(found.length).toBeGreaterThanOrEqual(floor.length);
      floor.forEach((f, i) => expect(found[i]!.similarity).toBeGreaterThanOrEqual(f.similarity - 1e-9));
      return found;
    };

    // a typo of a name in the main branch (its surname's third letter dropped): that name comes first
    const original = book[777]!;
    const surname = surnames[7]!;
    const typo = duplicateKeys({ name: original.name.replace(surname, surname.slice(0, 2) + surname.slice(3)) }).nameKey!;
    expect(typo).toBe('st cloud lud foods');
    const near = await ask(typo, { branchIds: [refs.branchId] });
    // In a large book the name repeats: the first found is the original or one of its twins (ties go by id).
    expect(duplicateKeys(near[0]!.customer).nameKey).toBe(duplicateKeys(original).nameKey);
    expect(near.some((f) => f.customer.id === original.id) || near.filter((f) => f.similarity === near[0]!.similarity).length === 20).toBe(true);
    // an exact repeat: similarity 1, only in the branches asked
    const repeated = book[1234 % size]!;
    const key = duplicateKeys(repeated).nameKey!;
    const inMain = await ask(key, { branchIds: [refs.branchId] });
    const twins = book.filter((c) => duplicateKeys(c).nameKey === key);
    expect(inMain.filter((f) => f.similarity === 1).map((f) => f.customer.id)).toEqual(
      ids(twins.filter((c) => main.has(c.branchId))).sort(compareCodePoints).slice(0, 20),
    );
    const anywhere = await ask(key);
    expect(anywhere.filter((f) => f.similarity === 1).map((f) => f.customer.id)).toEqual(ids(twins).sort(compareCodePoints).slice(0, 20));
    // a name many in the book resemble: exactly `limit` of them, at most
    const common = duplicateKeys({ name: 'Minneapolis Hanson Staffing Services Group' }).nameKey!;
    expect(await ask(common, { threshold: 0.3 })).toHaveLength(20);
    expect(await ask(common, { threshold: 0.3, limit: 5, branchIds: [refs.branchId] })).toHaveLength(5);
    await ask(duplicateKeys({ name: 'Zenith Aerospace' }).nameKey!);
  },
});

/** `updateMany`: saves every record with its version bumped, or none. */
export const updateManyAllOrNothing = defineCase({
  id: 'update-many',
  title: 'updateMany saves every record one version up, and refuses a stale, missing, repeated or bad record leaving all unchanged',
  async run(harness) {
    const refs = await seed(harness.store);
    const drafts = Array.from({ length: 30 }, (_, i) => fixture('customers', { name: `Many ${i}` }, refs, i));
    const saved = await harness.store.transaction((tx) => tx.customers.insertMany(drafts));
    const changed = await harness.store.transaction((tx) => tx.customers.updateMany(saved.map((c) => ({ ...c, status: 'A' }))));
    expect(ids(changed)).toEqual(ids(saved));
    expect(changed.every((c) => c.version === 2 && c.status === 'A')).toBe(true);
    for (const record of [changed[0]!, changed[29]!]) await expectStored(harness, 'customers', record as unknown as Rec);
    expect(await harness.store.transaction((tx) => tx.customers.count({ status: 'A' }))).toBe(30);

    const before = await snapshot(harness, Object.fromEntries(changed.map((c) => [c.id, c as unknown as Rec])));
    const again = (records: unknown) => harness.store.transaction((tx) => (tx.customers.updateMany as (r: unknown) => Promise<unknown>)(records));
    const renamed = changed.map((c) => ({ ...c, name: `${c.name}!` }));
    await expectError(again([...renamed.slice(0, 29), { ...renamed[29]!, version: 1 }]), 'CONFLICT', 'a stale record last');
    await expectError(again([...renamed.slice(0, 5), { ...renamed[5]!, id: missingId() }]), 'NOT_FOUND', 'a missing record');
    const repeated = await expectError(again([renamed[0], renamed[1], renamed[0]]), 'VALIDATION', 'a record named twice');
    expect(repeated.details.path?.[0]).toBe(2);
    const bad = await expectError(again([renamed[0], { ...renamed[1], status: 7 }]), 'VALIDATION', 'a bad record');
    expect(bad.details.path?.slice(0, 2)).toEqual([1, 'status']);
    await expectError(again('not a list'), 'VALIDATION', 'not a list');
    expect(await snapshot(harness, Object.fromEntries(changed.map((c) => [c.id, c as unknown as Rec])))).toEqual(before);
    expect(await harness.store.transaction((tx) => tx.customers.updateMany([]))).toEqual([]);
  },
});

/** `updateMany` of customers checks moves as `update` does, all before anything is written. */
export const updateManyMoves = defineCase({
  id: 'update-many-moves',
  title: 'updateMany moves customers as update does, and refuses a batch whose moves would make a cycle, writing none of it',
  async run(harness) {
    const refs = await seed(harness.store);
    const tree = await buildTree(harness.store, refs, { a: null, b: 'a', c: 'b', d: null });
    const [b, d] = await harness.store.transaction((tx) =>
      tx.customers.updateMany([
        { ...(tree['b'] as unknown as Customer), parentId: tree['d']!.id as Customer['id'] },
        { ...(tree['d'] as unknown as Customer), notes: 'gained b' },
      ]),
    );
    expect([b!.parentId, d!.notes]).toEqual([tree['d']!.id, 'gained b']);
    const subtree = await harness.store.transaction((tx) => tx.customers.subtree(tree['d']!.id));
    expect(ids(subtree)).toEqual([tree['d']!.id, tree['b']!.id, tree['c']!.id]);

    // a moves under c (now below d → b) while d moves under a: a cycle only once both apply
    const current = await harness.store.transaction(async (tx) => tx.customers.getMany([tree['a']!.id, d!.id]));
    const before = await snapshot(harness, tree);
    await expectError(
      harness.store.transaction((tx) =>
        tx.customers.updateMany([
          { ...current[1]!, parentId: tree['a']!.id as Customer['id'] },
          { ...current[0]!, parentId: tree['c']!.id as Customer['id'] },
        ]),
      ),
      'TREE_CYCLE',
    );
    expect(await snapshot(harness, tree)).toEqual(before);
  },
});

/** The hierarchy's version token: the same while no level changes, new after any write, never reused after a rollback. */
export const hierarchyVersionTracks = defineCase({
  id: 'hierarchy-version',
  title: 'hierarchyVersion stays while no level is written, changes with every committed write, and no token seen inside a rolled-back transaction comes back',
  async run(harness) {
    const version = () => harness.store.transaction((tx) => tx.branches.hierarchyVersion());
    const first = await version();
    expect(await version()).toBe(first);
    const branch = await harness.store.transaction((tx) => tx.branches.insert(fixture('branches', { name: 'North' })));
    const second = await version();
    expect(second).not.toBe(first);
    // writes to other entities leave it alone
    await harness.store.transaction((tx) => tx.customers.insert(fixture('customers', {}, { branchId: branch.id, repId: 'rep-1', customerId: 'c', orderId: 'o' })));
    expect(await version()).toBe(second);

    let inside = '';
    await harness.store
      .transaction(async (tx) => {
        await tx.branches.update({ ...branch, name: 'North (renamed)' });
        inside = await tx.branches.hierarchyVersion();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(inside).not.toBe(second);
    expect(await version()).toBe(second);
    await harness.store.transaction((tx) => tx.branches.update({ ...branch, name: 'North (for real)' }));
    const third = await version();
    expect([first, second, inside]).not.toContain(third);
  },
});

/** The cases on the keys, bulk writes and versions that keep actions flat at scale. */
export const scaleCases = [duplicateKeysIndexed, similarNames, similarNamesBounded, updateManyAllOrNothing, updateManyMoves, hierarchyVersionTracks] as const;
