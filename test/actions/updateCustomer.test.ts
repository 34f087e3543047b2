import { describe, expect, it } from 'vitest';
import { buildAgency, mainStreet, upperCaseStandardizer } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';

describe('customers.update', () => {
  it('saves changes and bumps the version', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Capitol Foods' });
    const { customer: saved } = await sc.customers.update({ id: customer.id, version: customer.version, changes: { phone: '651 555 0100', notes: 'Call Tue' } });
    expect(saved).toMatchObject({ phone: '651 555 0100', notes: 'Call Tue', version: customer.version + 1, updatedBy: 'lee' });
    expect((await sc.customers.get({ id: customer.id })).customer).toEqual(saved);
  });

  it('fails a stale update with CONFLICT and keeps the newer data', async () => {
    const agency = await buildAgency();
    const first = agency.as(agency.lee);
    const second = agency.as({ ...agency.lee, id: 'lee2', name: 'Lee Two' });
    const { customer } = await first.customers.add({ name: 'Capitol Foods' });
    const { customer: newer } = await first.customers.update({ id: customer.id, version: customer.version, changes: { notes: 'newer' } });
    const error = await expectError(
      second.customers.update({ id: customer.id, version: customer.version, changes: { notes: 'stale' } }),
      'CONFLICT',
    );
    expect(error.details).toMatchObject({ id: customer.id });
    expect((await first.customers.get({ id: customer.id })).customer).toEqual(newer);
  });

  it('refuses unknown fields and fields with their own actions', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Capitol Foods' });
    const error = await expectError(
      sc.customers.update({ id: customer.id, version: 1, changes: { status: 'A' } as never }),
      'VALIDATION',
    );
    expect(error.details.path).toEqual(['changes', 'status']);
    expect((await sc.customers.get({ id: customer.id })).customer.status).toBe('P');
  });

  it('standardizes a changed contact address where the branch requires it', async () => {
    const agency = await buildAgency();
    const plain = agency.as(agency.dana);
    const { customer } = await plain.customers.add({ name: 'Acme' });
    await expectError(plain.customers.update({ id: customer.id, version: 1, changes: { contactAddress: mainStreet } }), 'STANDARDIZATION_REQUIRED');
    const { customer: saved } = await agency
      .as(agency.dana, { addressStandardizer: upperCaseStandardizer })
      .customers.update({ id: customer.id, version: 1, changes: { contactAddress: mainStreet } });
    expect(saved.contactAddress).toMatchObject({ line1: '400 MAIN ST', standardized: true });
  });
});

describe('customers.copyContactToBilling', () => {
  it('copies the contact address to the billing address', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Capitol Foods', address: mainStreet });
    const { customer: saved } = await sc.customers.copyContactToBilling({ id: customer.id, version: customer.version });
    expect(saved.billingAddress).toEqual(customer.contactAddress);
    expect(saved.version).toBe(customer.version + 1);
  });

  it('refuses a record without a contact address', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Capitol Foods' });
    const error = await expectError(sc.customers.copyContactToBilling({ id: customer.id }), 'VALIDATION');
    expect(error.details.path).toEqual(['contactAddress']);
  });
});

describe('worksites', () => {
  it('keeps exactly one default as worksites are added and the default is changed', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Capitol Foods' });
    const first = await sc.worksites.add({ customerId: customer.id, name: 'Plant', address: mainStreet, timeZone: 'America/Chicago', dressCode: 'Steel toes' });
    expect(first.customer.defaultWorksiteId).toBe(first.worksite.id);
    const second = await sc.worksites.add({ customerId: customer.id, address: { ...mainStreet, line1: '9 Dock Rd' } });
    expect(second.customer.defaultWorksiteId).toBe(first.worksite.id);
    expect(second.worksite.name).toBe('9 Dock Rd');
    const { customer: switched } = await sc.worksites.setDefault({ customerId: customer.id, worksiteId: second.worksite.id });
    expect(switched.defaultWorksiteId).toBe(second.worksite.id);
    expect((await sc.worksites.list({ customerId: customer.id })).items.map((w) => w.id).sort()).toEqual([first.worksite.id, second.worksite.id].sort());
  });

  it("refuses another customer's worksite as the default", async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const a = await sc.customers.add({ name: 'A', address: mainStreet });
    const b = await sc.customers.add({ name: 'B' });
    const error = await expectError(sc.worksites.setDefault({ customerId: b.customer.id, worksiteId: a.worksite!.id }), 'VALIDATION');
    expect(error.details.path).toEqual(['worksiteId']);
  });

  it('refuses an unknown time zone', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'A' });
    const error = await expectError(sc.worksites.add({ customerId: customer.id, address: mainStreet, timeZone: 'Mars/Olympus' }), 'VALIDATION');
    expect(error.details.path).toEqual(['timeZone']);
    expect(agency.store.size('worksites')).toBe(0);
  });
});
