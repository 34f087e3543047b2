import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/adapters/port/index.js';
import { bootstrapHierarchy, allActions, createStaffcore, fixedClock, standardRoles, type AuditEvent, type Staffcore } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';

const stores = storesUnderTest('audit');

async function agencyOn(store: Store): Promise<{ admin: Staffcore; rep: Staffcore; company: string }> {
  const clock = fixedClock('2026-11-22T09:00:00Z');
  const company = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' }, { by: 'setup', clock });
  const admin = createStaffcore({ actions: allActions, store, clock, actor: { id: 'ada', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] } });
  const rep = createStaffcore({ actions: allActions, store, clock, actor: { id: 'dana', name: 'Dana', branchId: company.id, roles: [standardRoles.salesRep] } });
  return { admin, rep, company: company.id };
}

describe.each(stores)('the audit trail and change feed on the %s store', (_name, makeStore) => {
  it('records every write of an action with who, when, which action and the fields before and after', async () => {
    const { rep } = await agencyOn(await makeStore());
    const { customer } = await rep.customers.add({ name: 'Acme', phone: '+1 612 555 0100' });
    await rep.customers.update({ id: customer.id, version: customer.version, changes: { notes: 'Call first', phone: null } });
    const trail = await rep.audit.list({ entity: 'customers', id: customer.id });
    expect(trail.items.map((e) => [e.action, e.operation, e.actorId, e.at])).toEqual([
      ['customers.add', 'insert', 'dana', '2026-11-22T09:00:00.000Z'],
      ['customers.update', 'update', 'dana', '2026-11-22T09:00:00.000Z'],
    ]);
    expect(trail.items[0]!.changes['name']).toEqual({ before: null, after: 'Acme' });
    expect(trail.items[1]!.changes).toEqual({
      notes: { before: '', after: 'Call first' },
      phone: { before: '+1 612 555 0100', after: null },
    });
  });

  it('spells a kind of record one way: what a NOT_FOUND or CONFLICT names is what audit.list takes; a wrong one lists the valid ones', async () => {
    const { rep } = await agencyOn(await makeStore());
    const { customer } = await rep.customers.add({ name: 'Acme' });
    const missing = await expectError(rep.customers.get({ id: '999999' }), 'NOT_FOUND');
    expect(missing.details.entity).toBe('customers');
    const stale = await expectError(rep.customers.update({ id: customer.id, version: 7, changes: { notes: 'x' } }), 'CONFLICT');
    expect(stale.details.entity).toBe('customers');
    const { task } = await rep.tasks.add({ customerId: customer.id, title: 'Call' });
    const staleTask = await expectError(rep.tasks.complete({ id: task.id, version: 9 }), 'CONFLICT');
    expect(staleTask.details.entity).toBe('tasks');
    const noTask = await expectError(rep.tasks.complete({ id: '999999' }), 'NOT_FOUND');
    expect(noTask.details.entity).toBe('tasks');
    for (const named of [stale, staleTask]) {
      expect((await rep.audit.list({ entity: named.details.entity!, id: named.details.id! })).items.length).toBeGreaterThan(0);
    }
    const wrong = await expectError(rep.audit.list({ entity: 'customer', id: customer.id }), 'VALIDATION');
    expect(wrong.details.path).toEqual(['entity']);
    expect(wrong.message).toContain('use one of customers, worksites, branches');
  });

  it('feeds every committed write exactly once, in commit order, with a cursor even when nothing is new', async () => {
    const { admin, rep } = await agencyOn(await makeStore());
    const first = await admin.changes.since({});
    expect(first.items.map((e) => e.action)).toEqual(['hierarchy.bootstrap']);
    expect(first.items[0]!.actorId).toBe('setup');
    const { customer } = await rep.customers.add({ name: 'Acme' });
    await rep.customers.changeStatus({ id: customer.id, to: 'A' });
    const second = await admin.changes.since({ after: first.next });
    expect(second.items.map((e) => `${e.action} ${e.entity}`)).toEqual([
      'customers.add customers',
      'customers.changeStatus customers',
      'customers.changeStatus statusChanges',
    ]);
    const ids = [...first.items, ...second.items].map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const idle = await admin.changes.since({ after: second.next });
    expect(idle.items).toEqual([]);
    expect(idle.next).toBe(second.next);
    const paged = await admin.changes.since({ limit: 2 });
    expect(paged.items).toHaveLength(2);
    expect((await admin.changes.since({ after: paged.next })).items.map((e) => e.id)).toEqual(
      [...first.items, ...second.items].slice(2).map((e) => e.id),
    );
  });

  it("gives each event the record's version after the write, and a removal the version after the record's last", async () => {
    const { admin, rep } = await agencyOn(await makeStore());
    const start = await admin.changes.since({});
    expect(start.items.map((e) => [e.entity, e.recordVersion])).toEqual([['branches', 1]]);
    const added = await rep.customers.add({ name: 'Acme', address: { line1: '1 Main', city: 'Minneapolis', region: 'MN', postalCode: '55401' } });
    const updated = await rep.customers.update({ id: added.customer.id, version: added.customer.version, changes: { notes: 'Call first' } });
    const {
      events: [change],
    } = await rep.customers.changeStatus({ id: added.customer.id, to: 'A' });
    await rep.favorites.add({ customerId: added.customer.id });
    await rep.favorites.remove({ customerId: added.customer.id });
    const { customer } = await rep.customers.get({ id: added.customer.id });
    const feed = (await admin.changes.since({ after: start.next })).items;
    // the add saved the customer twice (then its default worksite): one event, with the version after both
    expect([added.customer.version, updated.customer.version, customer.version, change!.version]).toEqual([2, 3, 4, 1]);
    expect(feed.map((e) => [e.action, e.entity, e.operation, e.recordVersion])).toEqual([
      ['customers.add', 'customers', 'insert', added.customer.version],
      ['customers.add', 'worksites', 'insert', added.worksite!.version],
      ['customers.update', 'customers', 'update', updated.customer.version],
      ['customers.changeStatus', 'customers', 'update', customer.version],
      ['customers.changeStatus', 'statusChanges', 'insert', change!.version],
      ['favorites.add', 'favorites', 'insert', 1],
      // the removal comes after the last version the bookmark had (1)
      ['favorites.remove', 'favorites', 'remove', 2],
    ]);
    expect(feed[1]!.recordId).toBe(added.worksite!.id);
    // the trail reads the same versions: a consumer orders a record's events by them
    const trail = await rep.audit.list({ entity: 'customers', id: customer.id });
    expect(trail.items.map((e) => e.recordVersion)).toEqual([2, 3, 4]);
  });

  it('gives every event of one action one transactionId, and no two actions the same one', async () => {
    const { admin, rep } = await agencyOn(await makeStore());
    const { customer } = await rep.customers.add({ name: 'Acme', address: { line1: '1 Main', city: 'Minneapolis', region: 'MN', postalCode: '55401' } });
    await rep.customers.changeStatus({ id: customer.id, to: 'A' });
    await expectError(rep.customers.changeStatus({ id: customer.id, to: 'X' }), 'VALIDATION');
    const { customer: active } = await rep.customers.get({ id: customer.id });
    await rep.customers.update({ id: customer.id, version: active.version, changes: { notes: 'x' } });
    const feed = (await admin.changes.since({ limit: 1000 })).items;
    const byTransaction = new Map<string, AuditEvent[]>();
    for (const e of feed) byTransaction.set(e.transactionId, [...(byTransaction.get(e.transactionId) ?? []), e]);
    expect([...byTransaction.values()].map((events) => events.map((e) => `${e.action} ${e.entity}`))).toEqual([
      ['hierarchy.bootstrap branches'],
      ['customers.add customers', 'customers.add worksites'],
      ['customers.changeStatus customers', 'customers.changeStatus statusChanges'],
      ['customers.update customers'],
    ]);
  });

  it('keeps one transactionId over an action whose events take several appends (an import of 5,002 events)', async () => {
    const { admin, rep } = await agencyOn(await makeStore());
    const start = await admin.changes.since({});
    const address = { line1: '1 Main', city: 'Minneapolis', region: 'MN', postalCode: '55401' };
    const rows = Array.from({ length: 2501 }, (_, i) => ({ name: `Import ${i}`, address: { ...address, line1: `${i} Main` } }));
    const { added } = await rep.customers.addMany({ rows });
    expect(added).toHaveLength(2501);
    const page = await admin.changes.since({ after: start.next, limit: 10_000 });
    expect(page.items).toHaveLength(5002);
    const [{ transactionId }] = page.items as [AuditEvent];
    expect(new Set(page.items.map((e) => e.transactionId))).toEqual(new Set([transactionId]));
    expect(transactionId).not.toBe(start.items[0]!.transactionId);
    await rep.customers.add({ name: 'After' });
    const next = await admin.changes.since({ after: page.next });
    expect(next.items.map((e) => e.action)).toEqual(['customers.add']);
    expect(next.items[0]!.transactionId).not.toBe(transactionId);
  });

  it('leaves no event for an action that was refused or rolled back', async () => {
    const { admin, rep } = await agencyOn(await makeStore());
    const { customer } = await rep.customers.add({ name: 'Acme' });
    const before = await admin.changes.since({});
    await expectError(rep.customers.update({ id: customer.id, version: customer.version + 5, changes: { notes: 'stale' } }), 'CONFLICT');
    await expectError(rep.customers.changeStatus({ id: customer.id, to: 'X' }), 'VALIDATION');
    expect((await admin.changes.since({ after: before.next })).items).toEqual([]);
  });

  it('keeps the change feed from reps without the integration permission, and refuses a bad cursor', async () => {
    const { admin, rep } = await agencyOn(await makeStore());
    await expectError(rep.changes.since({}), 'FORBIDDEN');
    const error = await expectError(admin.changes.since({ after: 'not-a-cursor' }), 'VALIDATION');
    expect(error.details.path).toEqual(['after']);
  });

  it('reads the trail of a worksite and of a hierarchy level', async () => {
    const { admin, rep, company } = await agencyOn(await makeStore());
    const { customer } = await rep.customers.add({ name: 'Acme' });
    const { worksite } = await rep.worksites.add({ customerId: customer.id, address: { line1: '1 Main', city: 'Minneapolis', region: 'MN', postalCode: '55401' } });
    expect((await rep.audit.list({ entity: 'worksites', id: worksite.id })).items.map((e) => e.action)).toEqual(['worksites.add']);
    expect((await admin.audit.list({ entity: 'branches', id: company })).items.map((e) => e.action)).toEqual(['hierarchy.bootstrap']);
    await expectError(rep.audit.list({ entity: 'spaceships', id: '1' }), 'VALIDATION');
    await expectError(rep.audit.list({ entity: 'customers', id: '999' }), 'NOT_FOUND');
  });
});
