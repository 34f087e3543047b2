import * as z from 'zod';
import { Customer, GetCustomerInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `customers.get` read. */
export const GetCustomerResult = z.strictObject({
  /** The record. */
  customer: Customer,
});
/** What `customers.get` read. */
export type GetCustomerResult = z.output<typeof GetCustomerResult>;

/**
 * `customers.get`: reads a customer record the actor may see. Refuses with `NOT_FOUND` when there
 * is no such record or it lies outside the actor's hierarchy level, `FORBIDDEN` without
 * `customer.read`, `VALIDATION` for a malformed id.
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
