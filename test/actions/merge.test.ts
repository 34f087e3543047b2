import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityNames, type Store } from '../../src/adapters/port/index.js';
import { messages, standardRoles, type MergeChange, type Staffcore } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, refusedWritesNothing } from '../helpers/workTree.js';

const stores = storesUnderTest('rec_merge');

/** Every record of the store by `entity/id`, with its version and data. */
async function everything(store: Store): Promise<Map<string, Record<string, unknown>>> {
  return store.transaction(async (tx) => {
    const out = new Map<string, Record<string, unknown>>();
    for (const entity of entityNames) {
      let after: string | null = null;
      do {
        const page: { items: readonly Record<string, unknown>[]; next: string | null } = await tx[entity].find({ limit: 1000, after });
        for (const record of page.items) out.set(`${entity}/${String(record['id'])}`, record);
        after = page.next;
      } while (after !== null);
    }
    return out;
  });
}

/** Checks the store changed exactly as a merge's change list says. */
function expectExactly(before: Map<string, Record<string, unknown>>, after: Map<string, Record<string, unknown>>, changes: readonly MergeChange[]): void {
  const updated = new Set(changes.flatMap((c) => (c.operation === 'update' ? [`${c.entity}/${c.id}`] : [])));
  const removed = new Set(changes.flatMap((c) => (c.operation === 'remove' ? [`${c.entity}/${c.id}`] : [])));
  const inserted = changes.filter((c) => c.operation === 'insert');
  const changedNow = new Set([...after].filter(([key, record]) => before.has(key) && before.get(key)!['version'] !== record['version']).map(([key]) => key));
  const removedNow = new Set([...before.keys()].filter((key) => !after.has(key)));
  const insertedNow = [...after.keys()].filter((key) => !before.has(key));
  expect(changedNow).toEqual(updated);
  expect(removedNow).toEqual(removed);
  expect(insertedNow.map((key) => key.split('/')[0]).sort()).toEqual(inserted.map((c) => c.entity).sort());
  for (const change of changes) {
    if (change.operation !== 'update') continue;
    const key = `${change.entity}/${change.id}`;
    expect(before.get(key)![change.field], `${key}.${change.field} before`).toBe(change.before);
    expect(after.get(key)![change.field], `${key}.${change.field} after`).toBe(change.after);
  }
}

