import { describe, expect, it } from 'vitest';
import { AddCustomerInput, AddressInput, CustomerId, Money, Phone, SearchCustomersInput } from 'staffcore';

describe('model schemas', () => {
  it('parse an entered customer, trimming the name and defaulting the country', () => {
    const parsed = AddCustomerInput.parse({
      name: '  Acme Manufacturing ',
      address: { line1: '400 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401', country: 'us' },
    });
    expect(parsed.name).toBe('Acme Manufacturing');
    expect(parsed.address?.country).toBe('US');
    expect(AddressInput.parse({ line1: '1 Elm St', city: 'Duluth', region: 'MN', postalCode: '55802' }).country).toBe('US');
  });

  it('refuse unknown fields and blank names, naming the field', () => {
    const unknown = AddCustomerInput.safeParse({ name: 'Acme', status: 'A' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues.map((i) => [i.code, i.path])).toEqual([['unrecognized_keys', []]]);
    expect(unknown.error?.issues[0]).toMatchObject({ keys: ['status'] });

    const blank = AddCustomerInput.safeParse({ name: '   ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues.map((i) => [i.path, i.message])).toEqual([[['name'], 'must not be blank']]);
  });

  it('check ids, phone numbers and money', () => {
    expect(CustomerId.safeParse('cust_42').success).toBe(true);
    expect(CustomerId.safeParse('42; drop table').success).toBe(false);
    expect(Phone.safeParse('+1 612 555 0100').success).toBe(true);
    expect(Phone.safeParse('call me').success).toBe(false);
    expect(Money.parse('12.5')).toBe('12.50');
    expect(Money.safeParse('12.505').success).toBe(false);
  });

  it('default a search to the first 50 active records by name', () => {
    expect(SearchCustomersInput.parse({})).toEqual({ includeInactive: false, rootsOnly: false, orderBy: 'name', limit: 50 });
    expect(SearchCustomersInput.safeParse({ limit: 0 }).success).toBe(false);
  });
});
