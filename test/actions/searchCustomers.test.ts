import { describe, expect, it } from 'vitest';
import { standardRoles } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import type { Store } from '../../src/adapters/port/index.js';

const stores = storesUnderTest('rec_search');

async function book(store?: Store) {
  const agency = await buildAgency(store);
  const lee = agency.as(agency.lee);
  const dana = agency.as(agency.dana);
  const names = ['Bolt Logistics', 'acme tools', 'Acme Manufacturing', 'Capitol Foods', 'Delta Acme'];
  const added: Record<string, string> = {};
  for (const name of names) added[name] = (await lee.customers.add({ name })).customer.id;
  added['Acme Shipping'] = (await lee.customers.add({ name: 'Acme Shipping', parentId: added['Acme Manufacturing'] })).customer.id;
  await lee.customers.changeStatus({ id: added['Capitol Foods']!, to: 'I' });
  await lee.customers.changeStatus({ id: added['Delta Acme']!, to: 'X', reason: 'Entered twice' });
  added['Minneapolis Acme'] = (await dana.customers.add({ name: 'Minneapolis Acme' })).customer.id;
  const manager = agency.as({ id: 'mgr', name: 'Morgan', branchId: agency.ids.midwest, roles: [standardRoles.readOnly] });
  return { agency, lee, manager, added };
}

describe('customers.search', () => {
  it('finds only active records in the actor’s scope by default, ordered by name', async () => {
    const { lee } = await book();
    const page = await lee.customers.search({});
    expect(page.items.map((c) => c.name)).toEqual(['Acme Manufacturing', 'Acme Shipping', 'acme tools', 'Bolt Logistics']);
    expect(page.next).toBeNull();
  });

  it('filters by name text, case-insensitively', async () => {
    const { lee } = await book();
    expect((await lee.customers.search({ text: 'ACME' })).items.map((c) => c.name)).toEqual(['Acme Manufacturing', 'Acme Shipping', 'acme tools']);
  });

  it('narrows to roots and to a level of the hierarchy within the actor’s scope', async () => {
    const { manager, agency } = await book();
    expect((await manager.customers.search({ text: 'acme', rootsOnly: true })).items.map((c) => c.name)).toEqual([
      'Acme Manufacturing',
      'acme tools',
      'Minneapolis Acme',
    ]);
    expect((await manager.customers.search({ branchId: agency.ids.minneapolis })).items.map((c) => c.name)).toEqual(['Minneapolis Acme']);
  });

  it('refuses a level outside the actor’s scope as NOT_FOUND', async () => {
    const { lee, agency } = await book();
    await expectError(lee.customers.search({ branchId: agency.ids.minneapolis }), 'NOT_FOUND');
  });

  it('pages with a cursor through every match once, in a stable order', async () => {
    const { manager } = await book();
    const every = ['P', 'A', 'H', 'I', 'X'];
    const all = (await manager.customers.search({ statuses: every, limit: 100 })).items.map((c) => c.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: readonly { id: string }[]; next: string | null } = await manager.customers.search({ statuses: every, limit: 2, after });
      paged.push(...page.items.map((c) => c.id));
      after = page.next;
    } while (after !== null);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(7);
  });

  it('orders by id when asked', async () => {
    const { lee } = await book();
    const ids = (await lee.customers.search({ orderBy: 'id', includeInactive: true })).items.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe.each(stores)('customers.search on %s', (_name, makeStore) => {
  it('includes inactive records when asked, deleted ones only when their status is named, or exactly the statuses named', async () => {
    const { lee } = await book(await makeStore());
    const withInactive = (await lee.customers.search({ includeInactive: true })).items.map((c) => c.name);
    expect(withInactive).toContain('Capitol Foods');
    expect(withInactive).not.toContain('Delta Acme');
    expect((await lee.customers.search({ text: 'acme', statuses: ['X'] })).items.map((c) => c.name)).toEqual(['Delta Acme']);
    expect((await lee.customers.search({ statuses: ['I'] })).items.map((c) => c.name)).toEqual(['Capitol Foods']);
  });

  it('writes no audit or change-feed event, and still remembers the search for previous/next from a new instance', async () => {
    const { agency, lee, added } = await book(await makeStore());
    const feed = async () => agency.store.transaction(async (tx) => (await tx.audit.since({ limit: 10_000 })).items.length);
    const before = await feed();
    await lee.customers.search({ text: 'acme' });
    await lee.customers.search({ text: 'bolt' });
    await lee.customers.search({ text: 'acme', limit: 1 });
    expect(await feed()).toBe(before);
    const fresh = agency.as(agency.lee);
    expect(await fresh.customers.neighbors({ id: added['Acme Manufacturing']! })).toMatchObject({ inLastSearch: true, position: 0, previous: null });
  });
});
