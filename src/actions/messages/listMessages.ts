import * as z from 'zod';
import { ListMessagesInput, Message, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedIds } from '../_internal/scopedIds.js';

/** What `messages.list` found: one page of messages, newest first. */
export const ListMessagesResult = pageOf(Message);
/** What `messages.list` found. */
export type ListMessagesResult = z.output<typeof ListMessagesResult>;

/**
 * `messages.list`: the communication history of a record (`account`), its subtree or its whole
 * tree (`master`), newest first, one page at a time. Refuses with `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * (await sc.messages.list({ customerId: '1', scope: 'master' })).items[0].text //=> 'Asked for two pickers next week'
 * ```
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
