import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, postgresStore } from '../../src/adapters/postgres/index.js';
import { allActions, bootstrapHierarchy, createStaffcore, customers, isStaffcoreError, orders, standardRoles, type Staffcore } from '../../src/index.js';
import type { Store } from '../../src/adapters/port/index.js';
import { clock } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';
import { needsServer, storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount } from '../helpers/workTree.js';

const stores = storesUnderTest('transaction');

/** The names of the customers Dana can find: what a committed add leaves. */
async function namesFound(sc: Pick<Staffcore, 'customers'>, text: string): Promise<string[]> {
  return (await sc.customers.search({ text, includeInactive: true })).items.map((customer) => customer.name);
}

describe.each(stores)('sc.transaction on %s', (_name, makeStore) => {
  it('commits a customer, its first order and a task together, as one transaction of the change feed', async () => {
    const t = await buildWorkTree(await makeStore());
    const before = await eventCount(t.agency.store);
    const { customer, order } = await t.dana.transaction(async (tx) => {
      const { customer } = await tx.customers.add({ name: 'Harbor Foods' });
      const { order } = await tx.orders.create({ customerId: customer.id, jobTitle: 'Picker', startDate: '2026-12-07' });
      await tx.tasks.add({ customerId: customer.id, title: 'Call about the first order' });
      return { customer, order };
    });
    expect(order.customerId).toBe(customer.id);
    expect(await namesFound(t.dana, 'Harbor')).toEqual(['Harbor Foods']);
    const feed = await t.agency.store.transaction((tx) => tx.audit.since({ limit: 10_000 }));
    const items = feed.items.slice(before);
    expect(new Set(items.map((event) => event.action))).toEqual(new Set(['customers.add', 'orders.create', 'tasks.add']));
    expect(new Set(items.map((event) => event.transactionId)).size).toBe(1);
  });

  it('rolls every action back when one is refused, even when the work catches the refusal', async () => {
    const t = await buildWorkTree(await makeStore());
    const before = await eventCount(t.agency.store);
    let caught: unknown = null;
    const error = await expectError(
      t.dana.transaction(async (tx) => {
        const { customer } = await tx.customers.add({ name: 'Harbor Foods' });
        await tx.customers.changeStatus({ id: customer.id, to: 'H', reason: 'credit check' });
        try {
          await tx.orders.create({ customerId: customer.id, jobTitle: 'Picker', startDate: '2026-12-07' });
        } catch (refusal) {
          caught = refusal;
        }
        // Later calls fail with the same refusal: the transaction is lost.
        await tx.customers.add({ name: 'Harbor Foods West' });
      }),
      'STATUS_BLOCKED',
    );
    expect(caught).toBe(error);
    expect(await eventCount(t.agency.store)).toBe(before);
    expect(await namesFound(t.dana, 'Harbor')).toEqual([]);
  });

  it("rolls back when the host's work throws, and gives the host its own error back", async () => {
    const t = await buildWorkTree(await makeStore());
    const before = await eventCount(t.agency.store);
    const own = new Error('the host changed its mind');
    await expect(
      t.dana.transaction(async (tx) => {
        await tx.customers.add({ name: 'Harbor Foods' });
        throw own;
      }),
    ).rejects.toBe(own);
    expect(await eventCount(t.agency.store)).toBe(before);
  });

  it('refuses a call on tx after the transaction ended, and keeps actions of concurrent calls in order', async () => {
    const t = await buildWorkTree(await makeStore());
    let kept: Parameters<Parameters<typeof t.dana.transaction>[0]>[0] | null = null;
    const added = await t.dana.transaction(async (tx) => {
      kept = tx;
      // Called without awaiting in between: they still run one after another.
      return Promise.all([tx.customers.add({ name: 'North Dock' }), tx.customers.add({ name: 'South Dock' })]);
    });
    expect(added.map((result) => result.customer.name)).toEqual(['North Dock', 'South Dock']);
    const late = await expectError(kept!.customers.add({ name: 'Late Dock' }), 'BUSINESS_RULE');
    expect(late.details.action).toBe('customers.add');
    expect(await namesFound(t.dana, 'Late')).toEqual([]);
  });
});

describe('an instance of a few groups', () => {
  it('has only those groups, on its transaction too, and refuses a group given under another name', async () => {
    const t = await buildWorkTree();
    const few = createStaffcore({ store: t.agency.store, clock, actor: t.agency.dana, actions: { customers, orders } });
    expect(Object.keys(few).sort()).toEqual(['actor', 'customers', 'orders', 'transaction']);
    await few.transaction(async (tx) => {
      expect(Object.keys(tx).sort()).toEqual(['customers', 'orders']);
    });
    const wrong = await expectError(
      Promise.resolve().then(() => createStaffcore({ store: t.agency.store, actor: t.agency.dana, actions: { clients: customers } as never })),
      'VALIDATION',
    );
    expect(wrong.details.path).toEqual(['actions', 'clients']);
    const none = await expectError(Promise.resolve().then(() => createStaffcore({ store: t.agency.store, actor: t.agency.dana } as never)), 'VALIDATION');
    expect(none.details.path).toEqual(['actions']);
  });
});

