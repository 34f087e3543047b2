import * as z from 'zod';
import { CopyContactToBillingInput, Customer } from '../../model/index.js';
import { copyContactToBilling } from '../../rules/copyContactToBilling.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `customers.copyContactToBilling` saved.
 * @category Action results
 */
export const CopyContactToBillingResult = z.strictObject({
  /** The saved record. */
  customer: Customer,
});
/**
 * What `customers.copyContactToBilling` saved.
 * @category Action results
 */
export type CopyContactToBillingResult = z.output<typeof CopyContactToBillingResult>;

/**
 * The `customers.copyContactToBilling` action; its documentation is on the `copyContactToBilling` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
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
