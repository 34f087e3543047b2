import { ownedRecord } from '../_internal/ownedRecord.js';
import { fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import * as z from 'zod';
import { Customer, SetDefaultWorksiteInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `worksites.setDefault` saved.
 * @category Action results
 */
export const SetDefaultWorksiteResult = z.strictObject({
  /** The customer as saved. */
  customer: Customer,
});
/**
 * What `worksites.setDefault` saved.
 * @category Action results
 */
export type SetDefaultWorksiteResult = z.output<typeof SetDefaultWorksiteResult>;

/**
 * The `worksites.setDefault` action; its documentation is on the `setDefault` member of its group (`worksites.ts`), where editors and the reference show it.
 * @category Action results
 */
export const setDefaultWorksite = defineAction({
  name: 'worksites.setDefault',
  summary: "Makes one of a customer's worksites its default.",
  input: SetDefaultWorksiteInput,
  result: SetDefaultWorksiteResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED'],
  subject: 'default worksite',
  permission: 'worksite.edit',
  async run(run, input): Promise<SetDefaultWorksiteResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    run.expectVersion(customer, input.version);
    const worksite = (await ownedRecord(run, 'worksites', input.worksiteId, 'worksiteId')).record;
    if (worksite.customerId !== customer.id) {
      throw fieldError('default worksite', ['worksiteId'], messages.worksiteNotOfCustomer(worksite.id, customer.id));
    }
    if (customer.defaultWorksiteId === worksite.id) return { customer };
    return { customer: await run.tx.customers.update({ ...customer, defaultWorksiteId: worksite.id }) };
  },
});
