import { DeactivateContactInput, type Contact } from '../../model/index.js';
import * as messages from '../../errors/messages.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';

/**
 * `contacts.deactivate`: marks a contact who has moved on inactive. The contact is kept (never
 * deleted) and still listed with `active: false`. Refuses with `NOT_FOUND`, `FORBIDDEN` (no
 * `contact.edit`), `CONFLICT`, `BUSINESS_RULE` (already inactive).
 */
export const deactivateContact = defineAction({
  name: 'contacts.deactivate',
  summary: 'Marks a contact inactive (kept, never deleted).',
  input: DeactivateContactInput,
  subject: 'contact',
  permission: 'contact.edit',
  correctsDeleted: true,
  async run(run, input): Promise<Contact> {
    const { record } = await ownedRecordToChange(run, 'contacts', input, (found) => (!found.active ? messages.contactAlreadyInactive(found.id) : null));
    return run.tx.contacts.update({ ...record, active: false });
  },
});
