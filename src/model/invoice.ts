import * as z from 'zod';
import { CalendarDate, Instant } from './dates.js';
import { CustomerId, InvoiceId, RepId } from './ids.js';
import { Hours, Money } from './money.js';

/** An invoice sent to a customer: what was billed, what it cost, what has been paid. */
export const Invoice = z.object({
  id: InvoiceId,
  version: z.number().int().positive(),
  customerId: CustomerId,
  invoiceDate: CalendarDate,
  billed: Money,
  cost: Money,
  hours: Hours,
  paid: Money,
  createdAt: Instant,
  createdBy: RepId,
});
/** An invoice sent to a customer. */
export type Invoice = z.infer<typeof Invoice>;
