import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { customInput, storedCustomValues } from './customValues.js';
import { CalendarDate, Instant } from './dates.js';
import { CustomerId, OrderId, RepId, Version, WorksiteId } from './ids.js';
import { ScopedListFields } from './listPage.js';
import { Hours, Money, NonNegativeHours, Rate } from './money.js';

/**
 * The kind of an order; new orders default to `Temp`.
 * @category Records
 */
export const OrderType = z.enum(['Temp', 'TempToHire', 'DirectHire'], worded);
/**
 * The kind of an order.
 * @category Records
 */
export type OrderType = z.infer<typeof OrderType>;

/**
 * A recorded override of a credit block: who let the order through, when and why.
 * @category Records
 */
export const CreditOverride = z.object({
  by: RepId,
  at: Instant,
  reason: z.string(worded).trim().min(1).max(500),
}, worded);
/**
 * A recorded override of a credit block.
 * @category Records
 */
export type CreditOverride = z.infer<typeof CreditOverride>;

/**
 * A customer's request for workers. `open` and `filled` orders are active (they count towards
 * the customer's credit exposure); `closed` ones are not.
 * @category Records
 */
export const Order = z.object({
  id: OrderId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  type: OrderType,
  jobTitle: z.string(worded).trim().min(1).max(120),
  worksiteId: WorksiteId.nullable(),
  positions: z.number(worded).int().min(1).max(10_000),
  state: z.enum(['open', 'filled', 'closed'], worded),
  startDate: CalendarDate,
  endDate: CalendarDate.nullable(),
  payRate: Rate.nullable(),
  billRate: Rate.nullable(),
  /** The hours the order is expected to bill in all, over all its positions; `null` when unknown. */
  estimatedHours: Hours.nullable(),
  /** What the order is expected to bill (bill rate × estimated hours, to the cent); counts towards credit exposure while the order is active. */
  estimatedBilling: Money,
  /** The override that let the order through a credit block, or `null`. */
  creditOverride: CreditOverride.nullable(),
  /** When the order was closed, or `null`. */
  closedAt: Instant.nullable(),
  /** Why it was closed (free text), empty while open. */
  closeReason: z.string(worded).max(500),
  createdAt: Instant,
  createdBy: RepId,
  /** The organization's own fields (declared with `createStaffcore({ customFields })`), by name; `{}` when none are set. */
  custom: storedCustomValues('orders'),
}, worded);
/**
 * A customer's request for workers.
 * @category Records
 */
export type Order = z.infer<typeof Order>;

/**
 * A new order from a customer record (`orders.create`).
 * @category Records
 */
export const CreateOrderInput = z.strictObject({
  /** The Customer ID the order is for. */
  customerId: CustomerId,
  /** `Temp` when left out. */
  type: OrderType.default('Temp'),
  jobTitle: z.string(worded).max(120).trim().min(1),
  /** The worksite; the record's default worksite when left out. */
  worksiteId: WorksiteId.nullable().optional(),
  positions: z.number(worded).int().min(1).max(10_000).default(1),
  startDate: CalendarDate,
  endDate: CalendarDate.nullable().optional(),
  payRate: Rate.nullable().optional(),
  billRate: Rate.nullable().optional(),
  /** The hours the order is expected to bill in all; with the bill rate it gives the estimated billing. */
  estimatedHours: NonNegativeHours.nullable().optional(),
  /** Create the order although the customer's credit blocks it (needs `credit.override`); the reason is recorded. */
  overrideCreditBlock: z.strictObject({ reason: z.string(worded).max(500).trim().min(1) }, worded).optional(),
  /** Values of the organization's own fields (`createStaffcore({ customFields })`): every required declared field; an undeclared one is refused. */
  custom: customInput('orders', 'new'),
}, worded);
/**
 * A new order from a customer record.
 * @category Records
 */
export type CreateOrderInput = z.input<typeof CreateOrderInput>;

/**
 * Lists the orders of a record, its subtree or its whole tree (`orders.list`).
 * @category Records
 */
export const ListOrdersInput = z.strictObject({
  ...ScopedListFields,
  /** `true` (default): open and filled orders only; `false`: all, closed ones included. */
  active: z.boolean(worded).default(true),
}, worded);
/**
 * Lists orders.
 * @category Records
 */
export type ListOrdersInput = z.input<typeof ListOrdersInput>;

/**
 * Closes an order (`orders.close`); its active assignments must be ended first.
 * @category Records
 */
export const CloseOrderInput = z.strictObject({
  id: OrderId,
  /** The order's version read; a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
  reason: z.string(worded).max(500).trim().default(''),
}, worded);
/**
 * Closes an order.
 * @category Records
 */
export type CloseOrderInput = z.input<typeof CloseOrderInput>;