describe.each(stores)('customers.merge on %s', (_name, makeStore) => {
  it('moves departments, contacts, messages, tasks, orders, assignments, invoices, hotlists and favorites, and marks the duplicate X', async () => {
    const t = await buildWorkTree(await makeStore());
    const { customer: dup } = await t.dana.customers.add({ name: 'ACME' });
    const { customer: dupDept } = await t.dana.departments.add({ name: 'Dock', parentId: dup.id });
    const { contact } = await t.dana.contacts.add({ customerId: dup.id, firstName: 'Pat' });
    const { message } = await t.dana.messages.log({ customerId: dup.id, method: 'phone', text: 'Called' });
    const { task } = await t.dana.tasks.add({ customerId: dup.id, title: 'Call back' });
    const { order } = await t.ada.orders.create({ customerId: dup.id, jobTitle: 'Picker', startDate: '2026-12-01', payRate: '18', billRate: '27' });
    const { assignment } = await t.ada.assignments.create({ orderId: order.id, employeeId: 'E-1' });
    const { invoice, lines } = await t.ada.invoices.create({ customerId: dup.id, invoiceDate: '2026-12-07', lines: [{ assignmentId: assignment.id, hours: '8' }] });
    const { hotlist } = await t.dana.hotlists.create({ name: 'Calls', customerId: dup.id });
    await t.dana.hotlists.addMember({ hotlistId: hotlist.id, customerId: t.root });
    const { hotlist: other } = await t.dana.hotlists.create({ name: 'Other', customerId: dup.id });
    await t.dana.favorites.add({ customerId: dup.id });
    await t.bill.favorites.add({ customerId: dup.id });
    await t.bill.favorites.add({ customerId: t.root });

    const before = await everything(t.agency.store);
    const events = await eventCount(t.agency.store);
    const plan = await t.ada.customers.merge({ from: dup.id, into: t.root, dryRun: true, reason: 'entered twice' });
    expect(plan.dryRun).toBe(true);
    expect(plan.statusChange).toBeNull();
    expect(await eventCount(t.agency.store)).toBe(events);
    expect(await everything(t.agency.store)).toEqual(before);
    const moved = (entity: string) => plan.changes.filter((c) => c.entity === entity && c.operation === 'update').map((c) => (c as { id: string }).id);
    expect([...new Set(moved('customers'))].sort()).toEqual([dup.id, dupDept.id].sort());
    expect(moved('contacts')).toEqual([contact.id]);
    expect(moved('messages')).toEqual([message.id]);
    expect(moved('tasks')).toEqual([task.id]);
    expect(moved('orders')).toEqual([order.id]);
    expect(moved('assignments')).toEqual([assignment.id]);
    expect(moved('invoices')).toEqual([invoice.id]);
    expect(moved('invoiceLines')).toEqual(lines.map((l) => l.id));
    expect(moved('hotlistMembers')).toHaveLength(1); // the "Other" membership moves; on "Calls" the survivor is already a member
    expect(plan.changes.filter((c) => c.operation === 'remove').map((c) => c.entity).sort()).toEqual(['favorites', 'hotlistMembers']);

    const done = await t.ada.customers.merge({ from: dup.id, into: t.root, reason: 'entered twice' });
    expect(done.changes).toEqual(plan.changes);
    expectExactly(before, await everything(t.agency.store), done.changes);
    expect(done.from).toMatchObject({ status: 'X', duplicateOfId: t.root });
    expect(done.statusChange).toMatchObject({ from: 'P', to: 'X', duplicateOfId: t.root, reason: `Duplicate of ${t.root}: entered twice`, by: 'ada' });
    expect((await t.dana.customers.get({ id: dupDept.id })).customer.parentId).toBe(t.root);
    expect((await t.dana.contacts.list({ customerId: t.root })).items.map((c) => c.id)).toEqual([contact.id]);
    expect((await t.dana.hotlists.members({ hotlistId: hotlist.id })).items.map((entry) => entry.customer.id)).toEqual([t.root]);
    expect((await t.dana.hotlists.members({ hotlistId: other.id })).items.map((entry) => entry.customer.id)).toEqual([t.root]);
    expect((await t.bill.favorites.list()).items.map((f) => f.customer.id)).toEqual([t.root]);
    expect((await t.dana.favorites.list()).items.map((f) => f.customer.id)).toEqual([t.root]);
    expect((await t.dana.customers.moveHistory({ id: dupDept.id })).items.map((m) => m.toParentId)).toEqual([t.root]);
  });

  it('refuses a merge into itself, into a deleted record, into its own department, out of scope or without the permission, writing nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    const store = t.agency.store;
    expect(await refusedWritesNothing(store, () => t.ada.customers.merge({ from: t.root, into: t.root }))).toMatchObject({ code: 'VALIDATION', details: { path: ['into'] } });
    expect(await refusedWritesNothing(store, () => t.ada.customers.merge({ from: t.root, into: t.night }))).toMatchObject({ code: 'TREE_CYCLE' });
    expect(await refusedWritesNothing(store, () => t.dana.customers.merge({ from: t.night, into: t.root }))).toMatchObject({ code: 'FORBIDDEN' });
    const lower = t.agency.as({ ...t.agency.dana, id: 'mia', roles: [{ name: 'Merger', permissions: ['customer.merge'] }] });
    expect(await refusedWritesNothing(store, () => lower.customers.merge({ from: t.night, into: t.elsewhere }))).toMatchObject({ code: 'NOT_FOUND', details: { path: ['into'] } });
    await t.ada.customers.changeStatus({ id: t.warehouse, to: 'X', reason: 'entered twice' });
    const into = await refusedWritesNothing(store, () => t.ada.customers.merge({ from: t.night, into: t.warehouse }));
    expect(into).toMatchObject({ code: 'STATUS_BLOCKED', message: `[staffcore] ${messages.recordDeleted(t.warehouse, 'nothing can be merged into it')}` });
    expect(await refusedWritesNothing(store, () => t.ada.customers.merge({ from: t.warehouse, into: t.night }))).toMatchObject({ code: 'STATUS_BLOCKED' });
    await expectError(t.ada.customers.merge({ from: t.night, into: t.root, dryRun: 'yes' as never }), 'VALIDATION');
  });
});

