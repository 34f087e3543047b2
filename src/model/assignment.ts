import * as z from 'zod';
import { CalendarDate } from './dates.js';
import { AssignmentId, CustomerId, EmployeeId, OrderId } from './ids.js';
import { Rate } from './money.js';

/** An employee placed on an order, with pay and bill rates. */
export const Assignment = z.object({
  id: AssignmentId,
  version: z.number().int().positive(),
  orderId: OrderId,
  customerId: CustomerId,
  employeeId: EmployeeId,
  jobTitle: z.string().trim().min(1).max(120),
  payRate: Rate,
  billRate: Rate,
  startDate: CalendarDate,
  endDate: CalendarDate.nullable(),
  state: z.enum(['active', 'ended']),
});
/** An employee placed on an order. */
export type Assignment = z.infer<typeof Assignment>;
