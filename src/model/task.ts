import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { CalendarDate, Instant } from './dates.js';
import { CustomerId, RepId, TaskId, Version } from './ids.js';
import { ScopedListFields } from './listPage.js';

/**
 * A to-do linked to a customer record and assigned to a rep.
 * @category Records
 */
export const Task = z.object({
  id: TaskId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  assignedToId: RepId,
  title: z.string(worded).trim().min(1).max(200),
  dueDate: CalendarDate.nullable(),
  completed: z.boolean(worded),
  /** When it was completed; `null` while open. */
  completedAt: Instant.nullable(),
  /** Who completed it; `null` while open. */
  completedBy: RepId.nullable(),
  createdAt: Instant,
  createdBy: RepId,
}, worded);
/**
 * A to-do linked to a customer record.
 * @category Records
 */
export type Task = z.infer<typeof Task>;

/**
 * A new task on a record (`tasks.add`): assigned to the actor unless another rep is named.
 * @category Records
 */
export const AddTaskInput = z.strictObject({
  /** The customer or department the task is about. */
  customerId: CustomerId,
  title: z.string(worded).trim().min(1).max(200),
  dueDate: CalendarDate.optional(),
  /** The rep to do it; the actor by default. */
  assignedToId: RepId.optional(),
}, worded);
/**
 * A new task on a record.
 * @category Records
 */
export type AddTaskInput = z.input<typeof AddTaskInput>;

/**
 * A task done (`tasks.complete`).
 * @category Records
 */
export const CompleteTaskInput = z.strictObject({
  /** The task's id. */
  id: TaskId,
  /** The version read; when given, a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * A task done.
 * @category Records
 */
export type CompleteTaskInput = z.input<typeof CompleteTaskInput>;

/**
 * The tasks of a record, its subtree or its whole tree (`tasks.list`): incomplete ones by default.
 * @category Records
 */
export const ListTasksInput = z.strictObject({
  ...ScopedListFields,
  /** `true` (default): only incomplete tasks; `false`: completed ones too. */
  incompleteOnly: z.boolean(worded).default(true),
}, worded);
/**
 * The tasks of a record.
 * @category Records
 */
export type ListTasksInput = z.input<typeof ListTasksInput>;
