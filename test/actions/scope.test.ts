import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { migrate, postgresStore } from '../../src/adapters/postgres/index.js';
import { bootstrapHierarchy, allActions, createStaffcore, standardRoles } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';

describe('hierarchy scope', () => {
  it('hides a record of another branch: reading and changing it read as not found', async () => {
    const agency = await buildAgency();
    const { customer } = await agency.as(agency.dana).customers.add({ name: 'Acme' });
    const lee = agency.as(agency.lee);
    await expectError(lee.customers.get({ id: customer.id }), 'NOT_FOUND');
    await expectError(lee.customers.update({ id: customer.id, version: 1, changes: { notes: 'x' } }), 'NOT_FOUND');
    await expectError(lee.customers.changeStatus({ id: customer.id, to: 'A' }), 'NOT_FOUND');
    await expectError(lee.customers.copyContactToBilling({ id: customer.id }), 'NOT_FOUND');
    await expectError(lee.worksites.list({ customerId: customer.id }), 'NOT_FOUND');
    await expectError(lee.customers.statusHistory({ id: customer.id }), 'NOT_FOUND');
    expect(agency.store.peek('customers', customer.id)).toMatchObject({ version: 1, status: 'P', notes: '' });
  });

  it('lets a rep at a higher level see records of the branches below', async () => {
    const agency = await buildAgency();
    const { customer } = await agency.as(agency.dana).customers.add({ name: 'Acme' });
    const manager = agency.as({ id: 'mgr', name: 'Morgan', branchId: agency.ids.midwest, roles: [{ name: 'r', permissions: ['customer.read'] }] });
    expect((await manager.customers.get({ id: customer.id })).customer.id).toBe(customer.id);
  });

  it('reads a record that does not exist as not found, and a malformed id as invalid', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.dana);
    await expectError(sc.customers.get({ id: '999' }), 'NOT_FOUND');
    await expectError(sc.customers.get({ id: 'not an id' }), 'VALIDATION');
    await expectError(sc.customers.get({ id: 42 as never }), 'VALIDATION');
  });

  it('refuses an actor whose level is not in the hierarchy', async () => {
    const agency = await buildAgency();
    await expectError(agency.as({ ...agency.dana, branchId: 'nowhere' }).customers.add({ name: 'Acme' }), 'FORBIDDEN');
  });

  it('refuses a malformed actor up front', async () => {
    const agency = await buildAgency();
    expect(() => agency.as({ ...agency.dana, id: '' })).toThrowError('[staffcore] Invalid options: actor.id: ');
  });
});

describe('the hierarchy behind the scope', () => {
  it('sees a level added after an action has already read the hierarchy', async () => {
    const agency = await buildAgency();
    const dana = agency.as(agency.dana);
    await dana.customers.search({});
    const admin = agency.as({ id: 'admin', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] });
    const { branch } = await admin.hierarchy.addLevel({ name: 'Edina', parentId: agency.ids.minneapolis });
    expect((await dana.hierarchy.list()).items.map((b) => b.name)).toEqual(['Minneapolis', 'Edina']);
    const { customer } = await dana.customers.add({ name: 'Edina Glass', branchId: branch.id });
    expect(customer.branchId).toBe(branch.id);
  });

  it('sees a level another store instance wrote to the same database', async () => {
    const db = new PGlite();
    try {
      await migrate(db);
      const first = postgresStore({ client: db });
      const second = postgresStore({ client: db });
      const company = await bootstrapHierarchy(first, { name: 'Co' });
      const admin = (store: typeof first) =>
        createStaffcore({ actions: allActions, store, actor: { id: 'ada', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] } });
      expect((await admin(first).hierarchy.list()).items).toHaveLength(1);
      await admin(second).hierarchy.addLevel({ name: 'East', parentId: company.id });
      expect((await admin(first).hierarchy.list()).items.map((b) => b.name)).toEqual(['Co', 'East']);
    } finally {
      await db.close();
    }
  });
});
