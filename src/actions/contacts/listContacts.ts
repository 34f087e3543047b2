import * as z from 'zod';
import { Contact, ListContactsInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { pageInMemory } from '../../adapters/port/pageInMemory.js';
import { readAll } from '../_internal/readAll.js';
import { scopedIds } from '../_internal/scopedIds.js';

/**
 * What `contacts.list` found: one page of contacts, by last and first name.
 * @category Action results
 */
export const ListContactsResult = pageOf(Contact);
/**
 * What `contacts.list` found.
 * @category Action results
 */
export type ListContactsResult = z.output<typeof ListContactsResult>;

/**
 * The `contacts.list` action; its documentation is on the `list` member of its group (`contacts.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listContacts = defineAction({
  name: 'contacts.list',
  summary: 'Lists the contacts of a record, its subtree or its whole tree: active ones, or all.',
  input: ListContactsInput,
  result: ListContactsResult,
  refusals: ['NOT_FOUND'],
  subject: 'contact list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListContactsResult> {
    const customerId = await scopedIds(run, input.customerId, input.scope);
    const all = await readAll((after) => run.tx.contacts.find({ where: { customerId }, limit: 1000, after }));
    const listed = all.filter((contact) => !input.active || contact.active);
    // Last name, then first name: the separator sorts below every character, so "Lee" comes before "Leeds".
    return pageInMemory(listed, (contact) => [`${contact.lastName.toLowerCase()}\u0000${contact.firstName.toLowerCase()}`, contact.id], input);
  },
});
