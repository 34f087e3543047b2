import * as z from 'zod';
import { CreateHotlistInput, Hotlist, HotlistMember } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `hotlists.create` produced.
 * @category Action results
 */
export const CreateHotlistResult = z.strictObject({
  /** The new hotlist, owned by the actor. */
  hotlist: Hotlist,
  /** The record it was created with, when one was given; `null` otherwise. */
  member: HotlistMember.nullable(),
});
/**
 * What `hotlists.create` produced.
 * @category Action results
 */
export type CreateHotlistResult = z.output<typeof CreateHotlistResult>;

/**
 * The `hotlists.create` action; its documentation is on the `create` member of its group (`hotlists.ts`), where editors and the reference show it.
 * @category Action results
 */
export const createHotlist = defineAction({
  name: 'hotlists.create',
  summary: 'Creates a hotlist, optionally with the record as its first member.',
  input: CreateHotlistInput,
  result: CreateHotlistResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED'],
  subject: 'hotlist',
  permission: 'hotlist.edit',
  async run(run, input): Promise<CreateHotlistResult> {
    const customer = input.customerId === undefined ? null : await run.customer(input.customerId, 'customerId');
    if (customer) await enforceRecordAction(run, 'addToHotlist', customer);
    const hotlist = await run.tx.hotlists.insert({ name: input.name, ownerId: run.actor.id });
    const member = customer
      ? await run.tx.hotlistMembers.insert({ hotlistId: hotlist.id, customerId: customer.id, addedAt: run.now, addedBy: run.actor.id })
      : null;
    return { hotlist, member };
  },
});
