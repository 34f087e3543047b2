import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/adapters/port/index.js';
import { messages, type Customer, type Staffcore } from '../../src/index.js';
import { buildAgency, mainStreet, type Agency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';

const stores = storesUnderTest('trees');

/** Every customer record of the store, by id. */
async function allRecords(store: Store): Promise<Map<string, Customer>> {
  return store.transaction(async (tx) => new Map((await tx.customers.find({ limit: 10_000 })).items.map((c) => [c.id, c])));
}

/** Acme (root) → Manufacturing → Sales, and Acme → Shipping; Globex (root) → Globex East; all added by Lee at St. Paul. */
async function acmeTree(agency: Agency) {
  const lee = agency.as(agency.lee);
  const { customer: acme } = await lee.customers.add({ name: 'Acme', terms: { label: 'Net 15', netDays: 15 }, address: { ...mainStreet, city: 'St. Paul' } });
  const { customer: manufacturing } = await lee.departments.add({ name: 'Manufacturing', parentId: acme.id });
  const { customer: sales } = await lee.departments.add({ name: 'Sales', parentId: manufacturing.id });
  const { customer: shipping } = await lee.departments.add({ name: 'Shipping', parentId: acme.id });
  const { customer: globex } = await lee.customers.add({ name: 'Globex' });
  const { customer: east } = await lee.departments.add({ name: 'Globex East', parentId: globex.id });
  return { lee, acme, manufacturing, sales, shipping, globex, east };
}

const version = async (sc: Staffcore, id: string) => (await sc.customers.get({ id })).customer.version;

describe.each(stores)('customer trees on the %s store', (_name, makeStore) => {
  it('departments.add puts a department directly beneath the record, inheriting its defaults with their provenance', async () => {
    const agency = await buildAgency(await makeStore());
    const { lee, acme } = await acmeTree(agency);
    const { customer, defaults } = await lee.departments.add({ name: 'Receiving', parentId: acme.id });
    expect(customer).toMatchObject({ parentId: acme.id, status: 'P', branchId: acme.branchId, terms: acme.terms, billingAddress: acme.billingAddress });
    expect(defaults.terms.description).toBe(`inherited from parent customer ${acme.id}`);
    expect(defaults.branchId).toMatchObject({ source: 'parent', customerId: acme.id });
    await expectError(lee.departments.add({ name: 'Orphan' } as never), 'VALIDATION');
    await lee.customers.changeStatus({ id: acme.id, to: 'X', reason: 'Closed' });
    const refused = await expectError(lee.departments.add({ name: 'Late', parentId: acme.id }), 'STATUS_BLOCKED');
    expect(refused.details.path).toEqual(['parentId']);
  });

  it('customers.move moves a record with its whole subtree, records the move, and promotes with null', async () => {
    const agency = await buildAgency(await makeStore());
    const { lee, acme, manufacturing, sales, globex } = await acmeTree(agency);
    const { customer, move } = await lee.customers.move({ id: manufacturing.id, newParentId: globex.id, version: manufacturing.version });
    expect(customer.parentId).toBe(globex.id);
    expect(move).toMatchObject({ customerId: manufacturing.id, fromParentId: acme.id, toParentId: globex.id, recordVersion: customer.version, by: 'lee' });
    const records = await allRecords(agency.store);
    expect(records.get(sales.id)!.parentId).toBe(manufacturing.id);
    const underGlobex = await agency.store.transaction((tx) => tx.customers.subtree(globex.id));
    expect(underGlobex.map((c) => c.name).sort()).toEqual(['Globex', 'Globex East', 'Manufacturing', 'Sales']);

    const promoted = await lee.customers.move({ id: manufacturing.id, newParentId: null, version: customer.version });
    expect(promoted.customer.parentId).toBeNull();
    const { items: moves, next } = await lee.customers.moveHistory({ id: manufacturing.id });
    expect(next).toBeNull();
    expect(moves.map((m) => [m.fromParentId, m.toParentId])).toEqual([
      [acme.id, globex.id],
      [globex.id, null],
    ]);
    const trail = await lee.audit.list({ entity: 'customerMoves', id: moves[0]!.id });
    expect(trail.items.map((e) => e.action)).toEqual(['customers.move']);
    // the same parent again: nothing to do, nothing written
    expect((await lee.customers.move({ id: manufacturing.id, newParentId: null, version: promoted.customer.version })).move).toBeNull();
  });

  it('customers.move refuses a cycle, a deleted parent, a record outside the scope and a stale version, writing nothing', async () => {
    const agency = await buildAgency(await makeStore());
    const { lee, acme, manufacturing, sales, shipping } = await acmeTree(agency);
    const { customer: theirs } = await agency.as(agency.dana).customers.add({ name: 'Minneapolis Co' });
    await lee.customers.changeStatus({ id: shipping.id, to: 'X', reason: 'Closed' });
    const before = await allRecords(agency.store);
    const v = await version(lee, acme.id);
    const itself = await expectError(lee.customers.move({ id: acme.id, newParentId: acme.id, version: v }), 'TREE_CYCLE');
    expect(itself.message).toBe(`[staffcore] ${messages.ownParent(acme.id)}`);
    const below = await expectError(lee.customers.move({ id: acme.id, newParentId: sales.id, version: v }), 'TREE_CYCLE');
    expect(below.message).toBe(`[staffcore] ${messages.underOwnDescendant(acme.id, sales.id)}`);
    expect(below.details.path).toEqual(['newParentId']);
    const deleted = await expectError(lee.customers.move({ id: manufacturing.id, newParentId: shipping.id, version: manufacturing.version }), 'STATUS_BLOCKED');
    expect(deleted.message).toBe(`[staffcore] ${messages.moveUnderDeleted(shipping.id)}`);
    await expectError(lee.customers.move({ id: manufacturing.id, newParentId: theirs.id, version: manufacturing.version }), 'NOT_FOUND');
    await expectError(lee.customers.move({ id: theirs.id, newParentId: null, version: theirs.version }), 'NOT_FOUND');
    await expectError(lee.customers.move({ id: manufacturing.id, newParentId: null, version: manufacturing.version + 5 }), 'CONFLICT');
    expect(await allRecords(agency.store)).toEqual(before);
    expect((await lee.customers.moveHistory({ id: acme.id, scope: 'master' }))).toEqual({ items: [], next: null });
  });

  it('customers.moveTargets lists the roots, then one root’s tree with every record marked valid or not, and why', async () => {
    const agency = await buildAgency(await makeStore());
    const { lee, acme, manufacturing, sales, shipping, globex, east } = await acmeTree(agency);
    await lee.customers.changeStatus({ id: shipping.id, to: 'X', reason: 'Closed' });
    const roots = await lee.customers.moveTargets({ id: manufacturing.id });
    expect(roots.items.map((t) => [t.name, t.valid])).toEqual([
      ['Acme', true],
      ['Globex', true],
    ]);
    const tree = await lee.customers.moveTargets({ id: manufacturing.id, rootId: acme.id });
    expect(tree.items.map((t) => [t.id, t.depth, t.valid, t.reason])).toEqual([
      [acme.id, 0, true, null],
      [manufacturing.id, 1, false, 'itself'],
      [sales.id, 2, false, 'descendant'],
      [shipping.id, 1, false, 'deleted'],
    ]);
    expect(tree.items[2]!.message).toBe(messages.notAMoveTarget.descendant);
    expect(tree.next).toBeNull();
    const other = await lee.customers.moveTargets({ id: manufacturing.id, rootId: globex.id });
    expect(other.items.map((t) => [t.id, t.valid])).toEqual([
      [globex.id, true],
      [east.id, true],
    ]);
    const rootsOfRoot = await lee.customers.moveTargets({ id: acme.id });
    expect(rootsOfRoot.items.find((t) => t.id === acme.id)).toMatchObject({ valid: false, reason: 'itself' });
  });

  it('customers.applyDefaultsToDepartments lists every change in a dry run, then copies the fields to every department with provenance', async () => {
    const agency = await buildAgency(await makeStore());
    const { lee, acme, manufacturing, sales, shipping } = await acmeTree(agency);
    const updated = await lee.customers.update({ id: acme.id, version: await version(lee, acme.id), changes: { terms: { label: 'Net 45', netDays: 45 }, salesTeamId: 'north' } });
    const before = await allRecords(agency.store);
    const dry = await lee.customers.applyDefaultsToDepartments({ id: acme.id, fields: ['terms', 'salesTeamId'], version: updated.customer.version, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.updated).toEqual([]);
    expect(dry.changes.map((c) => [c.customerId, c.field])).toEqual([
      [manufacturing.id, 'terms'],
      [manufacturing.id, 'salesTeamId'],
      [sales.id, 'terms'],
      [sales.id, 'salesTeamId'],
      [shipping.id, 'terms'],
      [shipping.id, 'salesTeamId'],
    ]);
    expect(dry.changes[0]).toMatchObject({ before: { label: 'Net 15', netDays: 15 }, after: { label: 'Net 45', netDays: 45 }, provenance: { source: 'parent', customerId: acme.id } });
    expect(dry.changes[0]!.provenance.description).toBe(messages.appliedFromParent(acme.id));
    expect(await allRecords(agency.store)).toEqual(before);

    const done = await lee.customers.applyDefaultsToDepartments({ id: acme.id, fields: ['terms', 'salesTeamId'], version: updated.customer.version });
    expect(done.updated.map((c) => [c.name, c.terms?.netDays, c.salesTeamId])).toEqual([
      ['Manufacturing', 45, 'north'],
      ['Sales', 45, 'north'],
      ['Shipping', 45, 'north'],
    ]);
    const again = await lee.customers.applyDefaultsToDepartments({ id: acme.id, fields: ['terms'], version: updated.customer.version });
    expect([again.changes, again.updated]).toEqual([[], []]);
    await expectError(lee.customers.applyDefaultsToDepartments({ id: acme.id, fields: ['terms'], version: 1 }), 'CONFLICT');
    await expectError(lee.customers.applyDefaultsToDepartments({ id: acme.id, fields: ['status'] as never, version: 1 }), 'VALIDATION');
  });

  it('lists take a scope: the record alone (account), with its departments (subtree), or its whole tree (master)', async () => {
    const agency = await buildAgency(await makeStore());
    const { lee, acme, manufacturing, sales, shipping } = await acmeTree(agency);
    for (const record of [manufacturing, sales, shipping]) await lee.worksites.add({ customerId: record.id, address: { ...mainStreet, city: 'St. Paul', line1: `${record.name} dock` } });
    for (const record of [acme, manufacturing, sales, shipping]) await lee.customers.changeStatus({ id: record.id, to: 'A' });
    const sites = async (id: string, scope: 'account' | 'subtree' | 'master') =>
      (await lee.worksites.list({ customerId: id, scope })).items.map((w) => w.customerId).sort();
    expect(await sites(manufacturing.id, 'account')).toEqual([manufacturing.id]);
    expect(await sites(manufacturing.id, 'subtree')).toEqual([manufacturing.id, sales.id].sort());
    expect(await sites(sales.id, 'master')).toEqual([acme.id, manufacturing.id, sales.id, shipping.id].sort());
    const history = async (id: string, scope: 'account' | 'subtree' | 'master') =>
      [...new Set((await lee.customers.statusHistory({ id, scope })).items.map((c) => c.customerId))].sort();
    expect(await history(manufacturing.id, 'account')).toEqual([manufacturing.id]);
    expect(await history(manufacturing.id, 'subtree')).toEqual([manufacturing.id, sales.id].sort());
    expect(await history(shipping.id, 'master')).toEqual([acme.id, manufacturing.id, sales.id, shipping.id].sort());

    // the audit trail of a subtree: its records' events merged in feed order, paged
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const page: { items: readonly { id: string; recordId: string }[]; next: string | null } = await lee.audit.list({ entity: 'customers', id: manufacturing.id, scope: 'subtree', limit: 2, after });
      pages.push(page.items.map((e) => e.recordId));
      after = page.next;
    } while (after);
    const trail = pages.flat();
    const own = async (id: string) => (await lee.audit.list({ entity: 'customers', id, limit: 1000 })).items;
    const expected = [...(await own(manufacturing.id)), ...(await own(sales.id))].sort((a, b) => Number(a.id) - Number(b.id)).map((e) => e.recordId);
    expect(trail).toEqual(expected);
    expect(new Set(trail)).toEqual(new Set([manufacturing.id, sales.id]));
    await expectError(lee.audit.list({ entity: 'worksites', id: '1', scope: 'master' }), 'VALIDATION');
  });
});

describe.each(stores.slice(0, 2))('any sequence of tree operations on the %s store', (_name, makeStore) => {
  type Op = { kind: 'add'; parent: number | null } | { kind: 'move'; record: number; parent: number | null } | { kind: 'delete'; record: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), parent: fc.option(fc.nat(), { nil: null }) }),
    fc.record({ kind: fc.constant('move' as const), record: fc.nat(), parent: fc.option(fc.nat(), { nil: null }) }),
    fc.record({ kind: fc.constant('delete' as const), record: fc.nat() }),
  );

  it('leaves no cycle and no orphan, every record under exactly one root, refused moves changing nothing, as a reference model says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const agency = await buildAgency(await makeStore());
        const lee = agency.as(agency.lee);
        // the reference model: parent and status by id
        const model = new Map<string, { parent: string | null; deleted: boolean }>();
        const ids = () => [...model.keys()];
        const isBelow = (id: string, of: string) => {
          for (let at: string | null = id; at !== null; at = model.get(at)!.parent) if (at === of) return true;
          return false;
        };
        for (const o of ops) {
          const pick = (n: number | null) => (n === null || model.size === 0 ? null : ids()[n % model.size]!);
          if (o.kind === 'add') {
            const parent = pick(o.parent);
            const result = await (parent === null ? lee.customers.add({ name: 'Root' }) : lee.departments.add({ name: 'Dept', parentId: parent }).catch((e) => e));
            if (parent !== null && model.get(parent)!.deleted) {
              expect(result).toMatchObject({ code: 'STATUS_BLOCKED' });
            } else {
              model.set(result.customer.id, { parent, deleted: false });
            }
          } else if (model.size > 0) {
            const id = pick(o.record)!;
            const current = (await lee.customers.get({ id })).customer;
            if (o.kind === 'delete') {
              if (!model.get(id)!.deleted) await lee.customers.changeStatus({ id, to: 'X', reason: 'Gone' });
              model.get(id)!.deleted = true;
              continue;
            }
            const parent = pick(o.parent);
            const before = await allRecords(agency.store);
            const outcome = await lee.customers.move({ id, newParentId: parent, version: current.version }).catch((e: { code: string }) => e);
            // A deleted record moves nowhere (it takes no changes), nor does anything move under one.
            const expected = model.get(id)!.deleted
              ? 'STATUS_BLOCKED'
              : parent === model.get(id)!.parent
                ? 'ok'
                : parent !== null && isBelow(parent, id)
                  ? 'TREE_CYCLE'
                  : parent !== null && model.get(parent)!.deleted
                    ? 'STATUS_BLOCKED'
                    : 'ok';
            if (expected === 'ok') {
              expect(outcome).toHaveProperty('customer');
              model.get(id)!.parent = parent;
            } else {
              expect(outcome).toMatchObject({ code: expected });
              expect(await allRecords(agency.store)).toEqual(before);
            }
          }
        }
        const records = await allRecords(agency.store);
        expect(new Map([...records].map(([id, c]) => [id, c.parentId]))).toEqual(new Map([...model].map(([id, m]) => [id, m.parent])));
        // every record reaches exactly one root, without a cycle
        for (const id of records.keys()) {
          const seen = new Set<string>();
          let at: string = id;
          while (records.get(at)!.parentId !== null) {
            expect(seen.has(at)).toBe(false);
            seen.add(at);
            at = records.get(at)!.parentId!;
            expect(records.has(at)).toBe(true);
          }
        }
      }),
      { numRuns: _name === 'memory' ? 40 : 8 },
    );
  }, 120_000);
});
