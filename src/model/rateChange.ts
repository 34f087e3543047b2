import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';
import { CalendarDate, Instant } from './dates.js';
import { AssignmentId, CustomerId, EmployeeId, OrderId, RateChangeId, RepId, Version } from './ids.js';
import { CustomerScope } from './customerScope.js';
import { Rate } from './money.js';

const nonNegativeRate = Rate.refine((rate) => !rate.startsWith('-'), messages.notNegative);
const percent = z
  .union([z.string(worded), z.number(worded)], worded)
  .transform((value) => String(value).trim())
  .refine((text) => /^\d{1,3}(?:\.\d{1,4})?$/.test(text), messages.percentFormat);

/**
 * How one rate changes: set to an amount, raised or lowered by an amount, or raised or lowered by
 * a percent (the result rounded half-up to the cent). Exactly one key.
 *
 * @example
 * ```ts
 * RateAdjustment.parse({ raiseByPercent: '3' }) //=> { raiseByPercent: '3' }
 * ```
 * @category Records
 */
export const RateAdjustment = z.union([
  z.strictObject({ set: nonNegativeRate }, worded),
  z.strictObject({ raiseBy: nonNegativeRate }, worded),
  z.strictObject({ lowerBy: nonNegativeRate }, worded),
  z.strictObject({ raiseByPercent: percent }, worded),
  z.strictObject({ lowerByPercent: percent.refine((text) => Number(text) <= 100, messages.tooBig(100, true)) }, worded),
], worded);
/**
 * How one rate changes.
 * @category Records
 */
export type RateAdjustment = z.output<typeof RateAdjustment>;

/**
 * Which assignments a mass rate update selects, besides the record, scope and order.
 * @category Records
 */
export const RateUpdateFilter = z.strictObject({
  /** `active` (default): active assignments only; `all`: ended ones too. */
  state: z.enum(['active', 'all'], worded).default('active'),
  /** Only assignments with this job title (case-insensitive). */
  jobTitle: z.string(worded).trim().min(1).max(120).optional(),
  /** Only these employees. */
  employeeIds: z.array(EmployeeId, worded).min(1).max(10_000).optional(),
  /** Only assignments that started on or after this day. */
  startedOnOrAfter: CalendarDate.optional(),
  /** Only assignments that started on or before this day. */
  startedOnOrBefore: CalendarDate.optional(),
}, worded);
/**
 * Which assignments a mass rate update selects.
 * @category Records
 */
export type RateUpdateFilter = z.input<typeof RateUpdateFilter>;

/**
 * Changes the rates of many assignments at once (`assignments.massUpdateRates`).
 * @category Records
 */
export const MassUpdateRatesInput = z.strictObject({
  /** The record the update is opened from. */
  customerId: CustomerId,
  /** `account` (default): the record's assignments; `subtree`: with its departments'; `master`: its whole tree's. */
  scope: CustomerScope.default('account'),
  /** Only the assignments of this order (an order of a record in the scope). */
  orderId: OrderId.optional(),
  filter: RateUpdateFilter.default({ state: 'active' }),
  /** How the pay rate changes; left out, it stays. */
  pay: RateAdjustment.optional(),
  /** How the bill rate changes; left out, it stays (unless `keepMarkup`). */
  bill: RateAdjustment.optional(),
  /** Moves each bill rate with its pay rate so the markup stays (to the cent); needs `pay` and no `bill`. */
  keepMarkup: z.boolean(worded).default(false),
  /** The day the new rates apply from, recorded with each change. */
  effectiveDate: CalendarDate,
  /** Why, recorded with each change. */
  reason: z.string(worded).max(500).trim().min(1),
  /** `true`: only preview every selected assignment's before and after; nothing is written. */
  dryRun: z.boolean(worded).default(false),
  /**
   * The versions of the assignments the preview showed, by assignment id (a preview's
   * `expectedVersions`): when given, the update applies to exactly that set — any of them stored at
   * another version or no longer selected, or any assignment selected now but not listed, fails the
   * whole update with `CONFLICT`.
   */
  expectedVersions: z.record(AssignmentId, Version, worded).optional(),
}, worded);
/**
 * Changes the rates of many assignments at once.
 * @category Records
 */
export type MassUpdateRatesInput = z.input<typeof MassUpdateRatesInput>;

/**
 * A recorded change of one assignment's rates: before and after, from when, by whom and why.
 * @category Records
 */
export const RateChange = z.object({
  id: RateChangeId,
  version: z.number(worded).int().positive(),
  assignmentId: AssignmentId,
  customerId: CustomerId,
  orderId: OrderId,
  payBefore: Rate,
  payAfter: Rate,
  billBefore: Rate,
  billAfter: Rate,
  effectiveDate: CalendarDate,
  reason: z.string(worded).trim().min(1).max(500),
  at: Instant,
  by: RepId,
}, worded);
/**
 * A recorded change of one assignment's rates.
 * @category Records
 */
export type RateChange = z.infer<typeof RateChange>;
