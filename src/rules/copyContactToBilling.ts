import { fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { Customer } from '../model/index.js';

/**
 * Copies a customer's contact address to its billing address (the "double paper" button).
 *
 * @param customer - the record
 * @returns a new record with `billingAddress` equal to `contactAddress`; the input is not changed
 * @throws StaffcoreError `VALIDATION` when the record has no contact address
 * @example
 * ```ts
 * copyContactToBilling(customer).billingAddress === customer.contactAddress //=> true
 * ```
 * @category Rules
 */
export function copyContactToBilling<T extends Pick<Customer, 'contactAddress' | 'billingAddress'>>(customer: T): T {
  if (customer.contactAddress === null) {
    throw fieldError('copy', ['contactAddress'], messages.noContactAddress);
  }
  return { ...customer, billingAddress: customer.contactAddress };
}
