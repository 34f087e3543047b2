import { describe, expect, it } from 'vitest';
import { allActions, createStaffcore, fixedClock, type Staffcore } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('rep_fin');

/**
 * The sample: Acme (Net 30) → Warehouse → Night shift, and Beta (Net 15), all at Minneapolis. Night
 * shift moves from Warehouse to Beta on 2026-12-15. Each invoice has one line; its pay and bill
 * follow from hours × rates (given to the cent so the sums can be checked by hand).
 */
interface Sample {
  readonly t: WorkTree;
  readonly beta: string;
  readonly sc: Staffcore;
}

async function invoice(t: WorkTree, customerId: string, invoiceDate: string, hours: string, payRate: string, billRate: string) {
  const { order } = await t.dana.orders.create({ customerId, jobTitle: 'Picker', startDate: '2026-11-02', positions: 5, payRate, billRate });
  const { assignment } = await t.dana.assignments.create({ orderId: order.id, employeeId: `E-${customerId}-${invoiceDate}` });
  const { invoice } = await t.bill.invoices.create({ customerId, invoiceDate, lines: [{ assignmentId: assignment.id, hours }] });
  return invoice;
}

async function sample(store: Awaited<ReturnType<(typeof stores)[number][1]>>): Promise<Sample> {
  const t = await buildWorkTree(store);
  const { customer: beta } = await t.dana.customers.add({ name: 'Beta', terms: { label: 'Net 15', netDays: 15 } });
  const acme = await invoice(t, t.root, '2026-11-10', '4', '15.00', '25.00'); //           bill 100.00, pay 60.00, due 2026-12-10
  await t.bill.invoices.recordPayment({ invoiceId: acme.id, amount: '40.00', receivedOn: '2026-11-30' }); // 60.00 left
  await invoice(t, t.warehouse, '2026-12-01', '10', '20.00', '30.01'); //                     bill 300.10, pay 200.00, due 2026-12-31
  await invoice(t, t.night, '2026-11-20', '2', '10.00', '15.50'); //                           bill 31.00, pay 20.00 (under Acme)
  await invoice(t, beta.id, '2026-12-20', '1', '5.00', '7.00'); //                             bill 7.00, pay 5.00, due 2027-01-04
  await invoice(t, t.root, '2027-02-01', '1', '1.00', '2.00'); //                              after the period; due 2027-03-03
  await invoice(t, t.root, '2027-03-01', '1', '1.00', '1000.00'); //                           after the period and asOf
  // The move, on 2026-12-15 by its own clock.
  const mover = createStaffcore({ actions: allActions, store: t.agency.store, clock: fixedClock('2026-12-15T10:00:00Z'), actor: t.agency.dana });
  const { customer: night } = await mover.customers.get({ id: t.night });
  await mover.customers.move({ id: t.night, newParentId: beta.id, version: night.version });
  await invoice(t, t.night, '2026-12-15', '1', '10.00', '12.34'); //                           move day: under Beta; due 2027-01-14
  await invoice(t, t.night, '2027-01-05', '3', '11.11', '22.22'); //                           bill 66.66, pay 33.33 (under Beta)
  return { t, beta: beta.id, sc: t.dana };
}

const period = { from: '2026-11-01', to: '2027-01-31', asOf: '2027-02-15' };

async function summary(sc: Staffcore, params: Record<string, unknown>) {
  const output = await sc.reports.run({ name: 'customer.financialSummary', params: { ...period, ...params } });
  expect(output.rows).toHaveLength(1);
  return output.rows[0]!;
}

