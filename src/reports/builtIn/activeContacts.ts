import * as z from 'zod';
import { defineReport } from '../defineReport.js';
import { eachOf } from '../../adapters/port/readAll.js';
import { customerReportFields } from './customerFields.js';

/**
 * A row of the contacts report.
 * @category Reports
 */
export interface ContactRow {
  readonly [key: string]: string | boolean | null;
  readonly contactId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly title: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly active: boolean;
}

/**
 * `customer.contacts`: the contacts of a record, its subtree or its whole tree, by last name; the active ones unless asked for all.
 * @category Reports
 */
export const activeContacts = defineReport({
  name: 'customer.contacts',
  title: 'Active contacts',
  description: 'The people at the record, by last name: active ones by default, or all.',
  params: z.strictObject({
    ...customerReportFields,
    /** `true` (default): active contacts only; `false`: those who moved on too. */
    active: z.boolean().default(true),
  }),
  columns: [
    { key: 'contactId', label: 'Contact', type: 'text' },
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'customerName', label: 'Customer', type: 'text' },
    { key: 'firstName', label: 'First name', type: 'text' },
    { key: 'lastName', label: 'Last name', type: 'text' },
    { key: 'title', label: 'Title', type: 'text' },
    { key: 'phone', label: 'Phone', type: 'text' },
    { key: 'email', label: 'E-mail', type: 'text' },
    { key: 'active', label: 'Active', type: 'boolean' },
  ],
  async *run(context, params): AsyncGenerator<ContactRow> {
    const record = await context.customer(params.customerId, 'customerId');
    const names = new Map((await context.recordsInScope(record, params.scope)).map((customer) => [customer.id, customer.name]));
    const where = { customerId: [...names.keys()] };
    for await (const contact of eachOf((after) => context.tx.contacts.find({ where, orderBy: 'lastName', limit: 1000, after }))) {
      if (params.active && !contact.active) continue;
      yield {
        contactId: contact.id,
        customerId: contact.customerId,
        customerName: names.get(contact.customerId) ?? '',
        firstName: contact.firstName,
        lastName: contact.lastName,
        title: contact.title,
        phone: contact.phone,
        email: contact.email,
        active: contact.active,
      };
    }
  },
});