/** A host table beside staffcore's, in the same database. */
const hostTable = 'host_welcome_letters';

async function agencyOn(store: Store) {
  const company = await bootstrapHierarchy(store, { name: 'Northstar' });
  return { id: 'dana', name: 'Dana', branchId: company.id, roles: [standardRoles.salesRep] };
}

describe("staffcore inside the host's own transaction", () => {
  it('on PGlite: commits with the host, rolls back with the host, and a refusal leaves the host transaction usable', async () => {
    const lite = new PGlite();
    try {
      await migrate(lite, { schema: 'hosted' });
      await lite.query(`CREATE TABLE ${hostTable} (customer_id text, body text)`);
      const actor = await agencyOn(postgresStore({ client: lite, schema: 'hosted' }));
      const within = (client: Parameters<typeof postgresStore>[0]['client']) =>
        createStaffcore({ store: postgresStore({ client, schema: 'hosted', hostTransaction: true }), clock, actor, actions: allActions });

      await lite.transaction(async (tx) => {
        const { customer } = await within(tx).customers.add({ name: 'Committed Foods' });
        // A refused action inside leaves the host's transaction usable.
        const refused = await within(tx).orders.create({ customerId: '999999' as never, jobTitle: 'Picker', startDate: '2026-12-07' }).catch((error: unknown) => error);
        expect(isStaffcoreError(refused, 'NOT_FOUND')).toBe(true);
        await tx.query(`INSERT INTO ${hostTable} VALUES ($1, 'Welcome')`, [customer.id]);
      });
      await lite
        .transaction(async (tx) => {
          const { customer } = await within(tx).customers.add({ name: 'Rolled Back Foods' });
          await tx.query(`INSERT INTO ${hostTable} VALUES ($1, 'Welcome')`, [customer.id]);
          throw new Error('host rolls back');
        })
        .catch(() => undefined);

      const sc = createStaffcore({ store: postgresStore({ client: lite, schema: 'hosted' }), clock, actor, actions: allActions });
      expect(await namesFound(sc, 'Foods')).toEqual(['Committed Foods']);
      expect((await lite.query(`SELECT count(*)::int AS n FROM ${hostTable}`)).rows).toEqual([{ n: 1 }]);
    } finally {
      await lite.close();
    }
  });

  it('refuses a pool: the store must be given the connection the host began on', () => {
    const pool = new pg.Pool({ connectionString: 'postgres://127.0.0.1:1/none' });
    expect(() => postgresStore({ client: pool, hostTransaction: true })).toThrow(/connection the host began/);
    void pool.end();
  });

  describe('on the PostgreSQL server', () => {
    const url = process.env['DATABASE_URL'];
    const schema = `hosted_${process.pid}`;
    let pool: pg.Pool | undefined;
    beforeAll(async () => {
      if (!url) return;
      pool = new pg.Pool({ connectionString: url, max: 3 });
      await migrate(pool, { schema });
      await pool.query(`CREATE TABLE ${schema}.${hostTable} (customer_id text, body text)`);
    });
    afterAll(async () => {
      await pool?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool?.end();
    });

    it.runIf(url)(needsServer('a checked-out client after BEGIN: COMMIT keeps both, ROLLBACK drops both'), async () => {
      const actor = await agencyOn(postgresStore({ client: pool!, schema }));
      for (const [name, end] of [['Kept Foods', 'COMMIT'], ['Dropped Foods', 'ROLLBACK']] as const) {
        const client = await pool!.connect();
        try {
          await client.query('BEGIN');
          const sc = createStaffcore({ store: postgresStore({ client, schema, hostTransaction: true }), clock, actor, actions: allActions });
          const { customer } = await sc.customers.add({ name });
          await client.query(`INSERT INTO ${schema}.${hostTable} VALUES ($1, 'Welcome')`, [customer.id]);
          await client.query(end);
        } finally {
          client.release();
        }
      }
      const sc = createStaffcore({ store: postgresStore({ client: pool!, schema }), clock, actor, actions: allActions });
      expect(await namesFound(sc, 'Foods')).toEqual(['Kept Foods']);
      expect((await pool!.query(`SELECT count(*)::int AS n FROM ${schema}.${hostTable}`)).rows).toEqual([{ n: 1 }]);
    });
  });
});
