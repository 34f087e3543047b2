import * as z from 'zod';
import { CopyContactToBillingInput, Customer } from '../../model/index.js';
import { copyContactToBilling } from '../../rules/copyContactToBilling.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `customers.copyContactToBilling` saved. */
export const CopyContactToBillingResult = z.strictObject({
  /** The saved record. */
  customer: Customer,
});
/** What `customers.copyContactToBilling` saved. */
export type CopyContactToBillingResult = z.output<typeof CopyContactToBillingResult>;

/**
 * `customers.copyContactToBilling`: copies a customer's contact address to its billing address in
 * one call. Refuses with `VALIDATION` (no contact address), `NOT_FOUND`, `FORBIDDEN`, `CONFLICT`,
 * `STATUS_BLOCKED` (a deleted record).
 */
export const copyCustomerContactToBilling = defineAction({
  name: 'customers.copyContactToBilling',
  summary: 'Copies the contact address to the billing address.',
  input: CopyContactToBillingInput,
  result: CopyContactToBillingResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED'],
  subject: 'copy to billing',
  permission: 'customer.edit',
  async run(run, { id, version }): Promise<CopyContactToBillingResult> {
    const current = await run.customer(id);
    run.expectVersion(current, version);
    return { customer: await run.tx.customers.update(copyContactToBilling(current)) };
  },
});
