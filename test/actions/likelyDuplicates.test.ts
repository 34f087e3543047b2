import { describe, expect, it } from 'vitest';
import { storesUnderTest, tier } from '../helpers/stores.js';
import { buildAgency, mainStreet } from '../helpers/agency.js';

const stores = storesUnderTest('dups');

const cities = ['Minneapolis', 'St. Paul', 'Duluth', 'Rochester', 'Bloomington', 'Edina', 'Plymouth', 'Eagan', 'Woodbury', 'Fargo'];
const surnames = ['Anderson', 'Johnson', 'Olson', 'Peterson', 'Nelson', 'Larson', 'Hanson', 'Carlson', 'Swanson', 'Erickson'];
const trades = ['Staffing', 'Services', 'Manufacturing', 'Logistics', 'Staffing Services', 'Tool & Die', 'Health Services', 'Foods', 'Printing', 'Plastics'];
const suffixes = ['', ' Group', ' Partners', ' Solutions', ' Associates'];
const places = ['', ' of Minnesota', ' of Iowa', ' of the Dakotas', ' of Wisconsin', ' Midwest', ' North', ' South', ' East', ' West', ' Central'];

/** The `i`th name of a book whose names share words as real ones do, all different up to 55,000. */
const bookName = (i: number) =>
  `${cities[i % 10]} ${surnames[Math.floor(i / 10) % 10]} ${trades[Math.floor(i / 100) % 10]}${suffixes[Math.floor(i / 1000) % 5]}${places[Math.floor(i / 5000) % 11]}`;
/** How many customers the book holds: 50,000 in the large tier. */
const bookSize = tier === 'large' ? 50_000 : 3000;

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

  it(`${tier === 'large' ? '[large] ' : ''}in a book of ${bookSize.toLocaleString('en-US')} names sharing words, reports the name a typo away and the exact repeat, and at most 20 near misses`, async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const book: { id: string; name: string }[] = [];
    for (let from = 0; from < bookSize; from += 1000) {
      const { added } = await lee.customers.addMany({ rows: Array.from({ length: 1000 }, (_, k) => ({ name: bookName(from + k) })) });
      book.push(...added.map((a) => a.customer));
    }
    // 'Duluth Anderson Staffing Services Group' keyed as 'Duluth Andersen Staffing Services Group'
    const original = book[1402]!;
    expect(original.name).toBe('Duluth Anderson Staffing Services Group');
    const typo = await lee.customers.add({ name: 'Duluth Andersen Staffing Services Group' });
    const near = typo.likelyDuplicates.filter((d) => d.reasons.includes('similarName'));
    expect(near[0]).toMatchObject({ customerId: original.id, name: original.name });
    expect(near.length).toBeLessThanOrEqual(20);

    const repeat = book[bookSize - 7]!;
    const again = await lee.customers.add({ name: repeat.name.toUpperCase() });
    expect(again.likelyDuplicates.filter((d) => d.reasons.includes('name')).map((d) => d.customerId)).toContain(repeat.id);
    expect(again.likelyDuplicates.filter((d) => d.reasons.includes('similarName')).length).toBeLessThanOrEqual(20);

    // a name that many in the book resemble: the best 20 at most, best first
    const crowd = await lee.customers.add({ name: 'Minneapolis Anderson Staffing Services' });
    const similar = crowd.likelyDuplicates.filter((d) => d.reasons.includes('similarName')).map((d) => d.similarity!);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(20);
    expect(similar).toEqual([...similar].sort((a, b) => b - a));
  }, 600_000);

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
