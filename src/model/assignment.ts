import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { customInput, storedCustomValues } from './customValues.js';
import { CalendarDate, Instant } from './dates.js';
import { AssignmentId, CustomerId, EmployeeId, OrderId, RepId, Version } from './ids.js';
import { ScopedListFields } from './listPage.js';
import { Rate } from './money.js';

/**
 * An employee placed on an order, with pay and bill rates.
 * @category Records
 */
export const Assignment = z.object({
  id: AssignmentId,
  version: z.number(worded).int().positive(),
  orderId: OrderId,
  customerId: CustomerId,
  employeeId: EmployeeId,
  jobTitle: z.string(worded).trim().min(1).max(120),
  payRate: Rate,
  billRate: Rate,
  startDate: CalendarDate,
  endDate: CalendarDate.nullable(),
  state: z.enum(['active', 'ended'], worded),
  /** Why it ended (free text), empty while active. */
  endReason: z.string(worded).max(500),
  createdAt: Instant,
  createdBy: RepId,
  /** The organization's own fields (declared with `createStaffcore({ customFields })`), by name; `{}` when none are set. */
  custom: storedCustomValues('assignments'),
}, worded);
/**
 * An employee placed on an order.
 * @category Records
 */
export type Assignment = z.infer<typeof Assignment>;

/**
 * Places an employee on an order (`assignments.create`).
 * @category Records
 */
export const CreateAssignmentInput = z.strictObject({
  orderId: OrderId,
  /** The employee's id, as the host's employee side knows it. */
  employeeId: EmployeeId,
  /** The order's job title when left out. */
  jobTitle: z.string(worded).max(120).trim().min(1).optional(),
  /** The order's pay rate when left out (one of the two is required). */
  payRate: Rate.optional(),
  /** The order's bill rate when left out (one of the two is required). */
  billRate: Rate.optional(),
  /** The order's start date when left out. */
  startDate: CalendarDate.optional(),
  endDate: CalendarDate.nullable().optional(),
  /** Values of the organization's own fields (`createStaffcore({ customFields })`): every required declared field; an undeclared one is refused. */
  custom: customInput('assignments', 'new'),
}, worded);
/**
 * Places an employee on an order.
 * @category Records
 */
export type CreateAssignmentInput = z.input<typeof CreateAssignmentInput>;

/**
 * Ends an assignment (`assignments.end`).
 * @category Records
 */
export const EndAssignmentInput = z.strictObject({
  id: AssignmentId,
  /** The last day worked. */
  endDate: CalendarDate,
  reason: z.string(worded).max(500).trim().default(''),
  /** The assignment's version read; a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * Ends an assignment.
 * @category Records
 */
export type EndAssignmentInput = z.input<typeof EndAssignmentInput>;

/**
 * Lists the assignments of a record, its subtree or its whole tree (`assignments.list`).
 * @category Records
 */
export const ListAssignmentsInput = z.strictObject({
  ...ScopedListFields,
  /** `true` (default): active assignments only ("view active assignments"); `false`: active and ended. */
  active: z.boolean(worded).default(true),
  /** Only the assignments of this order. */
  orderId: OrderId.optional(),
}, worded);
/**
 * Lists assignments.
 * @category Records
 */
export type ListAssignmentsInput = z.input<typeof ListAssignmentsInput>;
