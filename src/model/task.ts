import * as z from 'zod';
import { CalendarDate, Instant } from './dates.js';
import { CustomerId, RepId, TaskId } from './ids.js';

/** A to-do linked to a customer record and assigned to a rep. */
export const Task = z.object({
  id: TaskId,
  version: z.number().int().positive(),
  customerId: CustomerId,
  assignedToId: RepId,
  title: z.string().trim().min(1).max(200),
  dueDate: CalendarDate.nullable(),
  completed: z.boolean(),
  createdAt: Instant,
  createdBy: RepId,
});
/** A to-do linked to a customer record. */
export type Task = z.infer<typeof Task>;
