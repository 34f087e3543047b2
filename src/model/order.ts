import * as z from 'zod';
import { CalendarDate, Instant } from './dates.js';
import { CustomerId, OrderId, RepId, WorksiteId } from './ids.js';
import { Rate } from './money.js';

/** The kind of an order; new orders default to `Temp`. */
export const OrderType = z.enum(['Temp', 'TempToHire', 'DirectHire']);
/** The kind of an order. */
export type OrderType = z.infer<typeof OrderType>;

/** A customer's request for workers. */
export const Order = z.object({
  id: OrderId,
  version: z.number().int().positive(),
  customerId: CustomerId,
  type: OrderType,
  jobTitle: z.string().trim().min(1).max(120),
  worksiteId: WorksiteId.nullable(),
  positions: z.number().int().min(1).max(10_000),
  state: z.enum(['open', 'filled', 'closed']),
  startDate: CalendarDate,
  endDate: CalendarDate.nullable(),
  payRate: Rate.nullable(),
  billRate: Rate.nullable(),
  createdAt: Instant,
  createdBy: RepId,
});
/** A customer's request for workers. */
export type Order = z.infer<typeof Order>;
