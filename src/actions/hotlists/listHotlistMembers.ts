import * as z from 'zod';
import { Customer, HotlistMember, HotlistMembersInput, pageOf } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { defineAction } from '../_internal/defineAction.js';
import { pageInMemory } from '../../adapters/port/pageInMemory.js';
import { readAll } from '../_internal/readAll.js';

/** One record on a hotlist: its place there (who added it, and when) and the record. */
export const HotlistEntry = z.strictObject({
  /** The record's place on the hotlist. */
  member: HotlistMember,
  /** The customer record. */
  customer: Customer,
});
/** One record on a hotlist, with its place there. */
export type HotlistEntry = z.output<typeof HotlistEntry>;

/** What `hotlists.members` found: one page of the records the actor may see, in the order they were added. */
export const HotlistMembersResult = pageOf(HotlistEntry);
/** What `hotlists.members` found. */
export type HotlistMembersResult = z.output<typeof HotlistMembersResult>;

/**
 * `hotlists.members`: the records on a hotlist, in the order they were added, one page at a time;
 * records outside the actor's level are left out (they read as not there). The hotlist's own name
 * is in `hotlists.list`. Refuses with `NOT_FOUND` (no such hotlist), `FORBIDDEN`.
 *
 * @example
 * ```ts
 * const page = await sc.hotlists.members({ hotlistId: '1' });
 * page.items.map((entry) => entry.customer.name) //=> ['Acme, Inc.']
 * ```
 */
export const listHotlistMembers = defineAction({
  name: 'hotlists.members',
  summary: 'Lists the records on a hotlist.',
  input: HotlistMembersInput,
  result: HotlistMembersResult,
  refusals: ['NOT_FOUND'],
  subject: 'hotlist',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<HotlistMembersResult> {
    const hotlist = await run.tx.hotlists.get(input.hotlistId);
    if (!hotlist) throw notFound('hotlists', input.hotlistId, 'hotlistId');
    const rows = await readAll((after) => run.tx.hotlistMembers.find({ where: { hotlistId: hotlist.id }, orderBy: 'addedAt', limit: 1000, after }));
    const customers = new Map((await run.tx.customers.getMany(rows.map((row) => row.customerId))).map((c) => [c.id, c]));
    const entries = rows.flatMap((member) => {
      const customer = customers.get(member.customerId);
      return customer && run.scope.has(customer.branchId) ? [{ member, customer }] : [];
    });
    return pageInMemory(entries, ({ member }) => [member.addedAt, member.id], input);
  },
});
