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
 */
export const messageActions = defineGroup('messages', {
  /** Logs a communication: author, time, method and text. */
  log: logMessage,
  /** Lists the communication history of a record, its subtree or its whole tree, newest first. */
  list: listMessages,
});
