import * as z from 'zod';
import { Customer, GetCustomerInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `customers.get` read.
 * @category Action results
 */
export const GetCustomerResult = z.strictObject({
  /** The record. */
  customer: Customer,
});
/**
 * What `customers.get` read.
 * @category Action results
 */
export type GetCustomerResult = z.output<typeof GetCustomerResult>;

/**
 * The `customers.get` action; its documentation is on the `get` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const getCustomer = defineAction({
  name: 'customers.get',
  summary: 'Reads a record the actor may see.',
  input: GetCustomerInput,
  result: GetCustomerResult,
  refusals: ['NOT_FOUND'],
  subject: 'customer',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id }): Promise<GetCustomerResult> {
    return { customer: await run.customer(id) };
  },
});
