import * as z from 'zod';
import { Contact, DeactivateContactInput } from '../../model/index.js';
import * as messages from '../../errors/messages.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';

/**
 * What `contacts.deactivate` produced.
 * @category Action results
 */
export const DeactivateContactResult = z.strictObject({
  /** The contact, now inactive (`active: false`). */
  contact: Contact,
});
/**
 * What `contacts.deactivate` produced.
 * @category Action results
 */
export type DeactivateContactResult = z.output<typeof DeactivateContactResult>;

/**
 * The `contacts.deactivate` action; its documentation is on the `deactivate` member of its group (`contacts.ts`), where editors and the reference show it.
 * @category Action results
 */
export const deactivateContact = defineAction({
  name: 'contacts.deactivate',
  summary: 'Marks a contact inactive (kept, never deleted).',
  input: DeactivateContactInput,
  result: DeactivateContactResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'BUSINESS_RULE'],
  subject: 'contact',
  permission: 'contact.edit',
  correctsDeleted: true,
  async run(run, input): Promise<DeactivateContactResult> {
    const { record } = await ownedRecordToChange(run, 'contacts', input, (found) => (!found.active ? messages.contactAlreadyInactive(found.id) : null));
    return { contact: await run.tx.contacts.update({ ...record, active: false }) };
  },
});
