import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { Store } from '../../src/adapters/port/index.js';
import {
  allActions,
  compileCustomFields,
  createReportRegistry,
  createStaffcore,
  customerSnapshot,
  customFieldCells,
  customFieldColumns,
  defineCustomFields,
  defineReport,
  type CustomFieldDeclarations,
  type ReportCell,
  type RowOf,
} from '../../src/index.js';
import * as messages from '../../src/errors/messages.js';
import { buildAgency, clock } from '../helpers/agency.js';
import { storesUnderTest } from '../helpers/stores.js';

const stores = storesUnderTest('rep_custom');

/** The fields the records were entered with: `legacyCode` is taken out of the declaration later. */
const entered = {
  customers: { vmsId: z.string().max(40), unionShop: z.boolean(), headcount: z.number().int().optional(), legacyCode: z.string().optional() },
} satisfies CustomFieldDeclarations;

/** The fields declared now: `legacyCode` retired, `siteCode` new (with a title for its header). */
const declared = {
  customers: { vmsId: z.string().max(40), unionShop: z.boolean(), headcount: z.number().int().optional(), siteCode: z.string().meta({ title: 'Site code' }).optional() },
} satisfies CustomFieldDeclarations;

const builtInColumns = customerSnapshot.columns.map((column) => column.key);
const noBuiltIns = { customers: [], contacts: [], orders: [], assignments: [] };

/** A root entered with every value (a formula in its text), and a department without the optional `headcount`. */
async function enteredTree(store: Store) {
  const agency = await buildAgency(store);
  const before = createStaffcore({ actions: allActions, store, clock, actor: agency.dana, customFields: defineCustomFields(entered) });
  const { customer: root } = await before.customers.add({ name: 'Acme', custom: { vmsId: '=1+1', unionShop: true, headcount: 12, legacyCode: 'L-1' } });
  const { customer: department } = await before.departments.add({ name: 'Warehouse', parentId: root.id, custom: { vmsId: 'W-2', unionShop: false } });
  const as = <F extends CustomFieldDeclarations>(customFields?: F) => createStaffcore({ actions: allActions, store, clock, actor: agency.dana, ...(customFields ? { customFields: defineCustomFields(customFields) } : {}) });
  return { root: root.id, department: department.id, as };
}

