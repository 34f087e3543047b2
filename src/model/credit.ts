import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';
import { CalendarDate } from './dates.js';
import { CreditLimitId, CustomerId, RepId } from './ids.js';
import { Money } from './money.js';

/**
 * A root customer's credit limit and the policy a new order is checked against: exposure (open
 * receivables of the whole tree plus its active orders' estimated billing) over `limit` blocks;
 * from `warnAtPercent` of it on, warns; an invoice unpaid more than `blockOverdueDays` past its due
 * date blocks, any overdue invoice warns.
 * @category Records
 */
export const CreditLimit = z.object({
  id: CreditLimitId,
  version: z.number(worded).int().positive(),
  /** The root customer; the limit covers its whole tree. */
  customerId: CustomerId,
  limit: Money,
  warnAtPercent: z.number(worded).int().min(1).max(100),
  blockOverdueDays: z.number(worded).int().min(0).max(3650),
  setBy: RepId,
}, worded);
/**
 * A root customer's credit limit and policy.
 * @category Records
 */
export type CreditLimit = z.infer<typeof CreditLimit>;

const nonNegativeMoney = Money.refine((amount) => !amount.startsWith('-'), messages.notNegative);

/**
 * Sets (or changes) a root customer's credit limit (`credit.setLimit`).
 * @category Records
 */
export const SetCreditLimitInput = z.strictObject({
  /** A root customer: the limit covers its whole tree. */
  customerId: CustomerId,
  limit: nonNegativeMoney,
  /** Warn from this share of the limit on; 80 by default. */
  warnAtPercent: z.number(worded).int().min(1).max(100).default(80),
  /** Block when an invoice is unpaid more than this many days past due; 60 by default. */
  blockOverdueDays: z.number(worded).int().min(0).max(3650).default(60),
}, worded);
/**
 * Sets a root customer's credit limit.
 * @category Records
 */
export type SetCreditLimitInput = z.input<typeof SetCreditLimitInput>;

/**
 * Asks whether a new order would be allowed by a customer's credit (`credit.check`).
 * @category Records
 */
export const CreditCheckInput = z.strictObject({
  /** Any record of the tree; its root's limit applies. */
  customerId: CustomerId,
  /** The new order's estimated billing, added to the exposure; 0.00 when left out. */
  orderAmount: nonNegativeMoney.optional(),
  /** The day overdue invoices are counted on; the action's day (by the clock, UTC) when left out. */
  asOf: CalendarDate.optional(),
}, worded);
/**
 * Asks whether a new order would be allowed by a customer's credit.
 * @category Records
 */
export type CreditCheckInput = z.input<typeof CreditCheckInput>;
