import { fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { SetDefaultWorksiteInput, type Customer } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `worksites.setDefault` saved. */
export interface SetDefaultWorksiteResult {
  /** The customer as saved. */
  readonly customer: Customer;
}

/**
 * `worksites.setDefault`: makes one of a customer's worksites its default (there is exactly one
 * default when any exist). Refuses with `NOT_FOUND` (no such customer or worksite), `VALIDATION`
 * (the worksite is another customer's), `FORBIDDEN`, `CONFLICT`.
 */
export const setDefaultWorksite = defineAction({
  name: 'worksites.setDefault',
  summary: "Makes one of a customer's worksites its default.",
  input: SetDefaultWorksiteInput,
  subject: 'default worksite',
  permission: 'worksite.edit',
  async run(run, input): Promise<SetDefaultWorksiteResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    run.expectVersion(customer, input.version);
    const worksite = await run.worksite(input.worksiteId);
    if (worksite.customerId !== customer.id) {
      throw fieldError('default worksite', ['worksiteId'], messages.worksiteNotOfCustomer(worksite.id, customer.id));
    }
    if (customer.defaultWorksiteId === worksite.id) return { customer };
    return { customer: await run.tx.customers.update({ ...customer, defaultWorksiteId: worksite.id }) };
  },
});
