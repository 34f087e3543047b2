import { describe, expect, it } from 'vitest';
import { bootstrapHierarchy, allActions, createStaffcore, fixedClock, isStaffcoreError, standardRoles, toCsv, type Customer } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

const clock = fixedClock('2026-11-22T09:00:00Z');

/** Names that sort differently from the order they are added in, some with non-ASCII letters (the cursors hold them as UTF-8). */
const names = Array.from({ length: 50 }, (_, i) => {
  const n = (i * 37) % 50; // a permutation of 0..49
  const prefix = ['Ärzte', 'Café', 'Delta', 'Ωmega', '東京'][n % 5];
  return `${prefix} ${String(n).padStart(2, '0')}`;
});

async function agency() {
  const store = memoryStore();
  const company = await bootstrapHierarchy(store, {
    name: 'Northstar Staffing',
    kind: 'company',
    setup: { defaultWorkerCompCode: '8810', defaultTerms: { label: 'Net 30', netDays: 30 } },
  });
  const sc = createStaffcore({
    actions: allActions,
    store,
    clock,
    actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
  });
  return { store, sc };
}

async function agencyWith50() {
  const { store, sc } = await agency();
  const added: Customer[] = [];
  for (const name of names) added.push((await sc.customers.add({ name })).customer);
  return { store, sc, added };
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('customers.add on the memory store', () => {
  it('saves a prospect with the branch defaults and its first worksite', async () => {
    const { store, sc } = await agency();
    const { customer, worksite, defaults } = await sc.customers.add({
      name: 'Acme Manufacturing',
      address: { line1: '400 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401' },
    });
    expect(customer).toMatchObject({ name: 'Acme Manufacturing', status: 'P', defaultWorkerCompCode: '8810', createdAt: '2026-11-22T09:00:00.000Z' });
    expect(customer.terms).toEqual({ label: 'Net 30', netDays: 30 });
    expect(defaults.defaultWorkerCompCode.description).toBe('branch Northstar Staffing setup');
    expect(customer.defaultWorksiteId).toBe(worksite?.id);
    expect(store.size('customers')).toBe(1);
    expect(store.size('worksites')).toBe(1);
    expect(Object.isFrozen(store.peek('customers', customer.id))).toBe(true);
    expect((await sc.customers.get({ id: customer.id })).customer).toEqual(customer);
  });

  it('refuses an unknown field with VALIDATION and writes nothing', async () => {
    const { store, sc } = await agency();
    const error = await sc.customers.add({ name: 'Acme', status: 'A' } as never).catch((e: unknown) => e);
    expect(isStaffcoreError(error, 'VALIDATION')).toBe(true);
    expect(isStaffcoreError(error) && error.details.path).toEqual(['status']);
    expect(store.size('customers')).toBe(0);
  });
});

describe('customers.search paging', () => {
  it('pages through 50 customers 10 at a time: all 50, distinct, in name order', async () => {
    const { sc, added } = await agencyWith50();
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const page: { items: readonly Customer[]; next: string | null } = await sc.customers.search({ limit: 10, after });
      pages.push(page.items.map((c) => c.name));
      after = page.next;
    } while (after !== null);

    expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10]);
    const paged = pages.flat();
    expect(new Set(paged).size).toBe(50);
    expect(paged).toEqual([...added].sort(byName).map((c) => c.name));
    // code point order of the lower-cased names, not a locale's: 'ärzte' comes after 'delta'
    const numbered = (prefix: string, first: number) => Array.from({ length: 10 }, (_, i) => `${prefix} ${String(first + 5 * i).padStart(2, '0')}`);
    expect(pages).toEqual([numbered('Café', 1), numbered('Delta', 2), numbered('Ärzte', 0), numbered('Ωmega', 3), numbered('東京', 4)]);
  });

  it('reads the same page again from the same cursor, and refuses a forged one', async () => {
    const { sc } = await agencyWith50();
    const first = await sc.customers.search({ limit: 10 });
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await sc.customers.search({ limit: 10, after: first.next });
    const again = await sc.customers.search({ limit: 10, after: first.next });
    expect(again).toEqual(second);
    expect(second.items.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Delta ${String(2 + 5 * i).padStart(2, '0')}`));

    const forged = await sc.customers.search({ limit: 10, after: `${first.next}x` }).catch((e: unknown) => e);
    expect(isStaffcoreError(forged, 'VALIDATION')).toBe(true);
  });
});

describe('the memory store’s find', () => {
  it('pages through every record by name with cursors, and by id as strings', async () => {
    const { store, added } = await agencyWith50();
    const byFind = await store.transaction(async (tx) => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: { items: readonly Customer[]; next: string | null } = await tx.customers.find({ orderBy: 'name', limit: 10, after });
        expect(page.items.length).toBeLessThanOrEqual(10);
        seen.push(...page.items.map((c) => c.id));
        after = page.next;
      } while (after !== null);
      return seen;
    });
    expect(byFind).toEqual([...added].sort(byName).map((c) => c.id));

    const ids = await store.transaction(async (tx) => (await tx.customers.find({ limit: 100 })).items.map((c) => c.id));
    expect(ids).toEqual(added.map((c) => c.id).sort());
  });

  it('filters on indexed fields', async () => {
    const { store, sc, added } = await agencyWith50();
    await sc.customers.changeStatus({ id: added[3]!.id, to: 'H', reason: 'Credit check' });
    const held = await store.transaction(async (tx) => (await tx.customers.find({ where: { status: 'H' } })).items);
    expect(held.map((c) => [c.id, c.status])).toEqual([[added[3]!.id, 'H']]);
    expect(await store.transaction((tx) => tx.customers.count({ status: 'P' }))).toBe(49);
  });
});

describe('reports in the browser', () => {
  it('writes a report as CSV through csv-stringify’s browser build, with a formula neutralized', async () => {
    const { sc } = await agency();
    const { customer } = await sc.customers.add({ name: 'Acme, Inc.' });
    await sc.departments.add({ name: '=Dock', parentId: customer.id });
    const { report, rows } = await sc.reports.run({ name: 'customer.snapshot', params: { customerId: customer.id, scope: 'subtree' } });
    const lines = (await toCsv(report.columns, rows)).split('\r\n');
    expect(lines[0]).toMatch(/^Customer ID,Name,/);
    expect(lines[1]).toMatch(new RegExp(`^${customer.id},"Acme, Inc.",`));
    expect(lines[2]).toContain(",'=Dock,");
  });
});
