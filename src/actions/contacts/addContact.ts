import * as z from 'zod';
import { AddContactInput, Contact } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `contacts.add` produced.
 * @category Action results
 */
export const AddContactResult = z.strictObject({
  /** The saved contact, active, linked to the record. */
  contact: Contact,
});
/**
 * What `contacts.add` produced.
 * @category Action results
 */
export type AddContactResult = z.output<typeof AddContactResult>;

/**
 * The `contacts.add` action; its documentation is on the `add` member of its group (`contacts.ts`), where editors and the reference show it.
 * @category Action results
 */
export const addContact = defineAction({
  name: 'contacts.add',
  summary: 'Adds a person at a customer or department, linked to the record.',
  input: AddContactInput,
  result: AddContactResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED'],
  subject: 'contact',
  permission: 'contact.edit',
  async run(run, input): Promise<AddContactResult> {
    const custom = run.customFields.of('contacts').parseNew(input.custom, ['custom']);
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'newContact', customer);
    const contact = await run.tx.contacts.insert({
      customerId: customer.id,
      firstName: input.firstName,
      lastName: input.lastName,
      title: input.title,
      phone: input.phone ?? null,
      email: input.email ?? null,
      active: true,
      custom,
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    return { contact };
  },
});
