import * as z from 'zod';
import { ListMessagesInput, Message, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedIds } from '../_internal/scopedIds.js';

/**
 * What `messages.list` found: one page of messages, newest first.
 * @category Action results
 */
export const ListMessagesResult = pageOf(Message);
/**
 * What `messages.list` found.
 * @category Action results
 */
export type ListMessagesResult = z.output<typeof ListMessagesResult>;

/**
 * The `messages.list` action; its documentation is on the `list` member of its group (`messageActions.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listMessages = defineAction({
  name: 'messages.list',
  summary: 'Lists the communication history of a record, its subtree or its whole tree, newest first.',
  input: ListMessagesInput,
  result: ListMessagesResult,
  refusals: ['NOT_FOUND'],
  subject: 'message list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListMessagesResult> {
    const customerId = await scopedIds(run, input.customerId, input.scope);
    return run.tx.messages.find({ where: { customerId }, orderBy: 'at', direction: 'desc', limit: input.limit, after: input.after ?? null });
  },
});
