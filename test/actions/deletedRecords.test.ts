import { describe, expect, it } from 'vitest';
import type { Repositories, Store } from '../../src/adapters/port/index.js';
import { memoryStore } from '../../src/adapters/memory/index.js';
import { StaffcoreError, allActions, createStaffcore, messages } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, refusedWritesNothing } from '../helpers/workTree.js';

const stores = storesUnderTest('rec_deleted');

describe.each(stores)('a deleted record takes no new work, on %s', (_name, makeStore) => {
  it('refuses every write of what a deleted record holds, and lets the clean-up actions through', async () => {
    const t = await buildWorkTree(await makeStore());
    const address = { line1: '9 Dock Rd', city: 'Minneapolis', region: 'MN', postalCode: '55401' };
    const { order } = await t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Picker', startDate: '2026-12-01', payRate: '18', billRate: '27' });
    const { assignment } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1' });
    const { invoice } = await t.bill.invoices.create({ customerId: t.warehouse, invoiceDate: '2026-12-07', lines: [{ assignmentId: assignment.id, hours: '8' }] });
    const { task } = await t.dana.tasks.add({ customerId: t.warehouse, title: 'Call' });
    const { contact } = await t.dana.contacts.add({ customerId: t.warehouse, firstName: 'Pat' });
    await t.dana.favorites.add({ customerId: t.warehouse });
    const { bar } = await t.dana.bars.add({ customerId: t.warehouse, employeeId: 'E-9', reason: 'No-show' });
    await t.ada.customers.changeStatus({ id: t.warehouse, to: 'X', reason: 'Entered by mistake' });

    const blocked = messages.recordDeleted(t.warehouse, messages.deletedHoldsNothingNew);
    for (const [what, call] of [
      ['worksites.add', () => t.danaWithAddresses.worksites.add({ customerId: t.warehouse, name: 'Dock', address })],
      ['invoices.create', () => t.bill.invoices.create({ customerId: t.warehouse, invoiceDate: '2026-12-08', lines: [{ assignmentId: assignment.id, hours: '1' }] })],
      ['invoices.recordPayment', () => t.bill.invoices.recordPayment({ invoiceId: invoice.id, amount: '10', receivedOn: '2026-12-09' })],
      ['customers.update', () => t.dana.customers.update({ id: t.warehouse, version: 2, changes: { notes: 'x' } })],
      ['contacts.update', () => t.dana.contacts.update({ id: contact.id, version: contact.version, changes: { firstName: 'Sam' } })],
      ['bars.add', () => t.dana.bars.add({ customerId: t.warehouse, employeeId: 'E-5', reason: 'No-show' })],
    ] as const) {
      const error = (await refusedWritesNothing(t.agency.store, call)) as StaffcoreError;
      expect(error.code, what).toBe('STATUS_BLOCKED');
      expect(error.message, what).toBe(`[staffcore] ${blocked}`);
      expect(error.details, what).toMatchObject({ entity: 'customers', id: t.warehouse });
    }
    // The actions menu names the move's own reason, and the move says the same.
    const move = (await refusedWritesNothing(t.agency.store, () => t.dana.customers.move({ id: t.warehouse, newParentId: null, version: 2 }))) as StaffcoreError;
    expect(move).toMatchObject({ code: 'STATUS_BLOCKED', message: `[staffcore] ${messages.recordDeleted(t.warehouse, 'it cannot be moved')}` });
    // What exists to clean up a deleted record still works.
    await t.dana.tasks.complete({ id: task.id });
    await t.dana.contacts.deactivate({ id: contact.id });
    await t.dana.assignments.end({ id: assignment.id, endDate: '2026-12-10' });
    expect((await t.dana.orders.close({ id: order.id })).order.state).toBe('closed');
    expect((await t.dana.bars.remove({ id: bar.id, reason: 'Record entered by mistake' })).bar.state).toBe('removed');
    await t.dana.favorites.remove({ customerId: t.warehouse });
    // And a record entered by mistake comes back through a status change.
    const restored = await t.ada.customers.changeStatus({ id: t.warehouse, to: 'P' });
    expect(restored.customer.status).toBe('P');
  });

  it('keeps a record deleted as a duplicate deleted: no status change revives it, so duplicateOfId never outlives X', async () => {
    const t = await buildWorkTree(await makeStore());
    const { customer: survivor } = await t.dana.customers.add({ name: 'Survivor' });
    const { customer: duplicate } = await t.dana.customers.add({ name: 'Duplicate' });
    await t.ada.customers.merge({ from: duplicate.id, into: survivor.id });
    const { customer: marked } = await t.dana.customers.add({ name: 'Marked' });
    await t.ada.customers.changeStatus({ id: marked.id, to: 'X', reason: 'Looks like a duplicate', duplicateOfId: survivor.id });
    for (const id of [duplicate.id, marked.id]) {
      const before = await eventCount(t.agency.store);
      const error = await expectError(t.ada.customers.changeStatus({ id, to: 'A' }), 'STATUS_BLOCKED');
      expect(error.message).toBe(`[staffcore] ${messages.mergedDuplicate(id, survivor.id)}`);
      expect(await eventCount(t.agency.store)).toBe(before);
      expect((await t.ada.customers.get({ id })).customer).toMatchObject({ status: 'X', duplicateOfId: survivor.id });
      // The record's menu says so before anyone tries.
      expect((await t.ada.customers.actions({ id })).menu.find((item) => item.id === 'changeStatus')).toMatchObject({ enabled: false, code: 'STATUS_BLOCKED' });
    }
    // A cascade does not revive one either.
    const { customer: root } = await t.dana.customers.add({ name: 'Root' });
    const { customer: dept } = await t.dana.departments.add({ name: 'Dept', parentId: root.id });
    await t.ada.customers.changeStatus({ id: dept.id, to: 'X', reason: 'Duplicate', duplicateOfId: survivor.id });
    await t.ada.customers.changeStatus({ id: root.id, to: 'X', reason: 'Gone' });
    const cascade = await expectError(t.ada.customers.changeStatus({ id: root.id, to: 'P', cascade: true }), 'STATUS_BLOCKED');
    expect(cascade.details).toMatchObject({ id: dept.id, path: ['cascade'] });
    // A record deleted by mistake, as nobody's duplicate, comes back.
    expect((await t.ada.customers.changeStatus({ id: root.id, to: 'P' })).customer).toMatchObject({ status: 'P', duplicateOfId: null });
  });
});

