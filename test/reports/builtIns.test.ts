import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/adapters/port/index.js';
import { agingBucket, CustomerId, RepId, type ReportRow, type Staffcore, allActions, createStaffcore } from '../../src/index.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('rep_built');

const asOf = '2027-06-30';
/** The invoice date that makes an invoice on Net 30 terms exactly `days` past due on `asOf`. */
const datedPastDue = (days: number) => format(addDays(parseISO(asOf), -30 - days), 'yyyy-MM-dd');
const edges = [0, 1, 30, 31, 60, 61, 90, 91];

async function rows(sc: Staffcore, name: string, params: Record<string, unknown>): Promise<ReportRow[]> {
  const output = await sc.reports.run({ name, params });
  return [...output.rows];
}

/** The work tree with orders, assignments, invoices at every aging edge, contacts, messages, a status change and a move. */
async function busyTree(store: Store): Promise<WorkTree & { closedOrder: string }> {
  const t = await buildWorkTree(store);
  const { order } = await t.dana.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-11-02', positions: 20, payRate: '15.00', billRate: '20.00' });
  const { assignment: active } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1' });
  const { assignment: ended } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-2' });
  await t.dana.assignments.end({ id: ended.id, endDate: '2026-11-20' });
  const { order: closed } = await t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Driver', startDate: '2026-11-03' });
  await t.dana.orders.close({ id: closed.id });
  const { order: nightOrder } = await t.dana.orders.create({ customerId: t.night, jobTitle: 'Sorter', startDate: '2026-11-04', payRate: '16.00', billRate: '16.00' });
  await t.dana.assignments.create({ orderId: nightOrder.id, employeeId: 'E-3' });
  for (const days of edges) {
    await t.bill.invoices.create({ customerId: t.root, invoiceDate: datedPastDue(days), lines: [{ assignmentId: active.id, hours: '1', billRate: `${days + 1}.00` }] });
  }
  await t.bill.invoices.createZeroDollar({ customerId: t.warehouse, invoiceDate: '2027-01-15' });
  const [warehouse, nightId, dana] = [CustomerId.parse(t.warehouse), CustomerId.parse(t.night), RepId.parse('dana')];
  await store.transaction(async (tx) => {
    const stamp = { createdAt: '2026-11-22T09:00:00.000Z', createdBy: dana };
    const jo = await tx.contacts.insert({ customerId: warehouse, firstName: 'Jo', lastName: 'Baker', title: '=cmd', phone: null, email: 'jo@example.com', active: true, ...stamp });
    await tx.contacts.insert({ customerId: warehouse, firstName: 'Al', lastName: 'Adams', title: 'Former buyer', phone: null, email: null, active: false, ...stamp });
    await tx.contacts.insert({ customerId: nightId, firstName: 'Cy', lastName: 'Cole', title: 'Supervisor', phone: null, email: null, active: true, ...stamp });
    await tx.messages.insert({ customerId: warehouse, contactId: jo.id, authorId: dana, at: '2026-11-20T10:00:00.000Z', method: 'phone', text: 'Asked for two pickers' });
    await tx.messages.insert({ customerId: warehouse, contactId: null, authorId: dana, at: '2026-11-21T10:00:00.000Z', method: 'email', text: 'Sent rates, "net 30"' });
  });
  await t.dana.customers.changeStatus({ id: t.warehouse, to: 'A' });
  const { customer: night } = await t.dana.customers.get({ id: t.night });
  await t.dana.customers.move({ id: t.night, newParentId: t.root, version: night.version });
  return { ...t, closedOrder: closed.id };
}

