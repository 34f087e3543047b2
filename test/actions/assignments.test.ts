import { describe, expect, it } from 'vitest';
import { messages } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('assignments');

async function orderOn(t: WorkTree, customerId: string, positions = 2) {
  return (await t.dana.orders.create({ customerId, jobTitle: 'Picker', startDate: '2026-12-07', positions, payRate: '18.50', billRate: '27.75' })).order;
}

describe.each(stores)('assignments on %s', (_name, makeStore) => {
  it('places an employee with the order’s rates and start unless given, and fills the order at its last position', async () => {
    const t = await buildWorkTree(await makeStore());
    const order = await orderOn(t, t.warehouse);
    const { assignment: first } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1' });
    expect(first).toMatchObject({ orderId: order.id, customerId: t.warehouse, employeeId: 'E-1', jobTitle: 'Picker', payRate: '18.5000', billRate: '27.7500', startDate: '2026-12-07', state: 'active', createdBy: 'dana' });
    const { assignment: second } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-2', payRate: '19', billRate: '28.5', startDate: '2026-12-14', endDate: '2027-01-15' });
    expect(second).toMatchObject({ payRate: '19.0000', billRate: '28.5000', endDate: '2027-01-15' });
    expect((await t.dana.orders.list({ customerId: t.warehouse })).items[0]!.state).toBe('filled');
    const full = await expectError(t.dana.assignments.create({ orderId: order.id, employeeId: 'E-3' }), 'BUSINESS_RULE');
    expect(full.message).toContain('is filled');
    await t.dana.assignments.end({ id: first.id, endDate: '2026-12-11', reason: 'Assignment complete' });
    expect((await t.dana.orders.list({ customerId: t.warehouse })).items[0]!.state).toBe('open');
    await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-3' });
  });

  it.each(['H', 'X'])('refuses an assignment when an ancestor is %s, and writes nothing', async (status) => {
    const t = await buildWorkTree(await makeStore());
    const order = await orderOn(t, t.night);
    await t.ada.customers.changeStatus({ id: t.warehouse, to: status, ...(status === 'X' ? { reason: 'entered twice' } : {}) });
    const before = await eventCount(t.agency.store);
    const error = await expectError(t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1' }), 'STATUS_BLOCKED');
    expect(error.message).toContain(`Customer ${t.warehouse} (an ancestor of this record)`);
    expect(error.message).toContain('allows no employee assignments');
    expect(await eventCount(t.agency.store)).toBe(before);
  });

  it('refuses an employee barred on the record, with the bar and its reason, and writes nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    const order = await orderOn(t, t.night);
    const { bar } = await t.dana.bars.add({ customerId: t.night, employeeId: 'E-7', reason: 'Left the site without notice' });
    expect(bar).toMatchObject({ covers: 'record', state: 'active', createdBy: 'dana', createdAt: '2026-11-22T09:00:00.000Z' });
    const before = await eventCount(t.agency.store);
    const error = await expectError(t.dana.assignments.create({ orderId: order.id, employeeId: 'E-7' }), 'EMPLOYEE_BARRED');
    expect(error.message).toBe('[staffcore] Employee E-7 is barred from this customer: Left the site without notice');
    expect(error.details).toMatchObject({ id: bar.id, customerId: t.night, reason: 'Left the site without notice', covers: 'record' });
    expect(await eventCount(t.agency.store)).toBe(before);
  });

  it('refuses an employee through an ancestor’s tree-wide bar, but not through a record-only one', async () => {
    const t = await buildWorkTree(await makeStore());
    const order = await orderOn(t, t.night, 5);
    await t.dana.bars.add({ customerId: t.root, employeeId: 'E-8', reason: 'Only on Acme itself' });
    await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-8' }); // a record-only bar up the tree does not reach the night shift
    const { bar } = await t.dana.bars.add({ customerId: t.root, employeeId: 'E-9', covers: 'tree', reason: 'Safety violation' });
    const error = await expectError(t.dana.assignments.create({ orderId: order.id, employeeId: 'E-9' }), 'EMPLOYEE_BARRED');
    expect(error.message).toBe(`[staffcore] Employee E-9 is barred from customer ${t.root} and its whole tree: Safety violation`);
    expect(error.details).toMatchObject({ id: bar.id, customerId: t.root, covers: 'tree' });
    // lifted, the bar no longer applies and stays listed with who lifted it and why
    const { bar: lifted } = await t.dana.bars.remove({ id: bar.id, reason: 'Retrained' });
    expect(lifted).toMatchObject({ state: 'removed', removedBy: 'dana', removalReason: 'Retrained' });
    await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-9' });
    expect((await t.dana.bars.list({ customerId: t.night, scope: 'master' })).items.map((b) => b.employeeId)).toEqual(['E-8']);
    expect((await t.dana.bars.list({ customerId: t.night, scope: 'master', active: false })).items.map((b) => b.state).sort()).toEqual(['active', 'removed']);
    await expectError(t.dana.bars.remove({ id: bar.id, reason: 'again' }), 'BUSINESS_RULE');
  });

  it('reports the active assignments a new bar covers, and refuses the same bar twice', async () => {
    const t = await buildWorkTree(await makeStore());
    const order = await orderOn(t, t.night);
    const { assignment: placed } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-4' });
    const { coveredAssignments } = await t.dana.bars.add({ customerId: t.warehouse, employeeId: 'E-4', covers: 'tree', reason: 'Complaint' });
    expect(coveredAssignments.map((a) => a.id)).toEqual([placed.id]);
    await expectError(t.dana.bars.add({ customerId: t.warehouse, employeeId: 'E-4', covers: 'tree', reason: 'Again' }), 'BUSINESS_RULE');
  });

  it('refuses without a rate anywhere, a negative rate, the same employee twice, and a closed order', async () => {
    const t = await buildWorkTree(await makeStore());
    const { order: bare } = await t.dana.orders.create({ customerId: t.root, jobTitle: 'Picker', startDate: '2026-12-07', positions: 3 });
    expect((await expectError(t.dana.assignments.create({ orderId: bare.id, employeeId: 'E-1', billRate: '20' }), 'VALIDATION')).details.path).toEqual(['payRate']);
    expect((await expectError(t.dana.assignments.create({ orderId: bare.id, employeeId: 'E-1', payRate: '-1', billRate: '20' }), 'VALIDATION')).details.path).toEqual(['payRate']);
    await t.dana.assignments.create({ orderId: bare.id, employeeId: 'E-1', payRate: '15', billRate: '20' });
    await expectError(t.dana.assignments.create({ orderId: bare.id, employeeId: 'E-1', payRate: '15', billRate: '20' }), 'BUSINESS_RULE');
    const { order: other } = await t.dana.orders.create({ customerId: t.root, jobTitle: 'Driver', startDate: '2026-12-07' });
    await t.dana.orders.close({ id: other.id });
    await expectError(t.dana.assignments.create({ orderId: other.id, employeeId: 'E-2', payRate: '15', billRate: '20' }), 'BUSINESS_RULE');
  });

  it('refuses a rep without assignment.edit or bar.edit, and an order outside the rep’s level', async () => {
    const t = await buildWorkTree(await makeStore());
    const order = await orderOn(t, t.root);
    const error = await expectError(t.bill.assignments.create({ orderId: order.id, employeeId: 'E-1' }), 'FORBIDDEN');
    expect(error.message).toBe(`[staffcore] ${messages.forbidden('assignment.edit')}`);
    await expectError(t.bill.bars.add({ customerId: t.root, employeeId: 'E-1', reason: 'x' }), 'FORBIDDEN');
    const lee = t.agency.as(t.agency.lee);
    const notTheirs = await expectError(lee.assignments.create({ orderId: order.id, employeeId: 'E-1' }), 'NOT_FOUND');
    expect(notTheirs.details).toMatchObject({ entity: 'orders', id: order.id, path: ['orderId'] });
  });

  it('lists active or all assignments by scope and order, and ends one with its reason', async () => {
    const t = await buildWorkTree(await makeStore());
    const rootOrder = await orderOn(t, t.root);
    const nightOrder = await orderOn(t, t.night);
    const { assignment: a } = await t.dana.assignments.create({ orderId: rootOrder.id, employeeId: 'E-1' });
    const { assignment: b } = await t.dana.assignments.create({ orderId: nightOrder.id, employeeId: 'E-2', startDate: '2026-12-08' });
    const { assignment: ended } = await t.dana.assignments.end({ id: a.id, endDate: '2026-12-09', reason: 'Done' });
    expect(ended).toMatchObject({ state: 'ended', endDate: '2026-12-09', endReason: 'Done' });
    const ids = async (input: Parameters<typeof t.dana.assignments.list>[0]) => (await t.dana.assignments.list(input)).items.map((x) => x.id);
    expect(await ids({ customerId: t.root })).toEqual([]);
    expect(await ids({ customerId: t.root, active: false })).toEqual([a.id]);
    expect(await ids({ customerId: t.root, scope: 'subtree' })).toEqual([b.id]);
    expect(await ids({ customerId: t.night, scope: 'master', active: false })).toEqual([b.id, a.id]);
    expect(await ids({ customerId: t.root, scope: 'master', active: false, orderId: nightOrder.id })).toEqual([b.id]);
    await expectError(t.dana.assignments.end({ id: a.id, endDate: '2026-12-10' }), 'BUSINESS_RULE');
    await expectError(t.dana.assignments.end({ id: b.id, endDate: '2026-12-01' }), 'BUSINESS_RULE');
  });
});