describe('an action meeting a conflict its caller did not ask for', () => {
  /** A host's store whose customer updates fail with CONFLICT the first `failures` times, as if another writer had just saved the record. */
  function racingStore(failures: number): Store & { attempts: number } {
    const inner = memoryStore();
    const state = { attempts: 0 };
    return Object.assign(state, {
      name: 'racing',
      dispose: () => inner.dispose(),
      transaction: <R>(work: (tx: Repositories) => Promise<R>, options?: { readOnly?: boolean }) =>
        inner.transaction(
          (tx) =>
            work({
              ...tx,
              customers: {
                ...tx.customers,
                updateMany: async (records) => {
                  state.attempts++;
                  if (state.attempts <= failures) throw new StaffcoreError('CONFLICT', messages.conflict('customer', records[0]!.id), { details: { entity: 'customers', id: records[0]!.id } });
                  return tx.customers.updateMany(records);
                },
              },
            } as Repositories),
          options,
        ),
    });
  }

  it('runs again from fresh reads, up to three times, and never retries a conflict the caller asked for', async () => {
    for (const [failures, succeeds] of [
      [1, true],
      [2, true],
      [3, false],
    ] as const) {
      const store = racingStore(failures);
      const t = await buildWorkTree(store);
      store.attempts = 0;
      const call = t.dana.customers.changeStatus({ id: t.root, to: 'A' });
      if (succeeds) expect((await call).customer.status).toBe('A');
      else await expectError(call, 'CONFLICT');
      expect(store.attempts).toBe(Math.min(failures + 1, 3));
    }
    // A stale version the caller gave is its own conflict: returned at once.
    const asked = racingStore(0);
    const u = await buildWorkTree(asked);
    asked.attempts = 0;
    const stale = await expectError(u.dana.customers.changeStatus({ id: u.root, to: 'A', version: 9 }), 'CONFLICT');
    expect(stale.details).toMatchObject({ expected: 9 });
    expect(asked.attempts).toBe(0);
    const sc = createStaffcore({ actions: allActions, store: u.agency.store, actor: u.agency.dana });
    expect((await sc.customers.get({ id: u.root })).customer.status).toBe('P');
  });
});
