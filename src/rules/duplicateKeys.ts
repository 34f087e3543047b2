import type { Address } from '../model/index.js';
import { normalizeCustomerName } from './findLikelyDuplicates.js';

/**
 * The keys two records share when they are likely the same business: the name folded (case,
 * accents, punctuation and legal suffixes such as Inc, LLC, GmbH ignored), the phone number's last
 * ten digits, and the street line with the postal code. Stores index them, so finding a record's
 * likely duplicates is a lookup whatever the size of the book of business. `null` when the record
 * has nothing to compare on.
 * @category Rules
 */
export type DuplicateKeys = {
  /** The folded name, e.g. `acme` for "ACME, Inc."; `null` when nothing of the name is left. */
  readonly nameKey: string | null;
  /** The last ten digits of the phone number (at least seven); `null` without one. */
  readonly phoneKey: string | null;
  /** The street line folded, a bar, and the postal code without spaces; `null` without a contact address. */
  readonly addressKey: string | null;
};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The phone key: the last ten digits, or `null` when the number has fewer than seven.
 * @param phone - a phone number as entered
 * @returns the key
 * @category Rules
 */
export function phoneKeyOf(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '').slice(-10);
  return digits.length >= 7 ? digits : null;
}

/**
 * The address key: the street line folded and the postal code without spaces.
 * @param address - the street line and postal code
 * @returns the key, or `null` without an address
 * @category Rules
 */
export function addressKeyOf(address: Pick<Address, 'line1' | 'postalCode'> | null | undefined): string | null {
  if (!address) return null;
  return `${fold(address.line1)}|${address.postalCode.replace(/\s/g, '').toLowerCase()}`;
}

/**
 * Works out a record's {@link DuplicateKeys}.
 *
 * @param record - the name, phone and contact address
 * @returns the keys
 * @example
 * ```ts
 * duplicateKeys({ name: 'Müller GmbH', phone: '+49 30 1234 5678', contactAddress: null })
 * //=> { nameKey: 'muller', phoneKey: '3012345678', addressKey: null }
 * ```
 * @category Rules
 */
export function duplicateKeys(record: {
  readonly name: string;
  readonly phone?: string | null | undefined;
  readonly contactAddress?: Pick<Address, 'line1' | 'postalCode'> | null | undefined;
}): DuplicateKeys {
  const name = normalizeCustomerName(record.name);
  return { nameKey: name === '' ? null : name, phoneKey: phoneKeyOf(record.phone), addressKey: addressKeyOf(record.contactAddress) };
}
