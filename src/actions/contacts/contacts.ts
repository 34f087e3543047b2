import { addContact } from './addContact.js';
import { listContacts } from './listContacts.js';
import { deactivateContact } from './deactivateContact.js';
import { updateContact } from './updateContact.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Contacts of customer records.
 *
 * Give it to {@link createStaffcore} as `actions: { contacts }`: the instance's `contacts.…` calls are these actions.
 * @namespace
 */
export const contacts = defineGroup('contacts', {
  /** Adds a person at a customer or department, linked to the record. */
  add: addContact,
  /** Lists the contacts of a record, its subtree or its whole tree: active ones, or all. */
  list: listContacts,
  /** Marks a contact inactive (kept, never deleted). */
  deactivate: deactivateContact,
  /** Changes a contact's name, title, phone or e-mail. */
  update: updateContact,
});
