import * as z from 'zod';
import { LogMessageInput, Message } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `messages.log` produced.
 * @category Action results
 */
export const LogMessageResult = z.strictObject({
  /** The logged message: its author the actor, its time the action's instant. */
  message: Message,
});
/**
 * What `messages.log` produced.
 * @category Action results
 */
export type LogMessageResult = z.output<typeof LogMessageResult>;

/**
 * The `messages.log` action; its documentation is on the `log` member of its group (`messageActions.ts`), where editors and the reference show it.
 * @category Action results
 */
export const logMessage = defineAction({
  name: 'messages.log',
  summary: 'Logs a communication: author, time, method and text.',
  input: LogMessageInput,
  result: LogMessageResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED'],
  subject: 'message',
  permission: 'message.log',
  async run(run, input): Promise<LogMessageResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'logMessage', customer);
    if (input.contactId !== undefined) {
      const contact = await run.tx.contacts.get(input.contactId);
      if (!contact || contact.customerId !== customer.id) throw notFound('contacts', input.contactId, 'contactId');
    }
    const message = await run.tx.messages.insert({
      customerId: customer.id,
      contactId: input.contactId ?? null,
      authorId: run.actor.id,
      at: run.now,
      method: input.method,
      text: input.text,
    });
    return { message };
  },
});
