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
 * @category Action groups
 */
export const contacts = defineGroup('contacts', {
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
  add: addContact,
  /**
   * `contacts.list`: the contacts of a record (`account`), its subtree or its whole tree (`master`),
   * by last and first name (case aside), one page at a time — the active ones by default, every one
   * with `active: false` (a contact is deactivated, never deleted). Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * (await sc.contacts.list({ customerId: '3' })).items.map((c) => c.lastName) //=> ['Lee']
   * ```
   */
  list: listContacts,
  /**
   * `contacts.deactivate`: marks a contact who has moved on inactive. The contact is kept (never
   * deleted) and still listed with `active: false`. Refuses with `NOT_FOUND`, `FORBIDDEN` (no
   * `contact.edit`), `CONFLICT`, `BUSINESS_RULE` (already inactive).
   *
   * @example
   * ```ts
   * const { contact } = await sc.contacts.deactivate({ id: '4' });
   * contact.active //=> false
   * ```
   */
  deactivate: deactivateContact,
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
  update: updateContact,
});
