import { describe, expect, it } from 'vitest';
import { findLikelyDuplicates, normalizeCustomerName, type Customer } from '../../src/index.js';

const record = (id: string, name: string, extra: Partial<Customer> = {}) =>
  ({ id, name, status: 'P', phone: null, contactAddress: null, ...extra }) as Customer;

describe('normalizeCustomerName', () => {
  it.each([
    ['ACME, Inc.', 'acme'],
    ['Acme LLC', 'acme'],
    ['Café  Bleu & Co.', 'cafe bleu and'],
    ['  Smith-Jones Corporation ', 'smith jones'],
  ])('normalizes %s', (name, expected) => {
    expect(normalizeCustomerName(name)).toBe(expected);
  });
});

describe('findLikelyDuplicates', () => {
  it('matches on name, phone and street address, and skips deleted records', () => {
    const address = { line1: '400 Main St.', city: 'X', region: 'MN', postalCode: '55401', country: 'US', standardized: false };
    const existing = [
      record('1', 'Acme Inc'),
      record('2', 'Other', { phone: '(612) 555-0100' }),
      record('3', 'Third', { contactAddress: address }),
      record('4', 'Acme', { status: 'X' }),
    ];
    const matches = findLikelyDuplicates(
      { name: 'ACME LLC', phone: '+1 612 555 0100', contactAddress: { line1: '400 main st', postalCode: '55401' } },
      existing,
    );
    expect(matches).toEqual([
      { customerId: '1', name: 'Acme Inc', reasons: ['name'] },
      { customerId: '2', name: 'Other', reasons: ['phone'] },
      { customerId: '3', name: 'Third', reasons: ['address'] },
    ]);
  });
});
