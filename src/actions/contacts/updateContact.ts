import * as z from 'zod';
import { Contact, UpdateContactInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';

/** What `contacts.update` produced. */
export const UpdateContactResult = z.strictObject({
  /** The contact as saved, at its new version. */
  contact: Contact,
});
/** What `contacts.update` produced. */
export type UpdateContactResult = z.output<typeof UpdateContactResult>;

/**
 * `contacts.update`: changes a contact's name, title, phone or e-mail, based on the version read
 * (`null` clears a phone or e-mail). The record it belongs to does not change: a contact who moves
 * on is deactivated, and a new one added where they went. Refuses with `VALIDATION`, `FORBIDDEN`
 * (no `contact.edit`), `NOT_FOUND`, `CONFLICT`, `STATUS_BLOCKED` (a contact of a deleted record).
 *
 * @example
 * ```ts
 * const { contact } = await sc.contacts.update({ id: '4', version: 1, changes: { title: 'Operations manager' } });
 * contact.version //=> 2
 * ```
 */
export const updateContact = defineAction({
  name: 'contacts.update',
  summary: "Changes a contact's name, title, phone or e-mail.",
  input: UpdateContactInput,
  result: UpdateContactResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED'],
  subject: 'contact',
  permission: 'contact.edit',
  async run(run, input): Promise<UpdateContactResult> {
    const { record } = await ownedRecordToChange(run, 'contacts', input, () => null);
    const { firstName, lastName, title, phone, email } = input.changes;
    const contact = await run.tx.contacts.update({
      ...record,
      firstName: firstName ?? record.firstName,
      lastName: lastName ?? record.lastName,
      title: title ?? record.title,
      phone: phone === undefined ? record.phone : phone,
      email: email === undefined ? record.email : email,
    } satisfies Contact);
    return { contact };
  },
});
