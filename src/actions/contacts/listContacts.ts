import { ListContactsInput, type Contact } from '../../model/index.js';
import { compareCodePoints } from '../../adapters/port/sortKey.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';
import { scopedIds } from '../_internal/scopedIds.js';

/** What `contacts.list` found. */
export interface ListContactsResult {
  /** The contacts, by last and first name. */
  readonly items: readonly Contact[];
}

/**
 * `contacts.list`: the contacts of a record (`account`), its subtree or its whole tree (`master`),
 * by last and first name — the active ones by default, every one with `active: false` (a
 * contact is deactivated, never deleted). Refuses with `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * (await sc.contacts.list({ customerId: '3' })).items.map((c) => c.lastName) //=> ['Lee']
 * ```
 */
export const listContacts = defineAction({
  name: 'contacts.list',
  summary: 'Lists the contacts of a record, its subtree or its whole tree: active ones, or all.',
  input: ListContactsInput,
  subject: 'contact list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListContactsResult> {
    const customerId = await scopedIds(run, input.customerId, input.scope);
    const all = await readAll((after) => run.tx.contacts.find({ where: { customerId }, limit: 1000, after }));
    const items = all
      .filter((contact) => !input.active || contact.active)
      .sort((a, b) => compareCodePoints(a.lastName.toLowerCase(), b.lastName.toLowerCase()) || compareCodePoints(a.firstName.toLowerCase(), b.firstName.toLowerCase()) || compareCodePoints(a.id, b.id));
    return { items };
  },
});