describe.each(stores)('the financial summary on %s', (_name, makeStore) => {
  it('attributes each invoice to the tree as it stood on its date, and restates under today’s tree when asked', async () => {
    const { t, beta, sc } = await sample(await makeStore());
    // Acme's tree: Acme 100.00 + Warehouse 300.10 + Night shift before its move 31.00 = 431.10;
    // cost 60.00 + 200.00 + 20.00 = 280.00; GP 151.10 = 35.05 % of 431.10 (35.0498…); hours 4 + 10 + 2.
    // Receivables on 2027-02-15: 60.00 (Acme, overdue) + 300.10 (overdue) + 31.00 (overdue) + 2.00 (not yet due).
    expect(await summary(sc, { customerId: t.night, scope: 'master' })).toMatchObject({ customerId: t.night });
    expect(await summary(sc, { customerId: t.root, scope: 'master' })).toEqual({
      customerId: t.root,
      scope: 'master',
      ...period,
      restated: false,
      billed: '431.10',
      cost: '280.00',
      grossProfit: '151.10',
      grossProfitPercent: '35.05',
      hours: '16.00',
      openReceivables: '393.10',
      overdueReceivables: '391.10',
      lastInvoiceDate: '2026-12-01',
      invoices: 3,
      lines: 3,
    });
    // Restated, Night shift's invoice of 2026-11-20 goes with it to Beta: 100.00 + 300.10.
    expect(await summary(sc, { customerId: t.warehouse, scope: 'master', restate: true })).toMatchObject({
      billed: '400.10',
      cost: '260.00',
      hours: '14.00',
      openReceivables: '362.10',
      invoices: 2,
    });
    // Beta's tree: Beta 7.00 + Night shift from its move on 12.34 + 66.66 = 86.00; cost 5.00 + 10.00 + 33.33.
    expect(await summary(sc, { customerId: beta, scope: 'master' })).toMatchObject({
      billed: '86.00',
      cost: '48.33',
      grossProfit: '37.67',
      grossProfitPercent: '43.80', // 37.67 / 86.00 = 0.43802…
      hours: '5.00',
      openReceivables: '86.00',
      overdueReceivables: '86.00',
      lastInvoiceDate: '2027-01-05',
      invoices: 3,
    });
    expect(await summary(sc, { customerId: t.night, scope: 'master', restate: true })).toMatchObject({ billed: '117.00', cost: '68.33', hours: '7.00' });
    // Warehouse's subtree as it stood: itself and Night shift until its move.
    expect(await summary(sc, { customerId: t.warehouse, scope: 'subtree' })).toMatchObject({ billed: '331.10', cost: '220.00', lines: 2 });
    expect(await summary(sc, { customerId: t.warehouse, scope: 'subtree', restate: true })).toMatchObject({ billed: '300.10', lines: 1 });
    // The record alone, wherever it stood.
    expect(await summary(sc, { customerId: t.night })).toMatchObject({ billed: '110.00', cost: '63.33', hours: '6.00' });
  });

  it('gives zeros and no GP % for a period without invoices, and asOf defaults to the report’s day', async () => {
    const { t, sc } = await sample(await makeStore());
    expect(await summary(sc, { customerId: t.root, scope: 'master', from: '2020-01-01', to: '2020-12-31', asOf: undefined })).toEqual({
      customerId: t.root,
      scope: 'master',
      from: '2020-01-01',
      to: '2020-12-31',
      asOf: '2026-11-22',
      restated: false,
      billed: '0.00',
      cost: '0.00',
      grossProfit: '0.00',
      grossProfitPercent: null,
      hours: '0.00',
      // On 2026-11-22 only Acme's 100.00 (due 12-10; its 40.00 came on 11-30) and Night shift's 31.00 (due 12-20) are dated: neither is due yet.
      openReceivables: '131.00',
      overdueReceivables: '0.00',
      lastInvoiceDate: null,
      invoices: 0,
      lines: 0,
    });
  });

  it('refuses a record outside the actor’s scope as NOT_FOUND, a bad period naming the field, and writes nothing', async () => {
    const { t, sc } = await sample(await makeStore());
    const before = await eventCount(t.agency.store);
    const outside = await expectError(summary(sc, { customerId: t.elsewhere }), 'NOT_FOUND');
    expect(outside.details.path).toEqual(['params', 'customerId']);
    const backwards = await expectError(summary(sc, { customerId: t.root, from: '2027-01-01', to: '2026-01-01' }), 'VALIDATION');
    expect(backwards.details.path).toEqual(['params', 'to']);
    const unknown = await expectError(sc.reports.run({ name: 'no.such.report', params: {} }), 'NOT_FOUND');
    expect(unknown.details.path).toEqual(['name']);
    expect(await eventCount(t.agency.store)).toBe(before);
  });
});

/**
 * Gamma (Net 30): an invoice of 200.00 of 2027-01-05 (due 02-04) paid 50.00 on 02-01 and 150.00 on
 * 03-16; one of 300.00 of 2027-02-10 (due 03-12) paid on 03-20; one of 100.00 of 03-20 (due 04-19).
 */
async function paidLater(store: Awaited<ReturnType<(typeof stores)[number][1]>>) {
  const t = await buildWorkTree(store);
  const { customer } = await t.dana.customers.add({ name: 'Gamma', terms: { label: 'Net 30', netDays: 30 } });
  const partly = await invoice(t, customer.id, '2027-01-05', '10', '10.00', '20.00');
  await t.bill.invoices.recordPayment({ invoiceId: partly.id, amount: '50.00', receivedOn: '2027-02-01' });
  await t.bill.invoices.recordPayment({ invoiceId: partly.id, amount: '150.00', receivedOn: '2027-03-16' });
  const early = await invoice(t, customer.id, '2027-02-10', '10', '20.00', '30.00');
  await t.bill.invoices.recordPayment({ invoiceId: early.id, amount: '300.00', receivedOn: '2027-03-20' });
  await invoice(t, customer.id, '2027-03-20', '5', '10.00', '20.00');
  return { sc: t.dana, customerId: customer.id };
}

describe.each(stores)('the financial summary’s receivables as of a day on %s', (_name, makeStore) => {
  it('counts the invoices dated on or before the day, less the payments received on or before it', async () => {
    const { sc, customerId } = await paidLater(await makeStore());
    const on = async (asOf: string) => {
      const row = await summary(sc, { customerId, from: '2027-01-01', to: '2027-03-31', asOf });
      return [row['openReceivables'], row['overdueReceivables']];
    };
    // 03-15: 300.00 unpaid, 3 days past due, and 150.00 of the first one (the rest came on 03-16); 03-20 not yet billed.
    expect(await on('2027-03-15')).toEqual(['450.00', '450.00']);
    // On its due date the 300.00 is open but not overdue.
    expect(await on('2027-03-12')).toEqual(['450.00', '150.00']);
    // 03-16: the first invoice is settled that day.
    expect(await on('2027-03-16')).toEqual(['300.00', '300.00']);
    // 03-20: the 300.00 is paid that day; the 100.00 billed that day is open, not due.
    expect(await on('2027-03-20')).toEqual(['100.00', '0.00']);
    // 02-01: only the first invoice is dated, 50.00 paid that day, not yet due.
    expect(await on('2027-02-01')).toEqual(['150.00', '0.00']);
    // Before any invoice.
    expect(await on('2027-01-04')).toEqual(['0.00', '0.00']);
  });
});
