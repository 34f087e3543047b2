import * as z from 'zod';
import { Contact, UpdateContactInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';

/**
 * What `contacts.update` produced.
 * @category Action results
 */
export const UpdateContactResult = z.strictObject({
  /** The contact as saved, at its new version. */
  contact: Contact,
});
/**
 * What `contacts.update` produced.
 * @category Action results
 */
export type UpdateContactResult = z.output<typeof UpdateContactResult>;

/**
 * The `contacts.update` action; its documentation is on the `update` member of its group (`contacts.ts`), where editors and the reference show it.
 * @category Action results
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
    const { firstName, lastName, title, phone, email, custom } = input.changes;
    const contact = await run.tx.contacts.update({
      ...record,
      firstName: firstName ?? record.firstName,
      lastName: lastName ?? record.lastName,
      title: title ?? record.title,
      phone: phone === undefined ? record.phone : phone,
      email: email === undefined ? record.email : email,
      custom: custom === undefined ? record.custom : run.customFields.of('contacts').parsePatch(record.custom, custom, ['changes', 'custom']),
    } satisfies Contact);
    return { contact };
  },
});