describe.each(stores)('the built-in reports on %s', (_name, makeStore) => {
  it('each runs from a record with its Customer ID prefilled, in each scope, and covers the records of that scope', async () => {
    const t = await busyTree(await makeStore());
    const { items: reports } = await t.dana.reports.forCustomer({ id: t.warehouse });
    const expected: Record<string, Record<string, string[]>> = {
      // The records whose rows each report shows, by scope (Night shift now sits under Acme, beside Warehouse).
      'customer.snapshot': { account: [t.warehouse], subtree: [t.warehouse], master: [t.root, t.warehouse, t.night] },
      'customer.visifile': { account: [t.warehouse], subtree: [t.warehouse], master: [t.root, t.warehouse, t.night] },
      'customer.orders': { account: [], subtree: [], master: [t.root, t.night] },
      'customer.assignments': { account: [], subtree: [], master: [t.root, t.night] },
      'customer.invoiceAging': { account: [t.warehouse], subtree: [t.warehouse], master: [t.root, t.warehouse] },
      'customer.contacts': { account: [t.warehouse], subtree: [t.warehouse], master: [t.warehouse, t.night] },
      'customer.history': { account: [t.warehouse], subtree: [t.warehouse], master: [t.warehouse, t.night] },
    };
    for (const report of reports) {
      for (const scope of ['account', 'subtree', 'master'] as const) {
        // The aging on a day after the last invoice (the zero-dollar one of 2027-01-15), which it lists from that day on.
        const extra = report.name === 'customer.financialSummary' ? { from: '2026-01-01', to: '2027-12-31' } : report.name === 'customer.invoiceAging' ? { asOf } : {};
        const found = await rows(t.dana, report.name, { ...report.params, scope, ...extra });
        const customers = [...new Set(found.map((row) => row['customerId']).filter((id) => id !== null))];
        if (report.name === 'customer.financialSummary') expect(found).toEqual([expect.objectContaining({ customerId: t.warehouse, scope })]);
        else expect(customers.sort(), `${report.name} in ${scope}`).toEqual([...expected[report.name]![scope]!].sort());
      }
    }
  });

  it('gives every cell the type its column declares: money and decimals (GP %, hours) as exact strings, numbers as numbers', async () => {
    const t = await busyTree(await makeStore());
    const { items: reports } = await t.dana.reports.forCustomer({ id: t.root });
    const decimal = /^-?\d+\.\d+$/;
    const checked = new Set<string>();
    for (const entry of reports) {
      const extra = entry.name === 'customer.financialSummary' ? { from: '2026-01-01', to: '2027-12-31' } : entry.name === 'customer.invoiceAging' ? { asOf } : {};
      const { report, rows: found } = await t.dana.reports.run({ name: entry.name, params: { ...entry.params, scope: 'master', ...extra } });
      for (const row of found) {
        for (const column of report.columns) {
          const cell = row[column.key];
          const where = `${report.name}.${column.key}`;
          if (cell === null) continue;
          checked.add(`${column.type}:${where}`);
          if (column.type === 'money' || column.type === 'decimal') expect(cell, where).toMatch(decimal);
          else if (column.type === 'number') expect(typeof cell, where).toBe('number');
          else if (column.type === 'boolean') expect(typeof cell, where).toBe('boolean');
          else expect(typeof cell, where).toBe('string');
        }
      }
    }
    // The percent and the hours, which arrive as decimal strings, were among the cells checked.
    expect(checked).toContain('decimal:customer.financialSummary.grossProfitPercent');
    expect(checked).toContain('decimal:customer.financialSummary.hours');
    expect(checked).toContain('decimal:customer.assignments.grossProfitPercent');
  });

  it('ages invoices into buckets at their edges by the record’s terms, and totals the buckets', async () => {
    const t = await busyTree(await makeStore());
    const found = await rows(t.dana, 'customer.invoiceAging', { customerId: t.root, asOf });
    const invoices = found.filter((row) => row['kind'] === 'invoice');
    // Newest first: the fewest days past due first.
    expect(invoices.map((row) => [row['daysPastDue'], row['bucket'], row['balance']])).toEqual(
      edges.map((days) => [days, agingBucket(days), `${days + 1}.00`]),
    );
    expect(edges.map(agingBucket)).toEqual(['current', '1-30', '1-30', '31-60', '31-60', '61-90', '61-90', 'over 90']);
    expect(invoices[3]).toMatchObject({ days31to60: '32.00', current: '0.00', days1to30: '0.00', dueDate: format(addDays(parseISO(asOf), -31), 'yyyy-MM-dd') });
    // Totals: current 1.00; 1–30: 2.00 + 31.00; 31–60: 32.00 + 61.00; 61–90: 62.00 + 91.00; over 90: 92.00.
    expect(found.at(-1)).toMatchObject({ kind: 'total', billed: '372.00', paid: '0.00', balance: '372.00', current: '1.00', days1to30: '33.00', days31to60: '93.00', days61to90: '153.00', over90: '92.00' });
    const subtree = await rows(t.dana, 'customer.invoiceAging', { customerId: t.warehouse, asOf });
    expect(subtree.map((row) => [row['kind'], row['bucket'], row['balance']])).toEqual([
      ['invoice', 'paid', '0.00'],
      ['total', null, '0.00'],
    ]);
    const open = await rows(t.dana, 'customer.invoiceAging', { customerId: t.warehouse, asOf, openOnly: true });
    expect(open).toHaveLength(1);
  });

  it('lists active or all orders and assignments, active contacts, the visifile and the history in order', async () => {
    const t = await busyTree(await makeStore());
    const master = { customerId: t.root, scope: 'master' };
    expect((await rows(t.dana, 'customer.orders', master)).map((row) => row['jobTitle'])).toEqual(['Sorter', 'Picker']);
    expect((await rows(t.dana, 'customer.orders', { ...master, active: false })).map((row) => row['jobTitle'])).toEqual(['Sorter', 'Driver', 'Picker']);
    expect((await rows(t.dana, 'customer.assignments', master)).map((row) => [row['employeeId'], row['grossProfitPercent']])).toEqual([
      ['E-3', '0.00'],
      ['E-1', '25.00'],
    ]);
    expect((await rows(t.dana, 'customer.assignments', { ...master, active: false })).map((row) => row['employeeId']).sort()).toEqual(['E-1', 'E-2', 'E-3']);
    expect((await rows(t.dana, 'customer.contacts', master)).map((row) => row['lastName'])).toEqual(['Baker', 'Cole']);
    expect((await rows(t.dana, 'customer.contacts', { ...master, active: false })).map((row) => row['lastName'])).toEqual(['Adams', 'Baker', 'Cole']);
    expect((await rows(t.dana, 'customer.visifile', { customerId: t.warehouse })).map((row) => [row['kind'], row['text'], row['status']])).toEqual([
      ['record', null, 'A'],
      ['message', 'Sent rates, "net 30"', null],
      ['message', 'Asked for two pickers', null],
    ]);
    expect((await rows(t.dana, 'customer.history', master)).map((row) => [row['kind'], row['customerId'], row['from'], row['to']])).toEqual([
      ['status', t.warehouse, 'P', 'A'],
      ['move', t.night, t.warehouse, t.root],
    ]);
    const { csv } = await createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana }).reports.csv({ name: 'customer.contacts', params: { customerId: t.warehouse } });
    expect(csv.split('\r\n')[1]).toMatch(/,'=cmd,/);
  });
});

