import { CopyContactToBillingInput, type Customer } from '../../model/index.js';
import { copyContactToBilling } from '../../rules/copyContactToBilling.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `customers.copyContactToBilling` saved. */
export interface CopyContactToBillingResult {
  /** The saved record. */
  readonly customer: Customer;
}

/**
 * `customers.copyContactToBilling`: copies a customer's contact address to its billing address in
 * one call. Refuses with `VALIDATION` (no contact address), `NOT_FOUND`, `FORBIDDEN`, `CONFLICT`.
 */
export const copyCustomerContactToBilling = defineAction({
  name: 'customers.copyContactToBilling',
  summary: 'Copies the contact address to the billing address.',
  input: CopyContactToBillingInput,
  subject: 'copy to billing',
  permission: 'customer.edit',
  async run(run, { id, version }): Promise<CopyContactToBillingResult> {
    const current = await run.customer(id);
    run.expectVersion(current, version);
    return { customer: await run.tx.customers.update(copyContactToBilling(current)) };
  },
});
