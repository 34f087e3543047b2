import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { allActions, createStaffcore, CustomerId, defineReport, messages, standardRoles } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('rep_reg');

/** A host's own report: the worksites of a record. */
const worksiteNames = defineReport({
  name: 'host.worksites',
  title: 'Worksites',
  description: "A record's worksites.",
  params: z.strictObject({ customerId: CustomerId }),
  columns: [{ key: 'name', label: 'Worksite', type: 'text' }],
  async *run(context, params) {
    await context.customer(params.customerId);
    const page = await context.tx.worksites.find({ where: { customerId: params.customerId } });
    for (const worksite of page.items) yield { name: worksite.name };
  },
});

/** A host's report that takes no Customer ID, so it is not offered from a record. */
const branchCount = defineReport({
  name: 'host.branchCount',
  title: 'Branches',
  description: 'How many levels the actor sees.',
  params: z.strictObject({}),
  columns: [{ key: 'levels', label: 'Levels', type: 'number' }],
  async *run(context) {
    yield { levels: context.scope.size };
  },
});

describe.each(stores)('the report registry on %s', (_name, makeStore) => {
  it('lists the customer reports of a record with its Customer ID filled in, the host’s own after the built-in ones', async () => {
    const t = await buildWorkTree(await makeStore());
    const sc = createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana, reports: [worksiteNames, branchCount] });
    const { items: reports, next } = await sc.reports.forCustomer({ id: t.warehouse });
    expect(next).toBeNull();
    expect(reports.map((r) => r.name)).toEqual([
      'customer.snapshot',
      'customer.visifile',
      'customer.financialSummary',
      'customer.orders',
      'customer.assignments',
      'customer.invoiceAging',
      'customer.contacts',
      'customer.history',
      'host.worksites',
    ]);
    expect(reports.every((r) => r.params.customerId === t.warehouse && r.params.scope === 'account')).toBe(true);
    // Each prefilled report runs as listed (the financial summary needs its period too).
    for (const report of reports) {
      const extra = report.name === 'customer.financialSummary' ? { from: '2026-01-01', to: '2026-12-31' } : {};
      const params = report.name === 'host.worksites' ? { customerId: report.params.customerId } : { ...report.params, ...extra };
      expect((await sc.reports.run({ name: report.name, params })).report.name).toBe(report.name);
    }
    expect(await sc.reports.run({ name: 'host.branchCount' })).toEqual({
      report: { name: 'host.branchCount', title: 'Branches', columns: [{ key: 'levels', label: 'Levels', type: 'number' }] },
      rows: [{ levels: 1 }],
      streamed: null,
    });
    await expectError(sc.reports.forCustomer({ id: t.elsewhere }), 'NOT_FOUND');
  });

  it('runs the snapshot from a record in each scope, as rows, CSV and JSON', async () => {
    const t = await buildWorkTree(await makeStore());
    const names = async (scope: string) => {
      const { rows } = await t.dana.reports.run({ name: 'customer.snapshot', params: { customerId: t.warehouse, scope } });
      return rows.map((row) => row['name']);
    };
    expect(await names('account')).toEqual(['Warehouse']);
    expect(await names('subtree')).toEqual(['Warehouse', 'Night shift']);
    expect(await names('master')).toEqual(['Acme', 'Warehouse', 'Night shift']);
    const rows = await t.dana.reports.run({ name: 'customer.snapshot', params: { customerId: t.root } });
    expect(rows).toMatchObject({ report: { name: 'customer.snapshot', title: 'Customer snapshot' }, rows: [{ customerId: t.root, name: 'Acme', status: 'P', terms: 'Net 30', parentId: null }], streamed: null });
    const text = createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana }).reports;
    const { report, csv, streamed } = await text.csv({ name: 'customer.snapshot', params: { customerId: t.root } });
    expect([report.name, streamed]).toEqual(['customer.snapshot', null]);
    expect(csv.split('\r\n')[0]).toBe('Customer ID,Name,Parent ID,Status,Branch,Phone,E-mail,Contact address,Billing address,Account manager,Sales team,Terms,Worker comp,Created');
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^${t.root},Acme,,P,`));
    const { json } = await text.json({ name: 'customer.snapshot', params: { customerId: t.root, scope: 'master' } });
    expect((JSON.parse(json) as { name: string }[]).map((row) => row.name)).toEqual(['Acme', 'Warehouse', 'Night shift']);
  });

  it('streams a report to a sink row by row or chunk by chunk, in the same order and text as the built output', async () => {
    const t = await buildWorkTree(await makeStore());
    const params = { customerId: t.root, scope: 'master' };
    const built = await t.dana.reports.run({ name: 'customer.snapshot', params });
    const rows: unknown[] = [];
    const streamed = await t.dana.reports.run({ name: 'customer.snapshot', params, sink: async (row) => void rows.push(row) });
    expect(streamed).toMatchObject({ rows: [], streamed: 3 });
    expect(rows).toEqual(built.rows);
    const text = createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana }).reports;
    const wholeCsv = await text.csv({ name: 'customer.snapshot', params });
    const wholeJson = await text.json({ name: 'customer.snapshot', params });
    const csvChunks: string[] = [];
    const jsonChunks: string[] = [];
    expect(await text.csv({ name: 'customer.snapshot', params, sink: (chunk) => void csvChunks.push(chunk) })).toMatchObject({ csv: '', streamed: 3 });
    expect(await text.json({ name: 'customer.snapshot', params, sink: (chunk) => void jsonChunks.push(chunk) })).toMatchObject({ json: '', streamed: 3 });
    expect(csvChunks.length, 'the header, then the rows').toBeGreaterThanOrEqual(2);
    expect(csvChunks.join('')).toBe(wholeCsv.csv);
    expect(jsonChunks.join('')).toBe(wholeJson.json);
    const bad = await expectError(t.dana.reports.run({ name: 'customer.snapshot', params, sink: 'stdout' as never }), 'VALIDATION');
    expect(bad.details.path).toEqual(['sink']);
    // The text formats are their own actions now: reports.run takes no format.
    const format = await expectError(t.dana.reports.run({ name: 'customer.snapshot', params, format: 'csv' } as never), 'VALIDATION');
    expect(format.details.path).toEqual(['format']);
  });

  it('refuses a report outside the actor’s scope, without report.run, and bad parameters naming them', async () => {
    const t = await buildWorkTree(await makeStore());
    const outside = await expectError(t.dana.reports.run({ name: 'customer.snapshot', params: { customerId: t.elsewhere } }), 'NOT_FOUND');
    expect(outside.details.path).toEqual(['params', 'customerId']);
    const clerk = t.agency.as({ ...t.agency.dana, roles: [{ name: 'clerk', permissions: ['customer.read'] }] });
    const forbidden = await expectError(clerk.reports.run({ name: 'customer.snapshot', params: { customerId: t.root } }), 'FORBIDDEN');
    expect(forbidden.message).toBe(`[staffcore] ${messages.forbidden('report.run')}`);
    const badScope = await expectError(t.dana.reports.run({ name: 'customer.snapshot', params: { customerId: t.root, scope: 'galaxy' } }), 'VALIDATION');
    expect(badScope.details.path).toEqual(['params', 'scope']);
    const extra = await expectError(t.dana.reports.run({ name: 'customer.snapshot', params: { customerId: t.root, colour: 'blue' } }), 'VALIDATION');
    expect(extra.details.path).toEqual(['params', 'colour']);
    // A read-only rep may run reports.
    const reader = t.agency.as({ ...t.agency.dana, roles: [standardRoles.readOnly] });
    expect((await reader.reports.forCustomer({ id: t.root })).items.length).toBe(8);
  });
});

describe('createStaffcore({ actions: allActions, reports })', () => {
  // The reports actions check the host's reports the first time one runs (an instance that does not
  // run reports carries none of the report code); createStaffcore refuses only a reports that is no list.
  const firstReport = (reports: unknown, t: Awaited<ReturnType<typeof buildWorkTree>>) =>
    Promise.resolve().then(() => createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana, reports: reports as never }).reports.forCustomer({ id: t.root }));

  it('refuses a report name taken already, and something that is not a report, naming it, when a report first runs', async () => {
    const t = await buildWorkTree();
    const taken = defineReport({ ...worksiteNames, name: 'customer.snapshot' });
    const duplicate = await expectError(firstReport([taken], t), 'VALIDATION');
    expect(duplicate.details.path).toEqual(['reports', 0, 'name']);
    expect(duplicate.message).toContain(messages.duplicateReport('customer.snapshot'));
    const notOne = await expectError(firstReport([{ name: 'x' }], t), 'VALIDATION');
    expect(notOne.details.path).toEqual(['reports', 0]);
    const notAList = await expectError(Promise.resolve().then(() => createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana, reports: 'x' as never })), 'VALIDATION');
    expect(notAList.details.path).toEqual(['reports']);
  });

  it('refuses every built-in name, and an instance with the reports group lists the built-ins first', async () => {
    const t = await buildWorkTree();
    const listed = (await t.dana.reports.forCustomer({ id: t.root })).items.map((report) => report.name);
    for (const name of listed) {
      const taken = defineReport({ ...worksiteNames, name });
      await expectError(firstReport([taken], t), 'VALIDATION');
    }
    const own = createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana, reports: [worksiteNames] });
    expect((await own.reports.forCustomer({ id: t.root })).items.map((report) => report.name)).toEqual([...listed, worksiteNames.name]);
  });
});
