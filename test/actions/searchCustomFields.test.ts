import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { allActions, bootstrapHierarchy, CalendarDate, createStaffcore, defineCustomFields, fixedClock, messages, standardRoles } from '../../src/index.js';
import type { Store } from '../../src/adapters/port/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest, type StoreUnderTest } from '../helpers/stores.js';
import { indexedCustomValues, memoryStore } from '../../src/adapters/memory/index.js';

// The memory store searches custom values by a scan unless given indexedCustomValues: both are run.
const stores: StoreUnderTest[] = [...storesUnderTest('cf_search'), ['memory with indexedCustomValues', async () => memoryStore({ customValues: indexedCustomValues })]];
const clock = fixedClock('2026-11-22T09:00:00Z');

const customFields = {
  customers: {
    vmsId: z.string().max(40).optional(),
    unionShop: z.boolean().default(false),
    orientationDate: CalendarDate.optional(),
    headcount: z.number().int().optional(),
    tier: z.string().nullable().optional(),
  },
};

/** An agency with a company, two branches under it, and an instance declaring customer fields. */
async function agency(store: Store) {
  const company = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' });
  const actor = { id: 'ada', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] };
  const sc = createStaffcore({ actions: allActions, store, clock, actor, customFields: defineCustomFields(customFields) });
  const { branch: east } = await sc.hierarchy.addLevel({ name: 'East', parentId: company.id });
  const { branch: west } = await sc.hierarchy.addLevel({ name: 'West', parentId: company.id });
  return { sc, company, east, west };
}

type Sc = Awaited<ReturnType<typeof agency>>['sc'];

/** Every page of a search, following the cursors. */
async function allPages(sc: Sc, input: Parameters<Sc['customers']['search']>[0] & object): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page: { items: readonly { id: string }[]; next: string | null } = await sc.customers.search({ ...input, after });
    ids.push(...page.items.map((c) => c.id));
    after = page.next;
    pages++;
  } while (after !== null);
  return { ids, pages };
}

