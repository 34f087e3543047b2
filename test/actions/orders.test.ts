import { describe, expect, it } from 'vitest';
import { messages } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount } from '../helpers/workTree.js';

const stores = storesUnderTest('orders');

describe.each(stores)('orders on %s', (_name, makeStore) => {
  it('opens a Temp order linked to the record, at its default worksite', async () => {
    const t = await buildWorkTree(await makeStore());
    const { worksite } = await t.danaWithAddresses.worksites.add({ customerId: t.warehouse, address: { line1: '9 Dock Rd', city: 'Minneapolis', region: 'MN', postalCode: '55401' } });
    const { order, credit, warnings } = await t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Forklift operator', startDate: '2026-12-07' });
    expect(order).toMatchObject({ customerId: t.warehouse, type: 'Temp', worksiteId: worksite.id, state: 'open', positions: 1, createdBy: 'dana', creditOverride: null });
    expect(credit.decision).toBe('allowed');
    expect(warnings).toEqual([]);
    const direct = await t.dana.orders.create({ customerId: t.warehouse, type: 'DirectHire', jobTitle: 'Manager', startDate: '2026-12-07', worksiteId: null });
    expect(direct.order).toMatchObject({ type: 'DirectHire', worksiteId: null });
  });

  it('works out the estimated billing exactly: bill rate × estimated hours, to the cent', async () => {
    const t = await buildWorkTree(await makeStore());
    // 27.3333 × 123.45 = 3374.295885 → 3374.30
    const { order } = await t.dana.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-12-07', billRate: '27.3333', estimatedHours: '123.45' });
    expect(order.estimatedBilling).toBe('3374.30');
  });

  it.each(['H', 'X'])('refuses an order under an ancestor with status %s, naming the record and status that block, and writes nothing', async (status) => {
    const t = await buildWorkTree(await makeStore());
    await t.ada.customers.changeStatus({ id: t.root, to: status, ...(status === 'X' ? { reason: 'entered twice' } : {}) });
    const before = await eventCount(t.agency.store);
    const error = await expectError(t.dana.orders.create({ customerId: t.night, jobTitle: 'Picker', startDate: '2026-12-07' }), 'STATUS_BLOCKED');
    expect(error.message).toMatch(new RegExp(`Customer ${t.root} \\(an ancestor of this record\\) is "${status === 'H' ? 'Hold for credit check' : 'Deleted'}.*", which allows no new orders`));
    expect(error.details).toMatchObject({ id: t.root, requestedId: t.night });
    expect(await eventCount(t.agency.store)).toBe(before);
  });

  it('refuses a rep without order.create, and a record outside the rep’s level', async () => {
    const t = await buildWorkTree(await makeStore());
    const error = await expectError(t.bill.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-12-07' }), 'FORBIDDEN');
    expect(error.message).toBe(`[staffcore] ${messages.forbidden('order.create')}`);
    await expectError(t.dana.orders.create({ customerId: t.elsewhere, jobTitle: 'Picker', startDate: '2026-12-07' }), 'NOT_FOUND');
  });

  it('refuses a negative rate or estimate with VALIDATION naming the field, and writes nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    const before = await eventCount(t.agency.store);
    for (const field of ['payRate', 'billRate', 'estimatedHours'] as const) {
      const error = await expectError(t.dana.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-12-07', [field]: '-1' }), 'VALIDATION');
      expect(error.details.path).toEqual([field]);
      expect(error.message).toContain('must not be negative');
    }
    expect(await eventCount(t.agency.store)).toBe(before);
  });

  it('refuses an end before the start and a worksite of another tree', async () => {
    const t = await buildWorkTree(await makeStore());
    const end = await expectError(t.dana.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-12-07', endDate: '2026-12-01' }), 'BUSINESS_RULE');
    expect(end.details.path).toEqual(['endDate']);
    const other = await t.danaWithAddresses.customers.add({ name: 'Other', address: { line1: '1 Elm St', city: 'St Paul', region: 'MN', postalCode: '55101' } });
    const error = await expectError(t.dana.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-12-07', worksiteId: other.worksite!.id }), 'BUSINESS_RULE');
    expect(error.details.path).toEqual(['worksiteId']);
  });

  it('lists active or all orders for the record, its subtree or its whole tree, paged', async () => {
    const t = await buildWorkTree(await makeStore());
    const open = async (customerId: string, jobTitle: string, startDate: string) =>
      (await t.dana.orders.create({ customerId, jobTitle, startDate })).order;
    const a = await open(t.root, 'Root job', '2026-12-01');
    const b = await open(t.warehouse, 'Warehouse job', '2026-12-02');
    const c = await open(t.night, 'Night job', '2026-12-03');
    const { order: closed } = await t.dana.orders.close({ id: b.id, reason: 'Filled elsewhere' });
    expect(closed).toMatchObject({ state: 'closed', closeReason: 'Filled elsewhere', closedAt: '2026-11-22T09:00:00.000Z' });
    const titles = async (input: Parameters<typeof t.dana.orders.list>[0]) => (await t.dana.orders.list(input)).items.map((o) => o.jobTitle);
    expect(await titles({ customerId: t.root })).toEqual(['Root job']);
    expect(await titles({ customerId: t.warehouse, scope: 'subtree' })).toEqual(['Night job']);
    expect(await titles({ customerId: t.warehouse, scope: 'subtree', active: false })).toEqual(['Night job', 'Warehouse job']);
    expect(await titles({ customerId: t.night, scope: 'master', active: false })).toEqual(['Night job', 'Warehouse job', 'Root job']);
    const first = await t.dana.orders.list({ customerId: t.root, scope: 'master', active: false, limit: 2 });
    const second = await t.dana.orders.list({ customerId: t.root, scope: 'master', active: false, limit: 2, after: first.next });
    expect([...first.items, ...second.items].map((o) => o.id)).toEqual([c.id, b.id, a.id]);
    expect(second.next).toBeNull();
  });

  it('refuses to close an order with active assignments, or twice', async () => {
    const t = await buildWorkTree(await makeStore());
    const { order } = await t.dana.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-12-07', payRate: '18.00', billRate: '27.00' });
    const { assignment } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1' });
    const busy = await expectError(t.dana.orders.close({ id: order.id }), 'BUSINESS_RULE');
    expect(busy.details).toMatchObject({ activeAssignments: 1 });
    await t.dana.assignments.end({ id: assignment.id, endDate: '2026-12-11' });
    await t.dana.orders.close({ id: order.id });
    await expectError(t.dana.orders.close({ id: order.id }), 'BUSINESS_RULE');
    await expectError(t.dana.orders.close({ id: order.id, version: 1 }), 'CONFLICT');
  });
});

describe.each(stores)('credit on %s', (_name, makeStore) => {
  /** A tree with a 10,000.00 limit, an open invoice of 1,110.00 (40 h × 27.75) due 2026-12-31 (net 30 from 2026-12-01). */
  async function withCredit(store: Awaited<ReturnType<typeof makeStore>>) {
    const t = await buildWorkTree(store);
    await t.bill.credit.setLimit({ customerId: t.root, limit: '10000.00' });
    const { order } = await t.dana.orders.create({ customerId: t.night, jobTitle: 'Picker', startDate: '2026-11-02', payRate: '18.50', billRate: '27.75' });
    const { assignment } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1' });
    const { invoice } = await t.bill.invoices.create({ customerId: t.night, invoiceDate: '2026-12-01', lines: [{ assignmentId: assignment.id, hours: '40' }] });
    return { ...t, invoice };
  }

  it('sets a limit on a root customer only', async () => {
    const t = await buildWorkTree(await makeStore());
    const error = await expectError(t.bill.credit.setLimit({ customerId: t.warehouse, limit: '500.00' }), 'BUSINESS_RULE');
    expect(error.message).toContain('set the credit limit on its root customer');
    await expectError(t.dana.credit.setLimit({ customerId: t.root, limit: '500.00' }), 'FORBIDDEN');
    const { creditLimit: first } = await t.bill.credit.setLimit({ customerId: t.root, limit: '500.00' });
    const { creditLimit: second } = await t.bill.credit.setLimit({ customerId: t.root, limit: '750.00', warnAtPercent: 90 });
    expect(second).toMatchObject({ id: first.id, version: 2, limit: '750.00', warnAtPercent: 90, blockOverdueDays: 60, setBy: 'bill' });
  });

  it('answers with the tree’s exposure: open receivables plus active orders’ estimates plus the new order', async () => {
    const t = await withCredit(await makeStore());
    await t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Loader', startDate: '2026-12-07', billRate: '30.00', estimatedHours: '100' }); // 3000.00
    const { decision, rootId } = await t.dana.credit.check({ customerId: t.night, orderAmount: '4000.00', asOf: '2026-12-15' });
    expect(rootId).toBe(t.root);
    // 1110.00 + 3000.00 + 4000.00 = 8110.00 ≥ 8000.00 (80 % of 10,000.00): warned
    expect(decision.figures).toMatchObject({ openReceivables: '1110.00', openOrders: '3000.00', orderAmount: '4000.00', exposure: '8110.00', available: '1890.00' });
    expect(decision.decision).toBe('warned');
    expect(decision.reasons[0]!.message).toContain('80% of the credit limit of 10000.00 (8000.00)');
  });

  it('creates a warned order with the warning, and refuses a blocked one with CREDIT_BLOCKED writing nothing', async () => {
    const t = await withCredit(await makeStore());
    const warned = await t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Loader', startDate: '2026-12-07', billRate: '70.00', estimatedHours: '100' }); // 7000.00
    expect(warned.credit.decision).toBe('warned');
    expect(warned.warnings[0]).toContain('at or above 80%');
    const before = await eventCount(t.agency.store);
    const error = await expectError(
      t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Loader', startDate: '2026-12-07', billRate: '20.00', estimatedHours: '100' }), // 2000.00: 10110.00 > 10000.00
      'CREDIT_BLOCKED',
    );
    expect(error.message).toContain('over the credit limit of 10000.00');
    expect(error.details).toMatchObject({ customerId: t.root, credit: { decision: 'blocked', figures: { exposure: '10110.00' } } });
    expect(await eventCount(t.agency.store)).toBe(before);
  });

  it('lets a rep with credit.override through a block, recording who, when and why; a rep without it is refused', async () => {
    const t = await withCredit(await makeStore());
    const big = { customerId: t.root, jobTitle: 'Crew', startDate: '2026-12-07', billRate: '100.00', estimatedHours: '100' }; // 10000.00
    const before = await eventCount(t.agency.store);
    const refused = await expectError(t.dana.orders.create({ ...big, overrideCreditBlock: { reason: 'CFO approved' } }), 'FORBIDDEN');
    expect(refused.details).toMatchObject({ permission: 'credit.override' });
    expect(await eventCount(t.agency.store)).toBe(before);
    const overridden = await t.ada.orders.create({ ...big, overrideCreditBlock: { reason: 'CFO approved' } });
    expect(overridden.order.creditOverride).toEqual({ by: 'ada', at: '2026-11-22T09:00:00.000Z', reason: 'CFO approved' });
    expect(overridden.credit.decision).toBe('blocked');
    expect(overridden.warnings.at(-1)).toContain('Credit block overridden by ada');
    const trail = await t.ada.audit.list({ entity: 'orders', id: overridden.order.id });
    expect(trail.items[0]!.changes['creditOverride']!.after).toEqual({ by: 'ada', at: '2026-11-22T09:00:00.000Z', reason: 'CFO approved' });
  });

  it('blocks on an invoice overdue more than the allowed days, and a payment lifts it', async () => {
    const t = await withCredit(await makeStore());
    // due 2026-12-31; 61 days later is 2027-03-02
    expect((await t.dana.credit.check({ customerId: t.root, asOf: '2027-01-01' })).decision.decision).toBe('warned');
    expect((await t.dana.credit.check({ customerId: t.root, asOf: '2027-03-01' })).decision.decision).toBe('warned'); // 60 days
    const late = (await t.dana.credit.check({ customerId: t.root, asOf: '2027-03-02' })).decision;
    expect(late.decision).toBe('blocked');
    expect(late.reasons.find((r) => r.code === 'LONG_OVERDUE')!.message).toContain(`Invoice ${t.invoice.id} is 61 days past due`);
    await t.bill.invoices.recordPayment({ invoiceId: t.invoice.id, amount: '1110.00', receivedOn: '2027-03-01' });
    expect((await t.dana.credit.check({ customerId: t.root, asOf: '2027-03-02' })).decision).toMatchObject({ decision: 'allowed', figures: { openReceivables: '0.00' } });
  });
});
