import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, postgresStore } from '../../src/adapters/postgres/index.js';
import type { Store } from '../../src/adapters/port/index.js';
import { isStaffcoreError, standardRoles, type Staffcore, type StaffcoreErrorCode } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';
import { needsServer } from '../helpers/stores.js';

const url = process.env['DATABASE_URL'];
/** How many times each race is fired: every run must end as some one-at-a-time order of its two calls would. */
const trials = 30;

/** What one call of a race did: its result, or the code it was refused with. */
type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: StaffcoreErrorCode };

async function outcome<T>(call: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    if (!isStaffcoreError(error)) throw error;
    return { ok: false, code: error.code };
  }
}

/** The feed position of the first event of an action on a record. */
async function positionOf(store: Store, action: string, recordId?: string): Promise<bigint | null> {
  const events = await store.transaction(async (tx) => (await tx.audit.since({ limit: 10_000 })).items);
  const found = events.find((e) => e.action === action && (recordId === undefined || e.recordId === recordId));
  return found ? BigInt(found.id) : null;
}

describe.skipIf(!url)(needsServer('races of two writers on the PostgreSQL server end as some one-at-a-time order'), () => {
  const schema = `staffcore_races_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let pool: pg.Pool;
  let store: Store;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: url, max: 6 });
    await migrate(pool, { schema });
    store = postgresStore({ client: pool, schema });
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  /** A fresh agency in the shared schema, with two administrators (two app instances) at St. Paul. */
  async function twoWriters(): Promise<{ one: Staffcore; two: Staffcore }> {
    const agency = await buildAgency(store);
    const admin = (id: string) => agency.as({ id, name: id, branchId: agency.ids.stPaul, roles: [standardRoles.administrator] });
    return { one: admin('one'), two: admin('two') };
  }
  let writers: { one: Staffcore; two: Staffcore };
  beforeAll(async () => {
    writers = await twoWriters();
  });

  const address = { line1: '9 Wabasha St', city: 'St. Paul', region: 'MN', postalCode: '55102' };

  it(`merge vs new work on the duplicate: nothing stays on the deleted record (${trials} trials)`, async () => {
    const { one, two } = writers;
    const seen = new Set<string>();
    for (let trial = 0; trial < trials; trial++) {
      const { customer: survivor } = await one.customers.add({ name: `Survivor ${trial}` });
      const { customer: duplicate } = await one.customers.add({ name: `Duplicate ${trial}` });
      const kind = (['worksite', 'order', 'department', 'contact'] as const)[trial % 4]!;
      const work: Promise<unknown> =
        kind === 'worksite'
          ? two.worksites.add({ customerId: duplicate.id, name: 'Dock', address })
          : kind === 'order'
            ? two.orders.create({ customerId: duplicate.id, jobTitle: 'Picker', startDate: '2026-12-01', payRate: '18', billRate: '27' })
            : kind === 'department'
              ? two.departments.add({ name: 'Late department', parentId: duplicate.id })
              : two.contacts.add({ customerId: duplicate.id, firstName: 'Pat' });
      const [merged, added] = await Promise.all([outcome(one.customers.merge({ from: duplicate.id, into: survivor.id })), outcome(work)]);
      expect(merged.ok, `trial ${trial}: the merge`).toBe(true);
      seen.add(`${kind}:${added.ok ? 'applied' : added.code}`);
      if (!added.ok) expect(added.code, `trial ${trial}: ${kind} refused`).toBe('STATUS_BLOCKED');
      // Whatever won, nothing is left on the duplicate.
      const left = await store.transaction(async (tx) => ({
        worksites: await tx.worksites.count({ customerId: duplicate.id }),
        orders: await tx.orders.count({ customerId: duplicate.id }),
        contacts: await tx.contacts.count({ customerId: duplicate.id }),
        departments: await tx.customers.count({ parentId: duplicate.id }),
      }));
      expect(left, `trial ${trial}: ${kind} left on the merged duplicate`).toEqual({ worksites: 0, orders: 0, contacts: 0, departments: 0 });
    }
  }, 120_000);

  it(`two assignments of one employee to one order: exactly one applies (${trials} trials)`, async () => {
    const { one, two } = writers;
    const { customer } = await one.customers.add({ name: 'Assign race' });
    for (let trial = 0; trial < trials; trial++) {
      const { order } = await one.orders.create({ customerId: customer.id, jobTitle: 'Picker', startDate: '2026-12-01', positions: 5, payRate: '18', billRate: '27' });
      const results = await Promise.all([one, two].map((sc) => outcome(sc.assignments.create({ orderId: order.id, employeeId: `E-${trial}` }))));
      expect(results.filter((r) => r.ok).length, `trial ${trial}`).toBe(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ code: 'BUSINESS_RULE' });
      const active = await store.transaction((tx) => tx.assignments.count({ orderId: order.id, state: 'active' }));
      expect(active).toBe(1);
    }
  }, 120_000);

  it(`a cascade to X vs a department added under the tree: no live department under a cascade-deleted parent (${trials} trials)`, async () => {
    const { one, two } = writers;
    for (let trial = 0; trial < trials; trial++) {
      const { customer: root } = await one.customers.add({ name: `Cascade root ${trial}` });
      const { customer: middle } = await one.departments.add({ name: 'Middle', parentId: root.id });
      const [cascade, added] = await Promise.all([
        outcome(one.customers.changeStatus({ id: root.id, to: 'X', reason: 'Entered by mistake', cascade: true })),
        outcome(two.departments.add({ name: 'Late', parentId: middle.id })),
      ]);
      expect(cascade.ok).toBe(true);
      if (added.ok) expect((await one.customers.get({ id: added.value.customer.id })).customer.status, `trial ${trial}`).toBe('X');
      else expect(added.code).toBe('STATUS_BLOCKED');
    }
  }, 120_000);

  it(`a hold vs a new order below it: an order exists only if it came first in the feed (${trials} trials)`, async () => {
    const { one, two } = writers;
    for (let trial = 0; trial < trials; trial++) {
      const { customer: root } = await one.customers.add({ name: `Hold root ${trial}` });
      const { customer: dept } = await one.departments.add({ name: 'Dept', parentId: root.id });
      const [held, ordered] = await Promise.all([
        outcome(one.customers.changeStatus({ id: root.id, to: 'H' })),
        outcome(two.orders.create({ customerId: dept.id, jobTitle: 'Picker', startDate: '2026-12-01', payRate: '18', billRate: '27' })),
      ]);
      expect(held.ok).toBe(true);
      if (!ordered.ok) {
        expect(ordered.code).toBe('STATUS_BLOCKED');
        continue;
      }
      const orderAt = await positionOf(store, 'orders.create', ordered.value.order.id);
      const holdAt = await positionOf(store, 'customers.changeStatus', root.id);
      expect(orderAt! < holdAt!, `trial ${trial}: the order came after the hold`).toBe(true);
    }
  }, 120_000);

  it(`a deletion vs a move of the record: no move after its deletion (${trials} trials)`, async () => {
    const { one, two } = writers;
    const { customer: target } = await one.customers.add({ name: 'Move target' });
    for (let trial = 0; trial < trials; trial++) {
      const { customer: record } = await one.customers.add({ name: `Moving ${trial}` });
      const [deleted, moved] = await Promise.all([
        outcome(one.customers.changeStatus({ id: record.id, to: 'X', reason: 'Entered by mistake' })),
        outcome(two.customers.move({ id: record.id, newParentId: target.id, version: record.version })),
      ]);
      expect(deleted.ok).toBe(true);
      if (!moved.ok) {
        // After the deletion the move is refused: the record is deleted, or (its version was read before) stale.
        expect(['STATUS_BLOCKED', 'CONFLICT']).toContain(moved.code);
        continue;
      }
      const moveAt = await positionOf(store, 'customers.move', record.id);
      const deleteAt = await positionOf(store, 'customers.changeStatus', record.id);
      expect(moveAt! < deleteAt!, `trial ${trial}: the move came after the deletion`).toBe(true);
    }
  }, 120_000);
});
