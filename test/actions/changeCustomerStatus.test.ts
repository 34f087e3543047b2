import { describe, expect, it } from 'vitest';
import { createStatusCatalog, allActions, createStaffcore, defaultStatuses } from '../../src/index.js';
import { buildAgency, clock } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';

async function tree() {
  const agency = await buildAgency();
  const sc = agency.as(agency.dana);
  const root = (await sc.customers.add({ name: 'Acme' })).customer;
  const plant = (await sc.customers.add({ name: 'Plant', parentId: root.id })).customer;
  const dock = (await sc.customers.add({ name: 'Dock', parentId: plant.id })).customer;
  return { agency, sc, root, plant, dock };
}

describe('customers.changeStatus', () => {
  it('records who, when, from, to and why', async () => {
    const { sc, root } = await tree();
    const result = await sc.customers.changeStatus({ id: root.id, to: 'A', reason: 'Contract signed' });
    expect(result.customer).toMatchObject({ status: 'A', version: root.version + 1, updatedBy: 'dana' });
    expect(result.changed).toHaveLength(1);
    await sc.customers.changeStatus({ id: root.id, to: 'I' });
    const { items: history } = await sc.customers.statusHistory({ id: root.id });
    expect(history.map((e) => [e.from, e.to, e.reason, e.by, e.at])).toEqual([
      ['P', 'A', 'Contract signed', 'dana', '2026-11-22T09:00:00.000Z'],
      ['A', 'I', null, 'dana', '2026-11-22T09:00:00.000Z'],
    ]);
  });

  it('needs a reason for X and records the duplicate', async () => {
    const { sc, root, agency } = await tree();
    const copy = (await sc.customers.add({ name: 'Acme again' })).customer;
    const error = await expectError(sc.customers.changeStatus({ id: copy.id, to: 'X' }), 'VALIDATION');
    expect(error.details.path).toEqual(['reason']);
    expect(agency.store.peek('customers', copy.id)).toMatchObject({ status: 'P' });
    const { customer, events } = await sc.customers.changeStatus({ id: copy.id, to: 'X', reason: 'Duplicate', duplicateOfId: root.id });
    expect(customer).toMatchObject({ status: 'X', duplicateOfId: root.id });
    expect(events[0]).toMatchObject({ from: 'P', to: 'X', reason: 'Duplicate', duplicateOfId: root.id });
  });

  it('refuses an unknown status, the same status, and a duplicate of itself', async () => {
    const { sc, root } = await tree();
    expect((await expectError(sc.customers.changeStatus({ id: root.id, to: 'Q' }), 'VALIDATION')).message).toContain('Unknown status "Q"');
    await expectError(sc.customers.changeStatus({ id: root.id, to: 'P' }), 'VALIDATION');
    await expectError(sc.customers.changeStatus({ id: root.id, to: 'X', reason: 'r', duplicateOfId: root.id }), 'VALIDATION');
  });

  it('cascades to the whole subtree in one step, recording each change', async () => {
    const { sc, root, plant, dock } = await tree();
    const result = await sc.customers.changeStatus({ id: root.id, to: 'H', reason: 'Credit check', cascade: true });
    expect(result.changed.map((c) => c.id)).toEqual([root.id, plant.id, dock.id]);
    expect(result.events.map((e) => e.cascadedFromId)).toEqual([null, root.id, root.id]);
    for (const id of [root.id, plant.id, dock.id]) expect((await sc.customers.get({ id })).customer.status).toBe('H');
  });

  it('changes nothing when a cascade reaches a record outside the scope', async () => {
    const { agency, sc, root, plant } = await tree();
    // An administrator puts one department in St. Paul's branch, outside Dana's level.
    await agency.store.transaction(async (tx) => {
      const current = (await tx.customers.get(plant.id))!;
      await tx.customers.update({ ...current, branchId: agency.ids.stPaul as never });
    });
    await expectError(sc.customers.changeStatus({ id: root.id, to: 'H', cascade: true }), 'FORBIDDEN');
    expect(agency.store.peek('customers', root.id)).toMatchObject({ status: 'P' });
    expect(agency.store.size('statusChanges')).toBe(0);
  });

  it('makes a hold higher in the tree block orders below it, with the reason', async () => {
    const { sc, root, dock } = await tree();
    expect((await sc.customers.capabilities({ id: dock.id })).createOrder).toEqual({ allowed: true });
    await sc.customers.changeStatus({ id: root.id, to: 'H' });
    const capabilities = await sc.customers.capabilities({ id: dock.id });
    expect(capabilities.status.own.code).toBe('P');
    expect(capabilities.status.effective.code).toBe('H');
    expect(capabilities.status.decidedById).toBe(root.id);
    expect(capabilities.createOrder).toMatchObject({ allowed: false, code: 'STATUS_BLOCKED', customerId: root.id });
    expect(capabilities.assignEmployees).toMatchObject({ allowed: false, code: 'STATUS_BLOCKED' });
  });

  it('works with an organization catalog', async () => {
    const { agency, root } = await tree();
    const statuses = createStatusCatalog(
      [...defaultStatuses, { code: 'BID', name: 'Bid', allowsOrders: true, allowsAssignments: false, inActiveSearches: true }],
      'P',
    );
    const sc = createStaffcore({ actions: allActions, store: agency.store, actor: agency.dana, clock, statuses });
    await sc.customers.changeStatus({ id: root.id, to: 'BID' });
    const capabilities = await sc.customers.capabilities({ id: root.id });
    expect(capabilities.createOrder.allowed).toBe(true);
    expect(capabilities.assignEmployees).toMatchObject({ allowed: false, code: 'STATUS_BLOCKED' });
  });
});
