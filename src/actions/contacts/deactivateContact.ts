import { DeactivateContactInput, type Contact } from '../../model/index.js';
import { messages } from '../../errors/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';

/**
 * `contacts.deactivate`: marks a contact who has moved on inactive. The contact is kept (never
 * deleted) and still listed with `active: false`. Refuses with `NOT_FOUND`, `FORBIDDEN` (no
 * `contact.edit`), `CONFLICT`, `BUSINESS_RULE` (already inactive).
 */
export const deactivateContact = defineAction({
  input: DeactivateContactInput,
  subject: 'contact',
  permission: 'contact.edit',
  async run(run, input): Promise<Contact> {
    const { record } = await ownedRecord(run, 'contacts', input.id, 'id');
    run.expectVersion(record, input.version, 'contact');
    if (!record.active) throw businessRule(messages.contactAlreadyInactive(record.id), ['id']);
    return run.tx.contacts.update({ ...record, active: false });
  },
});