describe.each(stores.slice(0, 2))('a merge over any tree on %s', (name, makeStore) => {
  const shape = fc.record({
    /** Each record's parent: an index among the records before it, or a root. */
    parents: fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 2, maxLength: 8 }),
    /** What hangs off records, by record index. */
    contacts: fc.array(fc.nat(), { maxLength: 5 }),
    worksites: fc.array(fc.nat(), { maxLength: 4 }),
    messages: fc.array(fc.nat(), { maxLength: 5 }),
    tasks: fc.array(fc.nat(), { maxLength: 5 }),
    orders: fc.array(fc.nat(), { maxLength: 3 }),
    hotlists: fc.array(fc.array(fc.nat(), { maxLength: 4 }), { maxLength: 3 }),
    favorites: fc.array(fc.nat(), { maxLength: 5 }),
    from: fc.nat(),
    into: fc.nat(),
  });

  it('commits exactly the changes its dry run lists, or refuses and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const agency = await buildAgency(await makeStore());
        const ada: Staffcore = agency.as({ id: 'ada', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] });
        const ids: string[] = [];
        for (const parent of s.parents) {
          const parentId = parent === null || ids.length === 0 ? null : ids[parent % ids.length]!;
          ids.push((parentId === null ? await ada.customers.add({ name: 'Root' }) : await ada.departments.add({ name: 'Dept', parentId })).customer.id);
        }
        const at = (n: number) => ids[n % ids.length]!;
        for (const n of s.contacts) await ada.contacts.add({ customerId: at(n), firstName: 'Pat' });
        for (const n of s.worksites) await ada.worksites.add({ customerId: at(n), name: 'Yard', address: { line1: `${n} Main St`, city: 'Minneapolis', region: 'MN', postalCode: '55401' } });
        for (const n of s.messages) await ada.messages.log({ customerId: at(n), method: 'phone', text: 'Called' });
        for (const n of s.tasks) await ada.tasks.add({ customerId: at(n), title: 'Call' });
        for (const n of s.orders) {
          const { order } = await ada.orders.create({ customerId: at(n), jobTitle: 'Picker', startDate: '2026-12-01', payRate: '18', billRate: '27' });
          const { assignment } = await ada.assignments.create({ orderId: order.id, employeeId: 'E-1' });
          await ada.invoices.create({ customerId: at(n), invoiceDate: '2026-12-07', lines: [{ assignmentId: assignment.id, hours: '8' }] });
        }
        for (const members of s.hotlists) {
          const { hotlist } = await ada.hotlists.create({ name: 'List' });
          for (const n of new Set(members.map(at))) await ada.hotlists.addMember({ hotlistId: hotlist.id, customerId: n });
        }
        for (const n of new Set(s.favorites.map(at))) await ada.favorites.add({ customerId: n });
        const from = at(s.from);
        const into = at(s.into);

        const before = await everything(agency.store);
        const plan = await ada.customers.merge({ from, into, dryRun: true }).catch((e: { code: string }) => e);
        expect(await everything(agency.store)).toEqual(before);
        const done = await ada.customers.merge({ from, into }).catch((e: { code: string }) => e);
        if (!('changes' in plan)) {
          // refused: the commit is refused the same way and writes nothing
          expect((done as { code: string }).code).toBe(plan.code);
          expect(await everything(agency.store)).toEqual(before);
          return;
        }
        expect('changes' in done && done.changes).toEqual(plan.changes);
        const after = await everything(agency.store);
        expectExactly(before, after, plan.changes);
        // nothing is left on the duplicate
        for (const [key, record] of after) {
          if (record['customerId'] === from && !key.startsWith('statusChanges/') && !key.startsWith('customerMoves/') && !key.startsWith('creditLimits/')) {
            throw new Error(`${key} still belongs to the duplicate ${from}`);
          }
          if (key.startsWith('customers/') && record['parentId'] === from) throw new Error(`${key} is still under the duplicate ${from}`);
        }
        // exactly one default worksite on every record that has any, and none on a record without
        for (const [key, record] of after) {
          if (!key.startsWith('customers/')) continue;
          const own = [...after].filter(([k, w]) => k.startsWith('worksites/') && w['customerId'] === record['id']).map(([, w]) => w['id']);
          if (own.length === 0) expect(record['defaultWorksiteId'], key).toBeNull();
          else expect(own, `${key}'s default worksite`).toContain(record['defaultWorksiteId']);
        }
      }),
      { numRuns: name === 'memory' ? 30 : 6 },
    );
  }, 180_000);
});
