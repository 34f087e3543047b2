import { describe, expect, it } from 'vitest';
import { storesUnderTest } from '../helpers/stores.js';
import { buildAgency, mainStreet } from '../helpers/agency.js';

const stores = storesUnderTest('dups');

describe.each(stores)('likely duplicates of customers.add on the %s store', (_name, makeStore) => {
  it('reports an exact repeat whatever its accents', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    for (const name of ['Müller GmbH', 'Café Rio', 'Ōsaka Foods']) {
      const { customer } = await lee.customers.add({ name });
      const again = await lee.customers.add({ name });
      expect(again.likelyDuplicates.map((d) => [d.customerId, d.reasons])).toEqual([[customer.id, ['name']]]);
    }
  });

  it('reports an exact repeat however many similar names come first', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    await lee.customers.addMany({ rows: Array.from({ length: 2000 }, (_, i) => ({ name: `Stark Staffing ${i}` })) });
    const again = await lee.customers.add({ name: 'Stark Staffing 1999' });
    expect(again.likelyDuplicates.filter((d) => d.reasons.includes('name')).map((d) => d.name)).toEqual(['Stark Staffing 1999']);
  });

  it('reports a record with the same phone or the same street address under another name', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const address = { ...mainStreet, city: 'St. Paul' };
    const { customer: byPhone } = await lee.customers.add({ name: 'Northwind', phone: '+1 651 555 0142' });
    const { customer: byAddress } = await lee.customers.add({ name: 'Southwind', address });
    const samePhone = await lee.customers.add({ name: 'Completely Different', phone: '(651) 555-0142' });
    expect(samePhone.likelyDuplicates.map((d) => [d.customerId, d.reasons])).toEqual([[byPhone.id, ['phone']]]);
    const sameAddress = await lee.customers.add({ name: 'Another Name', address: { ...address, line1: '400 MAIN ST.' } });
    expect(sameAddress.likelyDuplicates.map((d) => [d.customerId, d.reasons])).toEqual([[byAddress.id, ['address']]]);
  });

  it('reports a name a typo away, with its similarity', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const { customer } = await lee.customers.add({ name: 'Stark Staffing' });
    const typo = await lee.customers.add({ name: 'Stark Stafing' });
    expect(typo.likelyDuplicates).toHaveLength(1);
    expect(typo.likelyDuplicates[0]).toMatchObject({ customerId: customer.id, reasons: ['similarName'] });
    expect(typo.likelyDuplicates[0]!.similarity).toBeGreaterThanOrEqual(0.5);
    expect((await lee.customers.add({ name: 'Bakery Supplies' })).likelyDuplicates).toEqual([]);
  });

  it('does not report records outside the rep’s scope or deleted ones', async () => {
    const agency = await buildAgency(await makeStore());
    await agency.as(agency.dana).customers.add({ name: 'Acme Tools' });
    const lee = agency.as(agency.lee);
    const { customer } = await lee.customers.add({ name: 'Acme Tools' });
    await lee.customers.changeStatus({ id: customer.id, to: 'X', reason: 'Entered by mistake' });
    expect((await lee.customers.add({ name: 'Acme Tools' })).likelyDuplicates).toEqual([]);
  });
});
