import * as z from 'zod';
import { Customer, HotlistMember, HotlistMembersInput, pageOf } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { defineAction } from '../_internal/defineAction.js';
import { pageInMemory } from '../../adapters/port/pageInMemory.js';
import { readAll } from '../_internal/readAll.js';

/**
 * One record on a hotlist: its place there (who added it, and when) and the record.
 * @category Action results
 */
export const HotlistEntry = z.strictObject({
  /** The record's place on the hotlist. */
  member: HotlistMember,
  /** The customer record. */
  customer: Customer,
});
/**
 * One record on a hotlist, with its place there.
 * @category Action results
 */
export type HotlistEntry = z.output<typeof HotlistEntry>;

/**
 * What `hotlists.members` found: one page of the records the actor may see, in the order they were added.
 * @category Action results
 */
export const HotlistMembersResult = pageOf(HotlistEntry);
/**
 * What `hotlists.members` found.
 * @category Action results
 */
export type HotlistMembersResult = z.output<typeof HotlistMembersResult>;

/**
 * The `hotlists.members` action; its documentation is on the `members` member of its group (`hotlists.ts`), where editors and the reference show it.
 * @category Action results
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
