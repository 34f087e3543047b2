import * as z from 'zod';
import type { Address, Customer } from '../model/index.js';
import { duplicateKeys } from './duplicateKeys.js';

/**
 * Why an existing record looks like a duplicate of a new one: the same folded name, phone number
 * or street address, or (`similarName`) a name that differs by a typo or two.
 * @category Rules
 */
export const DuplicateReason = z.enum(['name', 'similarName', 'phone', 'address']);
/**
 * Why an existing record looks like a duplicate of a new one.
 * @category Rules
 */
export type DuplicateReason = z.output<typeof DuplicateReason>;

/**
 * An existing record that looks like a duplicate, and why.
 * @category Rules
 */
export const DuplicateMatch = z
  .strictObject({
    /** The existing record's id. */
    customerId: z.string(),
    /** The existing record's name. */
    name: z.string(),
    /** What they share. */
    reasons: z.array(DuplicateReason).readonly(),
    /** For a `similarName`: how similar the folded names are, 0 to 1 (trigram similarity). */
    similarity: z.number().min(0).max(1).optional(),
  })
  .readonly();
/**
 * An existing record that looks like a duplicate, and why.
 * @category Rules
 */
export type DuplicateMatch = z.output<typeof DuplicateMatch>;

/**
 * What a new record is compared on.
 * @category Rules
 */
export interface DuplicateCandidate {
  readonly name: string;
  readonly phone?: string | null | undefined;
  readonly contactAddress?: Pick<Address, 'line1' | 'postalCode'> | null | undefined;
}

const legalSuffixes = /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|gmbh)\b\.?/g;

/**
 * Normalizes a business name for duplicate matching: case, accents, punctuation and legal
 * suffixes (Inc, LLC, Corp, …) are ignored.
 *
 * @param name - a customer name
 * @returns the normalized name
 * @example
 * ```ts
 * normalizeCustomerName('ACME, Inc.') //=> 'acme'
 * ```
 * @category Rules
 */
export function normalizeCustomerName(name: string): string {
  // Plain ASCII has no accents to take off, and NFKD is the costliest step when checking millions of names.
  const unaccented = /[^\u0000-\u007f]/.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  return unaccented
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(legalSuffixes, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}


/**
 * Finds the records that look like duplicates of a new one: same normalized name, same phone
 * number (last ten digits) or same street address and postal code. Deleted records are passed over.
 * Likely duplicates are reported, never blocked.
 *
 * @param candidate - the new record
 * @param existing - the records to compare with (e.g. those in the rep's scope with a similar name)
 * @param isDeleted - tells whether a status code marks a deleted record
 * @returns the matches, each with its reasons
 * @example
 * ```ts
 * findLikelyDuplicates({ name: 'Acme Inc' }, [acmeLlc]) //=> [{ customerId: '3', name: 'Acme LLC', reasons: ['name'] }]
 * ```
 * @category Rules
 */
export function findLikelyDuplicates(
  candidate: DuplicateCandidate,
  existing: readonly Customer[],
  isDeleted: (status: string) => boolean = (status) => status === 'X',
): DuplicateMatch[] {
  const keys = duplicateKeys(candidate);
  const matches: DuplicateMatch[] = [];
  for (const record of existing) {
    if (isDeleted(record.status)) continue;
    const theirs = duplicateKeys(record);
    const reasons: DuplicateReason[] = [];
    if (keys.nameKey !== null && theirs.nameKey === keys.nameKey) reasons.push('name');
    if (keys.phoneKey !== null && theirs.phoneKey === keys.phoneKey) reasons.push('phone');
    if (keys.addressKey !== null && theirs.addressKey === keys.addressKey) reasons.push('address');
    if (reasons.length > 0) matches.push({ customerId: record.id, name: record.name, reasons });
  }
  return matches;
}
