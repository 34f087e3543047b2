import { describe, expect, it } from 'vitest';
import { messages } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('invoices');

async function placed(t: WorkTree, customerId: string, employeeId = 'E-1') {
  const { order } = await t.dana.orders.create({ customerId, jobTitle: 'Picker', startDate: '2026-11-02', positions: 5, payRate: '18.3333', billRate: '27.4999' });
  return (await t.dana.assignments.create({ orderId: order.id, employeeId })).assignment;
}

describe.each(stores)('invoices on %s', (_name, makeStore) => {
  it('bills lines exactly to the cent and totals them; the due date follows the record’s terms', async () => {
    const t = await buildWorkTree(await makeStore());
    const a = await placed(t, t.root);
    const b = await placed(t, t.root, 'E-2');
    const { invoice, lines } = await t.bill.invoices.create({
      customerId: t.root,
      invoiceDate: '2026-12-31',
      lines: [
        { assignmentId: a.id, hours: '37.5' }, // pay 37.5 × 18.3333 = 687.49875 → 687.50; bill 37.5 × 27.4999 = 1031.24625 → 1031.25
        { assignmentId: b.id, hours: '0.25', billRate: '41.25', description: 'Overtime' }, // pay 4.583325 → 4.58; bill 10.3125 → 10.31
      ],
    });
    expect(lines.map((l) => [l.pay, l.bill, l.description])).toEqual([
      ['687.50', '1031.25', 'Picker'],
      ['4.58', '10.31', 'Overtime'],
    ]);
    // 687.50 + 4.58 = 692.08; 1031.25 + 10.31 = 1041.56; 37.50 + 0.25 = 37.75; Net 30 from 2026-12-31 crosses the year end
    expect(invoice).toMatchObject({ customerId: t.root, billed: '1041.56', cost: '692.08', hours: '37.75', paid: '0.00', state: 'open', dueDate: '2027-01-30', createdBy: 'bill' });
    const detail = await t.dana.invoices.get({ id: invoice.id, asOf: '2027-01-31' });
    expect(detail.asOf).toBe('2027-01-31');
    expect(detail.lines.map((l) => l.id)).toEqual(lines.map((l) => l.id));
    expect(detail.standing).toEqual({ balance: '1041.56', open: true, overdue: true, daysPastDue: 1 });
  });

  it('gives month-end terms and leap days their due dates', async () => {
    const t = await buildWorkTree(await makeStore());
    const version = async (id: string) => (await t.ada.customers.get({ id })).customer.version;
    await t.ada.customers.update({ id: t.warehouse, version: await version(t.warehouse), changes: { terms: { label: 'EOM', netDays: 0, basis: 'monthEnd' } } });
    await t.ada.customers.update({ id: t.night, version: await version(t.night), changes: { terms: { label: 'Net 1', netDays: 1 } } });
    const { invoice: eom } = await t.bill.invoices.createZeroDollar({ customerId: t.warehouse, invoiceDate: '2028-02-03' });
    const { invoice: leap } = await t.bill.invoices.createZeroDollar({ customerId: t.night, invoiceDate: '2028-02-28' });
    expect([eom.dueDate, leap.dueDate]).toEqual(['2028-02-29', '2028-02-29']);
  });

  it('creates a zero-dollar invoice, dated today by the clock unless given, settled from the start', async () => {
    const t = await buildWorkTree(await makeStore());
    const { invoice } = await t.bill.invoices.createZeroDollar({ customerId: t.night, memo: 'Replacement at no charge' });
    expect(invoice).toMatchObject({ customerId: t.night, invoiceDate: '2026-11-22', billed: '0.00', cost: '0.00', hours: '0.00', paid: '0.00', state: 'paid', memo: 'Replacement at no charge' });
    const history = await t.dana.invoices.list({ customerId: t.night, asOf: '2030-01-01' });
    expect(history.items[0]!.standing).toEqual({ balance: '0.00', open: false, overdue: false, daysPastDue: 0 });
    expect(history.items[0]!.asOf).toBe('2030-01-01');
    // left out, the day is the action's, by the clock
    expect((await t.dana.invoices.list({ customerId: t.night })).items[0]!.asOf).toBe('2026-11-22');
    const error = await expectError(t.dana.invoices.createZeroDollar({ customerId: t.night }), 'FORBIDDEN');
    expect(error.message).toBe(`[staffcore] ${messages.forbidden('invoice.zeroDollar')}`);
    await expectError(t.bill.invoices.createZeroDollar({ customerId: 'nope' }), 'NOT_FOUND');
  });

  it('records payments exactly, settles the invoice, and refuses more than the balance writing nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    const a = await placed(t, t.warehouse);
    const { invoice } = await t.bill.invoices.create({ customerId: t.warehouse, invoiceDate: '2026-12-01', lines: [{ assignmentId: a.id, hours: '10', billRate: '10.01' }] }); // 100.10
    const first = await t.bill.invoices.recordPayment({ invoiceId: invoice.id, amount: '0.1', receivedOn: '2026-12-05', reference: 'ACH 1' });
    expect(first.invoice).toMatchObject({ paid: '0.10', state: 'open' });
    const before = await eventCount(t.agency.store);
    const over = await expectError(t.bill.invoices.recordPayment({ invoiceId: invoice.id, amount: '100.01', receivedOn: '2026-12-06' }), 'BUSINESS_RULE');
    expect(over.details).toMatchObject({ balance: '100.00', path: ['amount'] });
    await expectError(t.bill.invoices.recordPayment({ invoiceId: invoice.id, amount: '0', receivedOn: '2026-12-06' }), 'VALIDATION');
    await expectError(t.bill.invoices.recordPayment({ invoiceId: invoice.id, amount: '1.00', receivedOn: '2026-11-30' }), 'BUSINESS_RULE');
    await expectError(t.bill.invoices.recordPayment({ invoiceId: invoice.id, amount: '1.00', receivedOn: '2026-12-06', version: 1 }), 'CONFLICT');
    expect(await eventCount(t.agency.store)).toBe(before);
    const last = await t.bill.invoices.recordPayment({ invoiceId: invoice.id, amount: '100.00', receivedOn: '2026-12-31' });
    expect(last.invoice).toMatchObject({ paid: '100.10', state: 'paid' });
    const detail = await t.dana.invoices.get({ id: invoice.id });
    // Seen from before the last payment, only the first one is paid: due 2026-12-31 by Net 30.
    expect((await t.dana.invoices.get({ id: invoice.id, asOf: '2026-12-30' })).standing).toEqual({ balance: '100.00', open: true, overdue: false, daysPastDue: 0 });
    expect((await t.dana.invoices.get({ id: invoice.id, asOf: '2026-12-31' })).standing).toEqual({ balance: '0.00', open: false, overdue: false, daysPastDue: 0 });
    expect((await t.dana.invoices.get({ id: invoice.id, asOf: '2026-12-01' })).standing.balance).toBe('100.10');
    expect(detail.payments.map((p) => [p.amount, p.receivedOn, p.reference])).toEqual([
      ['0.10', '2026-12-05', 'ACH 1'],
      ['100.00', '2026-12-31', ''],
    ]);
  });

  it('lists invoice history newest first by scope, with overdue state on a day, open ones only when asked', async () => {
    const t = await buildWorkTree(await makeStore());
    const a = await placed(t, t.night);
    const bill = (customerId: string, invoiceDate: string) =>
      customerId === t.night
        ? t.bill.invoices.create({ customerId, invoiceDate, lines: [{ assignmentId: a.id, hours: '1' }] }).then((r) => r.invoice)
        : t.bill.invoices.createZeroDollar({ customerId, invoiceDate }).then((r) => r.invoice);
    const older = await bill(t.night, '2026-10-01'); // due 2026-10-31
    const newer = await bill(t.night, '2026-11-15'); // due 2026-12-15
    const zero = await bill(t.root, '2026-11-01');
    const page = await t.dana.invoices.list({ customerId: t.root, scope: 'master', asOf: '2026-12-01' });
    expect(page.items.map((i) => i.asOf)).toEqual(['2026-12-01', '2026-12-01', '2026-12-01']);
    expect(page.items.map((i) => [i.invoice.id, i.standing.overdue, i.standing.daysPastDue])).toEqual([
      [newer.id, false, 0],
      [zero.id, false, 0],
      [older.id, true, 31],
    ]);
    expect((await t.dana.invoices.list({ customerId: t.root, scope: 'master', openOnly: true })).items.map((i) => i.invoice.id)).toEqual([newer.id, older.id]);
    expect((await t.dana.invoices.list({ customerId: t.root })).items.map((i) => i.invoice.id)).toEqual([zero.id]);
    const first = await t.dana.invoices.list({ customerId: t.root, scope: 'master', limit: 1 });
    expect(first.next).not.toBeNull();
  });

  it('refuses a line of another record’s assignment or with negative hours, naming the line', async () => {
    const t = await buildWorkTree(await makeStore());
    const a = await placed(t, t.night);
    const before = await eventCount(t.agency.store);
    const other = await expectError(t.bill.invoices.create({ customerId: t.root, invoiceDate: '2026-12-01', lines: [{ assignmentId: a.id, hours: '1' }] }), 'VALIDATION');
    expect(other.details.path).toEqual(['lines', 0, 'assignmentId']);
    const negative = await expectError(t.bill.invoices.create({ customerId: t.night, invoiceDate: '2026-12-01', lines: [{ assignmentId: a.id, hours: '-1' }] }), 'VALIDATION');
    expect(negative.details.path).toEqual(['lines', 0, 'hours']);
    expect(await eventCount(t.agency.store)).toBe(before);
  });
});