describe.each(stores)('the customer snapshot with custom fields on %s', (_name, makeStore) => {
  it('adds one column per declared customer field after the built-in ones, keyed custom.<field> and typed by its kind', async () => {
    const t = await enteredTree(await makeStore());
    const { report, rows } = await t.as(declared).reports.run({ name: 'customer.snapshot', params: { customerId: t.root, scope: 'master' } });
    expect(report.columns.map((column) => column.key)).toEqual([...builtInColumns, 'custom.vmsId', 'custom.unionShop', 'custom.headcount', 'custom.siteCode']);
    expect(report.columns.slice(builtInColumns.length)).toEqual([
      { key: 'custom.vmsId', label: 'vmsId', type: 'text' },
      { key: 'custom.unionShop', label: 'unionShop', type: 'boolean' },
      { key: 'custom.headcount', label: 'headcount', type: 'number' },
      { key: 'custom.siteCode', label: 'Site code', type: 'text' },
    ]);
    expect(rows.map((row) => [row['customerId'], row['custom.vmsId'], row['custom.unionShop'], row['custom.headcount'], row['custom.siteCode']])).toEqual([
      [t.root, '=1+1', true, 12, null],
      [t.department, 'W-2', false, null, null],
    ]);
    // The retired field's value is still stored, but it is no column and no cell.
    const { customer } = await t.as().customers.get({ id: t.root });
    expect(customer.custom).toMatchObject({ legacyCode: 'L-1' });
    expect(rows.every((row) => !('custom.legacyCode' in row))).toBe(true);
  });

  it('writes CSV with one header per field, a formula in custom text neutralized, numbers and booleans as they are, a missing value empty', async () => {
    const t = await enteredTree(await makeStore());
    const { csv, report } = await t.as(declared).reports.csv({ name: 'customer.snapshot', params: { customerId: t.root, scope: 'master' } });
    const [header, root, department] = csv.split('\r\n');
    expect(header!.split(',')).toHaveLength(report.columns.length);
    expect(header).toMatch(/,Created,vmsId,unionShop,headcount,Site code$/);
    expect(root).toMatch(/,'=1\+1,true,12,$/);
    expect(department).toMatch(/,W-2,false,,$/);
  });

  it('writes JSON with a number as a number, a boolean as a boolean and a missing value as null', async () => {
    const t = await enteredTree(await makeStore());
    const sc = t.as(declared);
    const params = { customerId: t.root, scope: 'master' } as const;
    const { json } = await sc.reports.json({ name: 'customer.snapshot', params });
    const { rows } = await sc.reports.run({ name: 'customer.snapshot', params });
    expect(JSON.parse(json)).toEqual(rows);
    expect(json).toContain('"custom.vmsId":"=1+1","custom.unionShop":true,"custom.headcount":12,"custom.siteCode":null}');
    expect(json).toContain('"custom.vmsId":"W-2","custom.unionShop":false,"custom.headcount":null,"custom.siteCode":null}');
  });

  it('names the custom columns where the reports of a record are listed', async () => {
    const t = await enteredTree(await makeStore());
    const { items } = await t.as(declared).reports.forCustomer({ id: t.root });
    const snapshot = items.find((item) => item.name === 'customer.snapshot')!;
    expect(snapshot.columns.map((column) => column.key).slice(builtInColumns.length)).toEqual(['custom.vmsId', 'custom.unionShop', 'custom.headcount', 'custom.siteCode']);
    expect(items.find((item) => item.name === 'customer.visifile')!.columns.some((column) => column.key.startsWith('custom.'))).toBe(false);
  });

  it('has only the built-in columns on an instance without custom fields, whatever the records hold', async () => {
    const t = await enteredTree(await makeStore());
    const { report, rows } = await t.as().reports.run({ name: 'customer.snapshot', params: { customerId: t.root, scope: 'master' } });
    expect(report.columns).toEqual(customerSnapshot.columns);
    expect(rows.flatMap(Object.keys).some((key) => key.startsWith('custom.'))).toBe(false);
  });

  it('leaves a stored value empty when it is not of its field’s kind any more', async () => {
    const t = await enteredTree(await makeStore());
    const { rows } = await t.as({ customers: { headcount: z.string().optional() } }).reports.run({ name: 'customer.snapshot', params: { customerId: t.root } });
    expect(rows).toEqual([expect.objectContaining({ 'custom.headcount': null })]);
  });
});

describe('customFieldColumns and customFieldCells', () => {
  const set = compileCustomFields({ customers: { code: z.enum(['A', 'B']).nullable(), rate: z.number().default(1), flag: z.literal(true).optional() } }, noBuiltIns);

  it('types a column by its field’s kind, enums and literals included', () => {
    expect(customFieldColumns('customers')(set)).toEqual([
      { key: 'custom.code', label: 'code', type: 'text' },
      { key: 'custom.rate', label: 'rate', type: 'number' },
      { key: 'custom.flag', label: 'flag', type: 'boolean' },
    ]);
    expect(customFieldColumns('orders')(set)).toEqual([]);
  });

  it('gives each declared field a cell, null for none, and no cell to a retired value', () => {
    expect(customFieldCells(set.of('customers'), { code: null, rate: 2.5, gone: 'x' })).toEqual({ 'custom.code': null, 'custom.rate': 2.5, 'custom.flag': null });
    expect(customFieldCells(set.of('customers'), undefined)).toEqual({ 'custom.code': null, 'custom.rate': null, 'custom.flag': null });
  });

  it('types a snapshot row’s custom cells as any cell', () => {
    expectTypeOf<RowOf<typeof customerSnapshot>['custom.vmsId']>().toEqualTypeOf<ReportCell>();
    expectTypeOf<RowOf<typeof customerSnapshot>['name']>().toEqualTypeOf<string>();
  });

  it('does not mutate its input', () => {
    const values = Object.freeze({ code: 'A', rate: 3 });
    customFieldCells(set.of('customers'), values);
    expect(values).toEqual({ code: 'A', rate: 3 });
  });
});

describe('a report’s customColumns', () => {
  const base = { name: 'host.plain', title: 'Plain', description: 'Nothing.', params: z.strictObject({}), columns: [], async *run() {} };

  it('is refused when it is not a function', () => {
    expect(() => createReportRegistry([{ ...base, customColumns: [] } as never])).toThrow(messages.notAReport);
  });

  it('leaves a host report without one as it was', async () => {
    const plain = defineReport({ ...base, columns: [{ key: 'one', label: 'One', type: 'number' }], async *run() { yield { one: 1 }; } });
    const agency = await buildAgency();
    const sc = createStaffcore({ actions: allActions, store: agency.store, clock, actor: agency.dana, reports: [plain], customFields: defineCustomFields(declared) });
    expect(await sc.reports.run({ name: 'host.plain' })).toEqual({ report: { name: 'host.plain', title: 'Plain', columns: plain.columns }, rows: [{ one: 1 }], streamed: null });
  });
});
