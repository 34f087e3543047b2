import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { BarId, CustomerId, EmployeeId, RepId, Version } from './ids.js';
import { ScopedListFields } from './listPage.js';

/**
 * A do-not-assign bar: an employee the customer will not take, on the record itself
 * (`covers: 'record'`) or on the record and every department below it (`covers: 'tree'`).
 * A bar is never deleted: removing it records who lifted it, when and why.
 * @category Records
 */
export const Bar = z.object({
  id: BarId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  employeeId: EmployeeId,
  covers: z.enum(['record', 'tree'], worded),
  reason: z.string(worded).trim().min(1).max(500),
  state: z.enum(['active', 'removed'], worded),
  createdAt: Instant,
  createdBy: RepId,
  removedAt: Instant.nullable(),
  removedBy: RepId.nullable(),
  removalReason: z.string(worded).max(500),
}, worded);
/**
 * A do-not-assign bar.
 * @category Records
 */
export type Bar = z.infer<typeof Bar>;

/**
 * Bars an employee from a record or its whole tree (`bars.add`).
 * @category Records
 */
export const AddBarInput = z.strictObject({
  customerId: CustomerId,
  employeeId: EmployeeId,
  /** `record` (default): this record only; `tree`: this record and every department below it. */
  covers: z.enum(['record', 'tree'], worded).default('record'),
  /** Why (required: the refusal of an assignment quotes it). */
  reason: z.string(worded).max(500).trim().min(1),
}, worded);
/**
 * Bars an employee.
 * @category Records
 */
export type AddBarInput = z.input<typeof AddBarInput>;

/**
 * Lifts a bar (`bars.remove`); it stays in the list of all bars with who lifted it and why.
 * @category Records
 */
export const RemoveBarInput = z.strictObject({
  id: BarId,
  reason: z.string(worded).max(500).trim().min(1),
  /** The bar's version read; a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * Lifts a bar.
 * @category Records
 */
export type RemoveBarInput = z.input<typeof RemoveBarInput>;

/**
 * Lists the bars set on a record, its subtree or its whole tree (`bars.list`).
 * @category Records
 */
export const ListBarsInput = z.strictObject({
  ...ScopedListFields,
  /** `true` (default): bars in force; `false`: lifted ones too. */
  active: z.boolean(worded).default(true),
}, worded);
/**
 * Lists bars.
 * @category Records
 */
export type ListBarsInput = z.input<typeof ListBarsInput>;
