import * as z from 'zod';
import { Instant } from './dates.js';
import { ContactId, CustomerId, MessageId, RepId } from './ids.js';

/** How a communication took place. */
export const MessageMethod = z.enum(['phone', 'email', 'in-person', 'text', 'video', 'other']);
/** How a communication took place. */
export type MessageMethod = z.infer<typeof MessageMethod>;

/** A logged communication with a customer: author, time stamp, method and text. */
export const Message = z.object({
  id: MessageId,
  version: z.number().int().positive(),
  customerId: CustomerId,
  contactId: ContactId.nullable(),
  authorId: RepId,
  at: Instant,
  method: MessageMethod,
  text: z.string().trim().min(1).max(20_000),
});
/** A logged communication with a customer. */
export type Message = z.infer<typeof Message>;
