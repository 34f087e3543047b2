import * as z from 'zod';
import { AddContactInput, Contact } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/** What `contacts.add` produced. */
export const AddContactResult = z.strictObject({
  /** The saved contact, active, linked to the record. */
  contact: Contact,
});
/** What `contacts.add` produced. */
export type AddContactResult = z.output<typeof AddContactResult>;

/**
 * `contacts.add`: adds a person at a customer or department, linked to the record it is added
 * from, active. Refuses with `VALIDATION`, `FORBIDDEN` (no `contact.edit`), `NOT_FOUND`,
 * `STATUS_BLOCKED` (a deleted record).
 *
 * @example
 * ```ts
 * const { contact } = await sc.contacts.add({ customerId: '3', firstName: 'Pat', lastName: 'Lee', title: 'Plant manager' });
 * contact.active //=> true
 * ```
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
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    return { contact };
  },
});
