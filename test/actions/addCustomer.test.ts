import { describe, expect, it } from 'vitest';
import { expectError } from '../helpers/expectError.js';
import { buildAgency, failingStandardizer, mainStreet, upperCaseStandardizer } from '../helpers/agency.js';

describe('customers.add', () => {
  it('defaults a name-only customer from the rep and the hierarchy, each with its provenance', async () => {
    const agency = await buildAgency();
    const { customer, defaults, worksite } = await agency.as(agency.dana).customers.add({ name: '  Acme Manufacturing ' });
    expect(customer).toMatchObject({
      name: 'Acme Manufacturing',
      status: 'P',
      parentId: null,
      branchId: agency.ids.minneapolis,
      accountManagerId: 'dana',
      salesTeamId: 'twin-cities',
      defaultWorkerCompCode: '8742',
      terms: { label: 'Net 30', netDays: 30 },
      contactAddress: null,
      defaultWorksiteId: null,
      createdBy: 'dana',
      createdAt: '2026-11-22T09:00:00.000Z',
      version: 1,
    });
    expect(worksite).toBeNull();
    expect(defaults.branchId).toMatchObject({ source: 'rep', repId: 'dana' });
    expect(defaults.accountManagerId).toMatchObject({ source: 'rep', repId: 'dana' });
    expect(defaults.salesTeamId).toMatchObject({ source: 'rep', description: "the rep's settings" });
    expect(defaults.defaultWorkerCompCode).toMatchObject({
      source: 'branch',
      branchId: agency.ids.midwest,
      inheritedBy: 'Minneapolis',
      description: 'branch Midwest setup (inherited by Minneapolis)',
    });
    expect(defaults.terms).toMatchObject({ source: 'branch', branchId: agency.ids.company });
  });

  it("takes the branch's own worker comp when it has one", async () => {
    const agency = await buildAgency();
    const { customer, defaults } = await agency.as(agency.lee).customers.add({ name: 'Capitol Foods' });
    expect(customer.defaultWorkerCompCode).toBe('5403');
    expect(defaults.defaultWorkerCompCode).toMatchObject({ source: 'branch', branchId: agency.ids.stPaul, inheritedBy: null });
  });

  it('lets explicit input win over every default', async () => {
    const agency = await buildAgency();
    const { customer, defaults } = await agency.as(agency.dana).customers.add({
      name: 'Acme',
      accountManagerId: 'someone-else',
      salesTeamId: 'enterprise',
      defaultWorkerCompCode: '9999',
      terms: { label: 'Due on receipt', netDays: 0 },
      branchId: agency.ids.minneapolis,
    });
    expect(customer).toMatchObject({
      accountManagerId: 'someone-else',
      salesTeamId: 'enterprise',
      defaultWorkerCompCode: '9999',
      terms: { label: 'Due on receipt', netDays: 0 },
    });
    for (const field of ['accountManagerId', 'salesTeamId', 'defaultWorkerCompCode', 'terms', 'branchId'] as const) {
      expect(defaults[field]).toEqual({ source: 'input', description: 'set on the record' });
    }
  });

  it.each([
    ['blank', '   '],
    ['over-long', 'x'.repeat(201)],
  ])('refuses a %s name with VALIDATION naming the field, saving nothing', async (_label, name) => {
    const agency = await buildAgency();
    const error = await expectError(agency.as(agency.dana).customers.add({ name }), 'VALIDATION');
    expect(error.details.path).toEqual(['name']);
    expect(error.message).toMatch(/^\[staffcore\] Invalid customer: name: /);
    expect(agency.store.size('customers')).toBe(0);
    expect(agency.store.size('worksites')).toBe(0);
  });

  it('accepts a name of exactly 200 characters', async () => {
    const agency = await buildAgency();
    const { customer } = await agency.as(agency.lee).customers.add({ name: 'y'.repeat(200) });
    expect(customer.name).toHaveLength(200);
  });

  it('fills the contact address and creates exactly one default worksite from an address', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer, worksite } = await sc.customers.add({ name: 'Capitol Foods', address: { ...mainStreet, city: 'St. Paul' } });
    expect(customer.contactAddress).toMatchObject({ line1: '400 Main St', city: 'St. Paul', country: 'US', standardized: false });
    expect(worksite).not.toBeNull();
    expect(customer.defaultWorksiteId).toBe(worksite!.id);
    const { items: worksites, next } = await sc.worksites.list({ customerId: customer.id });
    expect(next).toBeNull();
    expect(worksites).toHaveLength(1);
    expect(worksites[0]).toMatchObject({ customerId: customer.id, address: customer.contactAddress });
    expect((await sc.customers.get({ id: customer.id })).customer).toEqual(customer);
  });

  it('refuses an unstandardized address where the branch requires standardization and no standardizer is plugged in', async () => {
    const agency = await buildAgency();
    const error = await expectError(agency.as(agency.dana).customers.add({ name: 'Bolt', address: mainStreet }), 'STANDARDIZATION_REQUIRED');
    expect(error.details.path).toEqual(['address']);
    expect(agency.store.size('customers')).toBe(0);
    expect(agency.store.size('worksites')).toBe(0);
  });

  it('refuses when the standardizer cannot standardize the address, saving nothing', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.dana, { addressStandardizer: failingStandardizer });
    const error = await expectError(sc.customers.add({ name: 'Bolt', address: mainStreet }), 'STANDARDIZATION_REQUIRED');
    expect(error.message).toContain('address not found');
    expect(agency.store.size('customers')).toBe(0);
  });

  it('saves the standardized address when a standardizer is plugged in', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.dana, { addressStandardizer: upperCaseStandardizer });
    const { customer, worksite } = await sc.customers.add({ name: 'Bolt', address: mainStreet });
    expect(customer.contactAddress).toMatchObject({ line1: '400 MAIN ST', standardized: true });
    expect(worksite!.address).toEqual(customer.contactAddress);
  });

  it('reports likely duplicates in scope without blocking', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const first = await sc.customers.add({ name: 'Capitol Foods LLC', phone: '651-555-0100' });
    const second = await sc.customers.add({ name: 'capitol foods, inc.', phone: '+1 (651) 555-0100' });
    expect(second.customer.id).not.toBe(first.customer.id);
    expect(second.likelyDuplicates).toEqual([{ customerId: first.customer.id, name: 'Capitol Foods LLC', reasons: ['name', 'phone'] }]);
    const third = await sc.customers.add({ name: 'Riverside Bakery' });
    expect(third.likelyDuplicates).toEqual([]);
  });

  it('does not report records outside the rep\'s scope as duplicates', async () => {
    const agency = await buildAgency();
    await agency.as(agency.lee).customers.add({ name: 'Capitol Foods' });
    const { likelyDuplicates } = await agency.as(agency.dana).customers.add({ name: 'Capitol Foods' });
    expect(likelyDuplicates).toEqual([]);
  });

  it('adds a department that takes its defaults from its parent and starts as P', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.dana, { addressStandardizer: upperCaseStandardizer });
    const parent = await sc.customers.add({
      name: 'Acme',
      defaultWorkerCompCode: '1234',
      billingAddress: mainStreet,
      accountManagerId: 'pat',
    });
    await sc.customers.changeStatus({ id: parent.customer.id, to: 'A' });
    const { customer, defaults } = await sc.customers.add({ name: 'Acme Shipping', parentId: parent.customer.id });
    expect(customer).toMatchObject({
      parentId: parent.customer.id,
      status: 'P',
      defaultWorkerCompCode: '1234',
      accountManagerId: 'pat',
      billingAddress: parent.customer.billingAddress,
    });
    expect(defaults.defaultWorkerCompCode).toEqual({
      source: 'parent',
      customerId: parent.customer.id,
      description: `inherited from parent customer ${parent.customer.id}`,
    });
  });

  it('refuses a department under a record outside the scope as not found', async () => {
    const agency = await buildAgency();
    const other = await agency.as(agency.lee).customers.add({ name: 'Capitol Foods' });
    await expectError(agency.as(agency.dana).customers.add({ name: 'Dept', parentId: other.customer.id }), 'NOT_FOUND');
  });

  it('refuses a branch outside the rep\'s level', async () => {
    const agency = await buildAgency();
    const error = await expectError(agency.as(agency.dana).customers.add({ name: 'Acme', branchId: agency.ids.stPaul }), 'FORBIDDEN');
    expect(error.details.path).toEqual(['branchId']);
  });

  it('refuses a rep without the add permission', async () => {
    const agency = await buildAgency();
    const reader = { ...agency.dana, roles: [{ name: 'Reader', permissions: ['customer.read' as const] }] };
    await expectError(agency.as(reader).customers.add({ name: 'Acme' }), 'FORBIDDEN');
    expect(agency.store.size('customers')).toBe(0);
  });
});
