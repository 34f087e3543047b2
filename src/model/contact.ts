import * as z from 'zod';
import { Instant } from './dates.js';
import { ContactId, CustomerId, RepId } from './ids.js';
import { Email, Phone } from './customer.js';

/** A person at a customer: a separate record tied to a customer or department (people move on). */
export const Contact = z.object({
  id: ContactId,
  version: z.number().int().positive(),
  customerId: CustomerId,
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().max(80),
  title: z.string().trim().max(120),
  phone: Phone.nullable(),
  email: Email.nullable(),
  active: z.boolean(),
  createdAt: Instant,
  createdBy: RepId,
});
/** A person at a customer. */
export type Contact = z.infer<typeof Contact>;
