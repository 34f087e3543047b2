import * as z from 'zod';
import { Customer, UpdateCustomerInput, type Address } from '../../model/index.js';
import type { EnteredAddress } from '../../rules/addressStandardizer.js';
import { defineAction } from '../_internal/defineAction.js';
import { definedFields } from '../_internal/definedFields.js';
import { prepareAddress } from '../_internal/prepareAddress.js';

/**
 * What `customers.update` saved.
 * @category Action results
 */
export const UpdateCustomerResult = z.strictObject({
  /** The saved record, with its new version. */
  customer: Customer,
});
/**
 * What `customers.update` saved.
 * @category Action results
 */
export type UpdateCustomerResult = z.output<typeof UpdateCustomerResult>;

/**
 * The `customers.update` action; its documentation is on the `update` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const updateCustomer = defineAction({
  name: 'customers.update',
  summary: 'Changes fields of a record, based on the version read.',
  input: UpdateCustomerInput,
  result: UpdateCustomerResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED', 'STANDARDIZATION_REQUIRED'],
  subject: 'customer update',
  permission: 'customer.edit',
  async run(run, { id, version, changes }): Promise<UpdateCustomerResult> {
    const current = await run.customer(id);
    run.expectVersion(current, version);
    const chain = run.hierarchy.chain(current.branchId);
    const address = async (value: EnteredAddress | null, field: string): Promise<Address | null> =>
      value === null ? null : prepareAddress(run, value, chain, ['changes', field]);
    const { contactAddress, billingAddress, custom, ...plain } = changes;
    const next = {
      ...current,
      ...definedFields(plain),
      ...(custom !== undefined ? { custom: run.customFields.of('customers').parsePatch(current.custom, custom, ['changes', 'custom']) } : {}),
      ...(contactAddress !== undefined ? { contactAddress: await address(contactAddress, 'contactAddress') } : {}),
      ...(billingAddress !== undefined ? { billingAddress: await address(billingAddress, 'billingAddress') } : {}),
    } satisfies Customer;
    return { customer: await run.tx.customers.update(next) };
  },
});
