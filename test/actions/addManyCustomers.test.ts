import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/adapters/port/index.js';
import { messages } from '../../src/index.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildAgency, mainStreet } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';

const count = (store: Store, entity: 'customers' | 'worksites') => store.transaction((tx) => tx[entity].count());

const stores = storesUnderTest('addmany');

describe.each(stores)('customers.addMany on the %s store', (_name, makeStore) => {
  it('adds every row with the defaults and rules of customers.add, each with its worksite', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const { added, rejected } = await lee.customers.addMany({
      rows: [{ name: 'Capitol Foods', address: { ...mainStreet, city: 'St. Paul' } }, { name: 'River Bakery', defaultWorkerCompCode: '2003' }],
    });
    expect(rejected).toEqual([]);
    expect(added.map((a) => [a.row, a.customer.name, a.customer.status, a.customer.defaultWorkerCompCode])).toEqual([
      [0, 'Capitol Foods', 'P', '5403'],
      [1, 'River Bakery', 'P', '2003'],
    ]);
    expect(added[0]!.worksite).not.toBeNull();
    expect(added[0]!.customer.defaultWorksiteId).toBe(added[0]!.worksite!.id);
    expect(added[0]!.defaults.defaultWorkerCompCode.description).toBe('branch St. Paul setup');
    expect(added[1]!.worksite).toBeNull();
    expect((await lee.customers.get({ id: added[0]!.customer.id })).customer).toEqual(added[0]!.customer);
    expect(await count(agency.store, 'customers')).toBe(2);
    expect(await count(agency.store, 'worksites')).toBe(1);
  });

  it('refuses the whole import by default, naming every bad row and field, and saves nothing', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const error = await expectError(
      lee.customers.addMany({
        rows: [{ name: 'Good Co' }, { name: ' ' }, { name: 'Fine Co', phone: '555-01' }, { name: 'X', colour: 'red' } as never, { nmae: 'Typo Co' } as never],
      }),
      'VALIDATION',
    );
    // every problem of every row, a misspelled field beside the field it left missing
    expect(error.details.issues).toEqual([
      { path: ['rows', 1, 'name'], message: messages.tooShort(1) },
      { path: ['rows', 2, 'phone'], message: 'must be a phone number such as "+1 612 555 0100"' },
      { path: ['rows', 2, 'phone'], message: 'must hold at least 7 digits' },
      { path: ['rows', 3, 'colour'], message: messages.unknownField },
      { path: ['rows', 4, 'name'], message: messages.required },
      { path: ['rows', 4, 'nmae'], message: messages.unknownField },
    ]);
    expect(error.message).toBe(`[staffcore] Invalid import: rows.1.name: ${messages.tooShort(1)}`);
    expect(await count(agency.store, 'customers')).toBe(0);
  });

  it('saves the valid rows only when asked, and reports the others with their code', async () => {
    const agency = await buildAgency(await makeStore());
    const { customer: theirs } = await agency.as(agency.dana).customers.add({ name: 'Minneapolis Co' });
    const lee = agency.as(agency.lee);
    const { added, rejected } = await lee.customers.addMany({
      mode: 'validRowsOnly',
      rows: [{ name: 'Good Co' }, { name: '' }, { name: 'Dept', parentId: theirs.id }, { name: 'Also Good' }],
    });
    expect(added.map((a) => [a.row, a.customer.name])).toEqual([
      [0, 'Good Co'],
      [3, 'Also Good'],
    ]);
    expect(rejected).toEqual([
      {
        row: 1,
        code: 'VALIDATION',
        path: ['rows', 1, 'name'],
        message: messages.tooShort(1),
        issues: [{ path: ['rows', 1, 'name'], message: messages.tooShort(1) }],
      },
      {
        row: 2,
        code: 'NOT_FOUND',
        path: ['rows', 2, 'parentId'],
        message: messages.notFound('Customer', theirs.id),
        issues: [{ path: ['rows', 2, 'parentId'], message: messages.notFound('Customer', theirs.id) }],
      },
    ]);
    expect(await count(agency.store, 'customers')).toBe(3);
  });

  it('refuses a row holding text no store can save (a NUL) as that row\'s VALIDATION error, before any lookup', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const rows = [{ name: 'Good Co' }, { name: 'Bad\u0000Co' }, { name: 'Fine Co', address: { ...mainStreet, city: 'St. Paul', line1: '1 A\u0000 St' } }, { name: 'Also Good' }];
    const { added, rejected } = await lee.customers.addMany({ mode: 'validRowsOnly', rows });
    expect(added.map((a) => a.row)).toEqual([0, 3]);
    expect(rejected).toEqual([
      { row: 1, code: 'VALIDATION', path: ['rows', 1, 'name'], message: messages.unstorableText, issues: [{ path: ['rows', 1, 'name'], message: messages.unstorableText }] },
      {
        row: 2,
        code: 'VALIDATION',
        path: ['rows', 2, 'address', 'line1'],
        message: messages.unstorableText,
        issues: [{ path: ['rows', 2, 'address', 'line1'], message: messages.unstorableText }],
      },
    ]);
    const error = await expectError(lee.customers.addMany({ rows }), 'VALIDATION');
    expect(error.details.issues).toEqual([
      { path: ['rows', 1, 'name'], message: messages.unstorableText },
      { path: ['rows', 2, 'address', 'line1'], message: messages.unstorableText },
    ]);
    expect(await count(agency.store, 'customers')).toBe(2);
  });

  it('reports likely duplicates in the store and within the import', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const { customer: existing } = await lee.customers.add({ name: 'Capitol Foods LLC', phone: '651 555 0100' });
    const { added } = await lee.customers.addMany({
      rows: [{ name: 'CAPITOL FOODS' }, { name: 'Other Name', phone: '+1 (651) 555-0100' }, { name: 'Bakery One' }, { name: 'bakery one, inc.' }],
    });
    expect(added.map((a) => a.likelyDuplicates.map((d) => [d.customerId, d.reasons]))).toEqual([
      [[existing.id, ['name']]],
      [[existing.id, ['phone']]],
      [],
      [],
    ]);
    expect(added.map((a) => a.duplicateOfRows)).toEqual([[], [], [], [2]]);
  });

  it('records one audit event per record written, attributed to customers.addMany', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const { added } = await lee.customers.addMany({ rows: [{ name: 'A Co', address: { ...mainStreet, city: 'St. Paul' } }, { name: 'B Co' }] });
    const trail = await lee.audit.list({ entity: 'customers', id: added[0]!.customer.id });
    expect(trail.items.map((e) => [e.action, e.operation])).toEqual([['customers.addMany', 'insert']]);
    expect(trail.items[0]!.changes['defaultWorksiteId']).toEqual({ before: null, after: added[0]!.worksite!.id });
  });
});
