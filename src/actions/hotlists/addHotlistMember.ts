import * as messages from '../../errors/messages.js';
import { AddHotlistMemberInput, type HotlistMember } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * `hotlists.addMember`: adds a record to an existing hotlist. Refuses with `VALIDATION`,
 * `FORBIDDEN` (no `hotlist.edit`), `NOT_FOUND` (hotlist, or a record out of scope),
 * `STATUS_BLOCKED` (a deleted record), `BUSINESS_RULE` (already on the hotlist).
 */
export const addHotlistMember = defineAction({
  name: 'hotlists.addMember',
  summary: 'Adds a record to an existing hotlist.',
  input: AddHotlistMemberInput,
  subject: 'hotlist member',
  permission: 'hotlist.edit',
  async run(run, input): Promise<HotlistMember> {
    const customer = await run.customer(input.customerId, 'customerId');
    const hotlist = await run.tx.hotlists.get(input.hotlistId);
    if (!hotlist) throw notFound('hotlists', input.hotlistId, 'hotlistId');
    await enforceRecordAction(run, 'addToHotlist', customer);
    const already = await run.tx.hotlistMembers.find({ where: { hotlistId: hotlist.id, customerId: customer.id }, limit: 1 });
    if (already.items.length > 0) throw businessRule(messages.alreadyOnHotlist(customer.id, hotlist.id), ['customerId']);
    return run.tx.hotlistMembers.insert({ hotlistId: hotlist.id, customerId: customer.id, addedAt: run.now, addedBy: run.actor.id });
  },
});
