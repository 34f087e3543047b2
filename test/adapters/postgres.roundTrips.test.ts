import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, postgresStore, type PostgresQueryable } from '../../src/adapters/postgres/index.js';
import { allActions, createStaffcore, standardRoles } from '../../src/index.js';
import { buildAgency, clock, type Agency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';
import { needsServer } from '../helpers/stores.js';

/** A client that passes every statement on to `inner` and keeps its text. */
function counting(inner: PostgresQueryable): PostgresQueryable & { statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    async query(text: string, params?: unknown[]) {
      statements.push(text);
      return inner.query(text, params);
    },
  } as PostgresQueryable & { statements: string[] };
}

/** The statements one call sends. */
async function statementsOf(client: { statements: string[] }, call: () => Promise<unknown>): Promise<string[]> {
  const before = client.statements.length;
  await call();
  return client.statements.slice(before);
}

/**
 * An agency on `client` (the counting client), and a second store on the same schema through
 * `other`: another process sharing the database.
 */
async function agencyOn(client: PostgresQueryable & { statements: string[] }, other: PostgresQueryable, schema: string) {
  await migrate(client, { schema });
  const agency = await buildAgency(postgresStore({ client, schema }));
  return { agency, otherStore: postgresStore({ client: other, schema }) };
}

function roundTripCases(name: string, setUp: () => Promise<{ client: PostgresQueryable & { statements: string[] }; other: PostgresQueryable; schema: string }>) {
  describe(`one round trip for a read (${name})`, () => {
    let agency: Agency;
    let client: PostgresQueryable & { statements: string[] };
    let otherStore: ReturnType<typeof postgresStore>;

    beforeAll(async () => {
      const parts = await setUp();
      client = parts.client;
      ({ agency, otherStore } = await agencyOn(client, parts.other, parts.schema));
    });

    it('customers.get sends one statement once the hierarchy is known, found or not found', async () => {
      const dana = agency.as(agency.dana);
      const { customer } = await dana.customers.add({ name: 'Harbor Foods' });
      await dana.customers.get({ id: customer.id });
      const found = await statementsOf(client, () => dana.customers.get({ id: customer.id }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/hierarchy_version/);
      const missing = await statementsOf(client, () => expectError(dana.customers.get({ id: '999999' }), 'NOT_FOUND'));
      expect(missing).toHaveLength(1);
      // A record outside the rep's scope reads as not found, in one statement too.
      const lee = agency.as(agency.lee);
      const { customer: theirs } = await lee.customers.add({ name: 'East Side Foods' });
      const outside = await statementsOf(client, () => expectError(dana.customers.get({ id: theirs.id }), 'NOT_FOUND'));
      expect(outside).toHaveLength(1);
    });

    it("sees another process's hierarchy change at the very next read, in both directions", async () => {
      const dana = agency.as(agency.dana);
      const { customer: stPauls } = await agency.as(agency.lee).customers.add({ name: 'Capitol Printing' });
      await expectError(dana.customers.get({ id: stPauls.id }), 'NOT_FOUND');
      // Another process moves St. Paul below Minneapolis: Dana now sees its records at once.
      const moveStPaul = (parentId: string) =>
        otherStore.transaction(async (tx) => {
          const level = (await tx.branches.get(agency.ids.stPaul))!;
          await tx.branches.update({ ...level, parentId: parentId as typeof level.id });
        });
      await moveStPaul(agency.ids.minneapolis);
      expect((await dana.customers.get({ id: stPauls.id })).customer.id).toBe(stPauls.id);
      // …and after the next read, one statement again.
      expect(await statementsOf(client, () => dana.customers.get({ id: stPauls.id }))).toHaveLength(1);
      // Moved back: out of Dana's scope at the very next read.
      await moveStPaul(agency.ids.midwest);
      await expectError(dana.customers.get({ id: stPauls.id }), 'NOT_FOUND');
      // A level another process adds below Dana's branch, with a record in it, is in her scope at once.
      const otherAdmin = createStaffcore({
        actions: allActions,
        store: otherStore,
        clock,
        actor: { id: 'admin', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] },
      });
      const { branch: added } = await otherAdmin.hierarchy.addLevel({ name: 'Uptown', parentId: agency.ids.minneapolis });
      const { customer: uptown } = await agency.as({ ...agency.dana, id: 'uma', branchId: added.id }).customers.add({ name: 'Uptown Florist' });
      expect((await dana.customers.get({ id: uptown.id })).customer.branchId).toBe(added.id);
    });
  });
}

roundTripCases('PGlite', async () => {
  const lite = new PGlite();
  afterAll(() => lite.close());
  return { client: counting(lite), other: lite, schema: 'round_trips' };
});

const url = process.env['DATABASE_URL'];
describe.skipIf(!url)(needsServer('one round trip for a read on a PostgreSQL server'), () => {
  const schema = `round_trips_${process.pid}`;
  const connection = url ? new pg.Client({ connectionString: url }) : undefined;
  const pool = url ? new pg.Pool({ connectionString: url, max: 2 }) : undefined;
  beforeAll(async () => {
    await connection?.connect();
  });
  afterAll(async () => {
    await pool?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await connection?.end();
    await pool?.end();
  });
  roundTripCases('server', async () => ({ client: counting(connection!), other: pool!, schema }));
});