describe.each(stores)('customers.search({ custom }) on %s', (_name, makeStore) => {
  async function book() {
    const a = await agency(await makeStore());
    const rows = [
      { name: 'Acme Tools', branchId: a.east.id, custom: { vmsId: 'V-1', unionShop: true, orientationDate: '2026-01-15', headcount: 12, tier: 'gold' } },
      { name: 'Acme Foods', branchId: a.west.id, custom: { vmsId: 'V-2', unionShop: false, orientationDate: '2026-03-01', headcount: 5, tier: null } },
      { name: 'Bolt Logistics', branchId: a.east.id, custom: { vmsId: 'V-3', unionShop: true, orientationDate: '2026-06-30', headcount: -5 } },
      { name: 'Capitol Staffing', branchId: a.west.id, custom: { vmsId: '1', unionShop: true, orientationDate: '2025-12-31', headcount: 1 } },
      { name: 'Delta Acme', branchId: a.east.id, custom: { unionShop: true, headcount: 1000 } },
      { name: 'Echo Acme', branchId: a.east.id, custom: { unionShop: true, orientationDate: '2026-07-01' } },
    ];
    const { added } = await a.sc.customers.addMany({ rows });
    const id = Object.fromEntries(added.map(({ customer }) => [customer.name, customer.id]));
    return { ...a, id };
  }

  const names = (page: { items: readonly { name: string }[] }) => page.items.map((c) => c.name);

  it('finds records by equality on a string, a boolean, a number and null; the string "1" is not the number 1', async () => {
    const { sc } = await book();
    expect(names(await sc.customers.search({ custom: { vmsId: 'V-2' } }))).toEqual(['Acme Foods']);
    expect(names(await sc.customers.search({ custom: { vmsId: '1' } }))).toEqual(['Capitol Staffing']);
    expect(names(await sc.customers.search({ custom: { headcount: 1 } }))).toEqual(['Capitol Staffing']);
    expect(names(await sc.customers.search({ custom: { unionShop: false } }))).toEqual(['Acme Foods']);
    expect(names(await sc.customers.search({ custom: { unionShop: true, headcount: 12 } }))).toEqual(['Acme Tools']);
    expect(names(await sc.customers.search({ custom: { tier: null } }))).toEqual(['Acme Foods']);
    expect(names(await sc.customers.search({ custom: { vmsId: 'V-404' } }))).toEqual([]);
  });

  it('finds records by a range of dates and a range of numbers, both ends included', async () => {
    const { sc } = await book();
    expect(names(await sc.customers.search({ custom: { orientationDate: { from: '2026-01-15', to: '2026-06-30' } } }))).toEqual(['Acme Foods', 'Acme Tools', 'Bolt Logistics']);
    expect(names(await sc.customers.search({ custom: { orientationDate: { from: '2026-06-30' } } }))).toEqual(['Bolt Logistics', 'Echo Acme']);
    expect(names(await sc.customers.search({ custom: { orientationDate: { to: '2025-12-31' } } }))).toEqual(['Capitol Staffing']);
    expect(names(await sc.customers.search({ custom: { headcount: { from: -5, to: 5 } } }))).toEqual(['Acme Foods', 'Bolt Logistics', 'Capitol Staffing']);
    // numerically, not as text: 1000 > 12
    expect(names(await sc.customers.search({ custom: { headcount: { from: 12 } } }))).toEqual(['Acme Tools', 'Delta Acme']);
    expect(names(await sc.customers.search({ custom: { headcount: { from: 13, to: 999 } } }))).toEqual([]);
  });

  it('combines custom conditions with text, status and branch filters', async () => {
    const { sc, east, id } = await book();
    expect(names(await sc.customers.search({ text: 'acme', custom: { unionShop: true } }))).toEqual(['Acme Tools', 'Delta Acme', 'Echo Acme']);
    expect(names(await sc.customers.search({ branchId: east.id, custom: { headcount: { from: 0 } } }))).toEqual(['Acme Tools', 'Delta Acme']);
    await sc.customers.changeStatus({ id: id['Delta Acme']!, to: 'I' });
    expect(names(await sc.customers.search({ text: 'acme', custom: { unionShop: true } }))).toEqual(['Acme Tools', 'Echo Acme']);
    expect(names(await sc.customers.search({ statuses: ['I'], custom: { unionShop: true } }))).toEqual(['Delta Acme']);
  });

  it('pages a custom search with cursors, every match once, in name order', async () => {
    const { sc } = await book();
    const every = (await sc.customers.search({ custom: { unionShop: true }, limit: 100 })).items.map((c) => c.id);
    expect(every).toHaveLength(5);
    for (const limit of [1, 2, 4]) {
      const { ids, pages } = await allPages(sc, { custom: { unionShop: true }, limit });
      expect(ids).toEqual(every);
      expect(pages).toBe(Math.ceil(5 / limit));
    }
  });

  it('sees a change of a custom value at once', async () => {
    const { sc, id } = await book();
    const record = (await sc.customers.get({ id: id['Acme Foods']! })).customer;
    await sc.customers.update({ id: record.id, version: record.version, changes: { custom: { vmsId: 'V-9' } } });
    expect(names(await sc.customers.search({ custom: { vmsId: 'V-2' } }))).toEqual([]);
    expect(names(await sc.customers.search({ custom: { vmsId: 'V-9' } }))).toEqual(['Acme Foods']);
  });

  it('refuses a field not declared, naming ["custom", field], and a value of the wrong kind', async () => {
    const { sc } = await book();
    const undeclared = await expectError(sc.customers.search({ custom: { nope: 'x' } as never }), 'VALIDATION');
    expect(JSON.stringify(undeclared.details)).toContain(JSON.stringify(['custom', 'nope']));
    expect(JSON.stringify(undeclared.details)).toContain(messages.undeclaredCustomField);
    const wrongKind = await expectError(sc.customers.search({ custom: { headcount: '12' } as never }), 'VALIDATION');
    expect(JSON.stringify(wrongKind.details)).toContain(JSON.stringify(['custom', 'headcount']));
    await expectError(sc.customers.search({ custom: { unionShop: { from: 1 } } as never }), 'VALIDATION');
    await expectError(sc.customers.search({ custom: { orientationDate: { from: 20260101 } } as never }), 'VALIDATION');
  });

  it('remembers the custom filter as part of the last search', async () => {
    const { sc, id } = await book();
    const first = await sc.customers.search({ custom: { unionShop: true }, limit: 2 });
    await sc.customers.search({ custom: { unionShop: true }, limit: 2, after: first.next });
    expect((await sc.customers.neighbors({ id: id['Bolt Logistics']! })).total).toBe(4);
    // another filter is another search: the remembered list starts again
    const other = await sc.customers.search({ custom: { unionShop: false }, limit: 2 });
    await sc.customers.search({ custom: { unionShop: true }, limit: 2, after: first.next });
    expect(names(other)).toEqual(['Acme Foods']);
    expect((await sc.customers.neighbors({ id: id['Acme Tools']! })).inLastSearch).toBe(false);
  });
});

describe('customers.search({ custom }) equality, as a property', () => {
  it.each(stores.slice(0, 2))('returns exactly the records whose stored value equals the one asked (%s)', async (_name, makeStore) => {
    const { sc } = await agency(await makeStore());
    const values = fc.oneof(fc.constantFrom('a', 'b', 'B', 'ä', '1', ''), fc.integer({ min: -2, max: 2 }));
    const rows = fc.sample(fc.record({ vmsId: fc.option(fc.constantFrom('a', 'b', 'B', 'ä', '1', ''), { nil: undefined }), headcount: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }) }), { numRuns: 60, seed: 7 });
    const added = (
      await sc.customers.addMany({
        rows: rows.map((custom, n) => ({ name: `Customer ${n}`, custom: Object.fromEntries(Object.entries(custom).filter(([, v]) => v !== undefined)) })),
      })
    ).added.map(({ customer }) => customer as { id: string; custom: Readonly<Record<string, unknown>> });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('vmsId', 'headcount'), values, async (field, value) => {
        if (typeof value !== (field === 'vmsId' ? 'string' : 'number')) return;
        const page = await sc.customers.search({ custom: { [field]: value }, limit: 1000 });
        const expected = added.filter((c) => Object.hasOwn(c.custom, field) && c.custom[field] === value).map((c) => c.id);
        expect(page.items.map((c) => c.id).sort()).toEqual(expected.sort());
      }),
      { numRuns: 40 },
    );
  });
});
