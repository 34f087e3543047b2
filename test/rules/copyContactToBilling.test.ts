import { describe, expect, it } from 'vitest';
import { copyContactToBilling, messages, type Address } from '../../src/index.js';

const address: Address = { line1: '1 A St', city: 'B', region: 'C', postalCode: '1', country: 'US', standardized: false };

describe('copyContactToBilling', () => {
  it('copies the contact address and does not mutate its input', () => {
    const record = Object.freeze({ contactAddress: address, billingAddress: null });
    expect(copyContactToBilling(record)).toEqual({ contactAddress: address, billingAddress: address });
    expect(record.billingAddress).toBeNull();
  });

  it('refuses a record without a contact address', () => {
    expect(() => copyContactToBilling({ contactAddress: null, billingAddress: null })).toThrowError(
      `[staffcore] Invalid copy: contactAddress: ${messages.noContactAddress}`,
    );
  });
});
