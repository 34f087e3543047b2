import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';
import { Instant } from './dates.js';
import { ContactId, CustomerId, MessageId, RepId } from './ids.js';
import { ScopedListFields } from './listPage.js';

/**
 * How a communication took place.
 * @category Records
 */
export const MessageMethod = z.enum(['phone', 'email', 'in-person', 'text', 'video', 'other'], worded);
/**
 * How a communication took place.
 * @category Records
 */
export type MessageMethod = z.infer<typeof MessageMethod>;

/**
 * A logged communication with a customer: author, time stamp, method and text.
 * @category Records
 */
export const Message = z.object({
  id: MessageId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  contactId: ContactId.nullable(),
  authorId: RepId,
  at: Instant,
  method: MessageMethod,
  text: z.string(worded).trim().min(1).max(20_000),
}, worded);
/**
 * A logged communication with a customer.
 * @category Records
 */
export type Message = z.infer<typeof Message>;

/**
 * A communication to log on a record (`messages.log`); the author is the actor and the time the clock's.
 * @category Records
 */
export const LogMessageInput = z.strictObject({
  /** The customer or department the communication was with. */
  customerId: CustomerId,
  /** How it took place. */
  method: MessageMethod,
  /** What was said. */
  text: z.string(worded).trim().min(1).max(20_000),
  /** The contact spoken with, a contact of this record. */
  contactId: ContactId.optional(),
}, worded);
/**
 * A communication to log on a record.
 * @category Records
 */
export type LogMessageInput = z.input<typeof LogMessageInput>;

/**
 * The messages of a record, its subtree or its whole tree, newest first (`messages.list`).
 * @category Records
 */
export const ListMessagesInput = z.strictObject({ ...ScopedListFields }, worded);
/**
 * The messages of a record.
 * @category Records
 */
export type ListMessagesInput = z.input<typeof ListMessagesInput>;
