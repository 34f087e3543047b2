import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { customInput, storedCustomValues } from './customValues.js';
import { Instant } from './dates.js';
import { ContactId, CustomerId, RepId, Version } from './ids.js';
import { ScopedListFields } from './listPage.js';
import { Email, Phone } from './customer.js';

/**
 * A person at a customer: a separate record tied to a customer or department (people move on).
 * @category Records
 */
export const Contact = z.object({
  id: ContactId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  firstName: z.string(worded).trim().min(1).max(80),
  lastName: z.string(worded).trim().max(80),
  title: z.string(worded).trim().max(120),
  phone: Phone.nullable(),
  email: Email.nullable(),
  active: z.boolean(worded),
  createdAt: Instant,
  createdBy: RepId,
  /** The organization's own fields (declared with `createStaffcore({ customFields })`), by name; `{}` when none are set. */
  custom: storedCustomValues('contacts'),
}, worded);
/**
 * A person at a customer.
 * @category Records
 */
export type Contact = z.infer<typeof Contact>;

/**
 * A new contact added from a record (`contacts.add`): linked to that customer or department.
 * @category Records
 */
export const AddContactInput = z.strictObject({
  /** The customer or department the contact works at. */
  customerId: CustomerId,
  firstName: z.string(worded).trim().min(1).max(80),
  lastName: z.string(worded).trim().max(80).default(''),
  title: z.string(worded).trim().max(120).default(''),
  phone: Phone.optional(),
  email: Email.optional(),
  /** Values of the organization's own fields (`createStaffcore({ customFields })`): every required declared field; an undeclared one is refused. */
  custom: customInput('contacts', 'new'),
}, worded);
/**
 * A new contact added from a record.
 * @category Records
 */
export type AddContactInput = z.input<typeof AddContactInput>;

/**
 * The contacts of a record, its subtree or its whole tree (`contacts.list`), one page at a time.
 * @category Records
 */
export const ListContactsInput = z.strictObject({
  ...ScopedListFields,
  /** `true` (default): only active contacts; `false`: every contact, deactivated ones too. */
  active: z.boolean(worded).default(true),
}, worded);
/**
 * The contacts of a record.
 * @category Records
 */
export type ListContactsInput = z.input<typeof ListContactsInput>;

/**
 * A contact who has moved on (`contacts.deactivate`): kept, but no longer listed by default.
 * @category Records
 */
export const DeactivateContactInput = z.strictObject({
  /** The contact's id. */
  id: ContactId,
  /** The version read; when given, a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * A contact who has moved on.
 * @category Records
 */
export type DeactivateContactInput = z.input<typeof DeactivateContactInput>;

/**
 * The fields of a contact that `contacts.update` may change; each optional, `null` clears a phone or e-mail.
 * @category Records
 */
export const ContactPatch = z.strictObject({
  firstName: z.string(worded).trim().min(1).max(80).optional(),
  lastName: z.string(worded).trim().max(80).optional(),
  title: z.string(worded).trim().max(120).optional(),
  phone: Phone.nullable().optional(),
  email: Email.nullable().optional(),
  /** Changes to the organization's own fields: only the fields to change; `null` clears an optional one. */
  custom: customInput('contacts', 'patch'),
}, worded);
/**
 * The fields of a contact that `contacts.update` may change.
 * @category Records
 */
export type ContactPatch = z.input<typeof ContactPatch>;

/**
 * A change to a contact (`contacts.update`), based on the version read.
 * @category Records
 */
export const UpdateContactInput = z.strictObject({
  /** The contact's id. */
  id: ContactId,
  /** The version the changes are based on; a newer stored version fails with `CONFLICT`. */
  version: Version,
  /** The fields to change. */
  changes: ContactPatch,
}, worded);
/**
 * A change to a contact.
 * @category Records
 */
export type UpdateContactInput = z.input<typeof UpdateContactInput>;
