import * as z from 'zod';
import { AddWorksiteInput, Customer, Worksite } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { prepareAddress } from '../_internal/prepareAddress.js';

/**
 * What `worksites.add` produced.
 * @category Action results
 */
export const AddWorksiteResult = z.strictObject({
  /** The saved worksite. */
  worksite: Worksite,
  /** The customer as saved afterwards (its `defaultWorksiteId` may have changed). */
  customer: Customer,
});
/**
 * What `worksites.add` produced.
 * @category Action results
 */
export type AddWorksiteResult = z.output<typeof AddWorksiteResult>;

/**
 * The `worksites.add` action; its documentation is on the `add` member of its group (`worksites.ts`), where editors and the reference show it.
 * @category Action results
 */
export const addWorksite = defineAction({
  name: 'worksites.add',
  summary: 'Adds a worksite to a customer; the first one becomes the default.',
  input: AddWorksiteInput,
  result: AddWorksiteResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'STANDARDIZATION_REQUIRED'],
  subject: 'worksite',
  permission: 'worksite.edit',
  async run(run, input): Promise<AddWorksiteResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    const address = await prepareAddress(run, input.address, run.hierarchy.chain(customer.branchId), ['address']);
    const worksite = await run.tx.worksites.insert({
      customerId: customer.id,
      name: input.name ?? address.line1,
      address,
      timeZone: input.timeZone ?? null,
      directions: input.directions ?? '',
      dressCode: input.dressCode ?? '',
      createdAt: run.now,
    });
    const becomesDefault = customer.defaultWorksiteId === null || input.makeDefault === true;
    const saved = becomesDefault ? await run.tx.customers.update({ ...customer, defaultWorksiteId: worksite.id }) : customer;
    return { worksite, customer: saved };
  },
});
