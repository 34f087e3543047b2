import * as messages from '../../errors/messages.js';
import * as z from 'zod';
import { AddHotlistMemberInput, HotlistMember } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `hotlists.addMember` produced.
 * @category Action results
 */
export const AddHotlistMemberResult = z.strictObject({
  /** The record's place on the hotlist: who added it, and when. */
  member: HotlistMember,
});
/**
 * What `hotlists.addMember` produced.
 * @category Action results
 */
export type AddHotlistMemberResult = z.output<typeof AddHotlistMemberResult>;

/**
 * The `hotlists.addMember` action; its documentation is on the `addMember` member of its group (`hotlists.ts`), where editors and the reference show it.
 * @category Action results
 */
export const addHotlistMember = defineAction({
  name: 'hotlists.addMember',
  summary: 'Adds a record to an existing hotlist.',
  input: AddHotlistMemberInput,
  result: AddHotlistMemberResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'BUSINESS_RULE'],
  subject: 'hotlist member',
  permission: 'hotlist.edit',
  async run(run, input): Promise<AddHotlistMemberResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    const hotlist = await run.tx.hotlists.get(input.hotlistId);
    if (!hotlist) throw notFound('hotlists', input.hotlistId, 'hotlistId');
    await enforceRecordAction(run, 'addToHotlist', customer);
    const already = await run.tx.hotlistMembers.find({ where: { hotlistId: hotlist.id, customerId: customer.id }, limit: 1 });
    if (already.items.length > 0) throw businessRule(messages.alreadyOnHotlist(customer.id, hotlist.id), ['customerId']);
    return { member: await run.tx.hotlistMembers.insert({ hotlistId: hotlist.id, customerId: customer.id, addedAt: run.now, addedBy: run.actor.id }) };
  },
});