describe.each(stores)('the invoice aging as of a day on %s', (_name, makeStore) => {
  /**
   * Gamma (Net 30): 200.00 of 2027-01-05 (due 02-04) paid 50.00 on 02-01 and 150.00 on 03-16;
   * 300.00 of 2027-02-10 (due 03-12) paid on 03-20; 100.00 of 03-20 (due 04-19).
   */
  async function paidLater(store: Store) {
    const t = await buildWorkTree(store);
    const { customer } = await t.dana.customers.add({ name: 'Gamma', terms: { label: 'Net 30', netDays: 30 } });
    const { order } = await t.dana.orders.create({ customerId: customer.id, jobTitle: 'Picker', startDate: '2027-01-04', positions: 1, payRate: '10.00', billRate: '20.00' });
    const { assignment } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1' });
    const bill = async (invoiceDate: string, hours: string, billRate: string) =>
      (await t.bill.invoices.create({ customerId: customer.id, invoiceDate, lines: [{ assignmentId: assignment.id, hours, billRate }] })).invoice;
    const partly = await bill('2027-01-05', '10', '20.00');
    await t.bill.invoices.recordPayment({ invoiceId: partly.id, amount: '50.00', receivedOn: '2027-02-01' });
    await t.bill.invoices.recordPayment({ invoiceId: partly.id, amount: '150.00', receivedOn: '2027-03-16' });
    const early = await bill('2027-02-10', '10', '30.00');
    await t.bill.invoices.recordPayment({ invoiceId: early.id, amount: '300.00', receivedOn: '2027-03-20' });
    const late = await bill('2027-03-20', '5', '20.00');
    return { sc: t.dana, customerId: customer.id, partly: partly.id, early: early.id, late: late.id };
  }
  const columns = (row: ReportRow) => [row['invoiceId'], row['paid'], row['balance'], row['daysPastDue'], row['bucket']];

  it('lists the invoices dated on or before the day, with the payments received on or before it', async () => {
    const { sc, customerId, partly, early, late } = await paidLater(await makeStore());
    const on15 = await rows(sc, 'customer.invoiceAging', { customerId, asOf: '2027-03-15' });
    expect(on15.map(columns)).toEqual([
      [early, '0.00', '300.00', 3, '1-30'],
      [partly, '50.00', '150.00', 39, '31-60'],
      [null, '50.00', '450.00', null, null],
    ]);
    expect(on15.at(-1)).toMatchObject({ billed: '500.00', days1to30: '300.00', days31to60: '150.00', current: '0.00' });
    // Both are settled now, yet were open on 03-15.
    expect((await rows(sc, 'customer.invoiceAging', { customerId, asOf: '2027-03-15', openOnly: true })).map(columns)).toEqual(on15.map(columns));
    const on20 = await rows(sc, 'customer.invoiceAging', { customerId, asOf: '2027-03-20' });
    expect(on20.map(columns)).toEqual([
      [late, '0.00', '100.00', 0, 'current'],
      [early, '300.00', '0.00', 0, 'paid'],
      [partly, '200.00', '0.00', 0, 'paid'],
      [null, '500.00', '100.00', null, null],
    ]);
    expect((await rows(sc, 'customer.invoiceAging', { customerId, asOf: '2027-03-20', openOnly: true })).map(columns)).toEqual([
      [late, '0.00', '100.00', 0, 'current'],
      [null, '0.00', '100.00', null, null],
    ]);
  });
});
