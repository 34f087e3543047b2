import { logMessage } from './logMessage.js';
import { listMessages } from './listMessages.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Logged communications.
 *
 * Give it to {@link createStaffcore} as `actions: { messages: messageActions }`: the instance's
 * `messages.…` calls are these actions. (It is exported as `messageActions` because the name
 * `messages` is the error texts.)
 * @namespace
 * @category Action groups
 */
export const messageActions = defineGroup('messages', {
  /**
   * `messages.log`: logs a communication with a record — the author is the actor, the time the
   * action's instant, with the method (phone, e-mail, …) and the text; optionally the contact
   * spoken with, one of the record's. Refuses with `VALIDATION`, `FORBIDDEN` (no `message.log`),
   * `NOT_FOUND` (record out of scope, or a contact not of this record), `STATUS_BLOCKED` (a deleted record).
   *
   * @example
   * ```ts
   * const { message } = await sc.messages.log({ customerId: '3', method: 'phone', text: 'Asked for two pickers next week' });
   * message.authorId //=> 'dana'
   * ```
   */
  log: logMessage,
  /**
   * `messages.list`: the communication history of a record (`account`), its subtree or its whole
   * tree (`master`), newest first, one page at a time. Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * (await sc.messages.list({ customerId: '1', scope: 'master' })).items[0].text //=> 'Asked for two pickers next week'
   * ```
   */
  list: listMessages,
});
