import * as z from 'zod';
import { Decimal } from '../model/decimal.js';
import { toMoney } from '../model/toMoney.js';
import { Money, type CalendarDate, type CreditLimit } from '../model/index.js';
import { daysPastDue } from './receivable.js';
import type { CreditDecisionDetails } from '../errors/index.js';
import * as messages from '../errors/messages.js';

/**
 * An open invoice as the credit check sees it.
 * @category Rules
 */
export interface CreditInvoice {
  readonly id: string;
  readonly billed: Money;
  readonly paid: Money;
  readonly dueDate: CalendarDate;
}

/**
 * What a credit check is worked out from.
 * @category Rules
 */
export interface CreditFacts {
  /** The root customer's limit and policy, or `null` when it has none. */
  readonly limit: Pick<CreditLimit, 'limit' | 'warnAtPercent' | 'blockOverdueDays'> | null;
  /** The tree's invoices with a balance left (paid ones may be given too: they add nothing). */
  readonly invoices: Iterable<CreditInvoice>;
  /** The estimated billing of the tree's active orders, summed. */
  readonly openOrders: Money;
  /** The new order's estimated billing. */
  readonly orderAmount: Money;
  /** The day overdue invoices are counted on. */
  readonly asOf: CalendarDate;
}

/**
 * One reason behind a credit answer.
 * @category Rules
 */
export const CreditReason = z
  .strictObject({
    /**
     * `NO_LIMIT` (none set: allowed), `WITHIN_LIMIT`, `NEAR_LIMIT` (warns), `OVER_LIMIT` (blocks),
     * `OVERDUE` (an invoice past due: warns), `LONG_OVERDUE` (past due more than the policy allows: blocks).
     */
    code: z.enum(['NO_LIMIT', 'WITHIN_LIMIT', 'NEAR_LIMIT', 'OVER_LIMIT', 'OVERDUE', 'LONG_OVERDUE']),
    /** Whether this reason allows, warns or blocks. */
    effect: z.enum(['allowed', 'warned', 'blocked']),
    /** The reason in words, with its figures. */
    message: z.string(),
  })
  .readonly();
/**
 * One reason behind a credit answer.
 * @category Rules
 */
export type CreditReason = z.output<typeof CreditReason>;

/**
 * The figures a credit answer rests on, as exact money strings.
 * @category Rules
 */
export const CreditFigures = z
  .strictObject({
    /** The limit, or `null` when none is set. */
    limit: Money.nullable(),
    /** The warning threshold (`warnAtPercent` of the limit), or `null`. */
    warnAt: Money.nullable(),
    /** The tree's open invoices' balances, summed. */
    openReceivables: Money,
    /** The tree's active orders' estimated billing. */
    openOrders: Money,
    /** The new order's estimated billing. */
    orderAmount: Money,
    /** Open receivables + open orders + the new order. */
    exposure: Money,
    /** The limit minus the exposure (negative when over), or `null`. */
    available: Money.nullable(),
    /** The balances of the overdue invoices, summed. */
    overdueAmount: Money,
    /** How many invoices are overdue. */
    overdueInvoices: z.number().int().nonnegative(),
    /** The most days any open invoice is past due (0 when none is). */
    oldestDaysPastDue: z.number().int().nonnegative(),
    /** The overdue invoice that is past due longest, or `null`. */
    oldestOverdueInvoiceId: z.string().nullable(),
  })
  .readonly();
/**
 * The figures a credit answer rests on, as exact money strings.
 * @category Rules
 */
export type CreditFigures = z.output<typeof CreditFigures>;

/**
 * A credit answer: allowed, warned or blocked, with every reason and the figures behind them.
 * @category Rules
 */
export const CreditDecision = z
  .strictObject({
    /** The strictest effect among the reasons. */
    decision: z.enum(['allowed', 'warned', 'blocked']),
    /** Every reason, each with its effect. */
    reasons: z.array(CreditReason).readonly(),
    /** The figures the reasons rest on. */
    figures: CreditFigures,
  })
  .readonly();
/**
 * A credit answer: allowed, warned or blocked, with every reason and the figures behind them.
 * @category Rules
 */
export type CreditDecision = z.output<typeof CreditDecision>;

/** A decision is what a `CREDIT_BLOCKED` error's `details.credit` says it is. */
type DecisionFitsDetails = CreditDecision extends CreditDecisionDetails ? true : never;
const decisionFitsDetails: DecisionFitsDetails = true;
void decisionFitsDetails;

const rank = { allowed: 0, warned: 1, blocked: 2 } as const;

/**
 * Decides whether a customer's credit allows a new order. Exposure is the tree's open receivables
 * plus its active orders' estimated billing plus the new order's: above the limit it blocks, from
 * `warnAtPercent` of the limit on it warns. An invoice past due more than `blockOverdueDays` blocks;
 * any overdue invoice warns. Without a limit, exposure is not judged, but overdue invoices still are.
 * All sums are exact.
 *
 * @param facts - the limit, the open invoices, the open orders, the new order and the day
 * @returns the decision, its reasons and its figures
 * @example
 * ```ts
 * checkCredit({ limit: { limit: '10000.00', warnAtPercent: 80, blockOverdueDays: 60 },
 *   invoices: [{ id: '1', billed: '7000.00', paid: '0.00', dueDate: '2026-12-31' }],
 *   openOrders: '1000.00', orderAmount: '500.00', asOf: '2026-12-01' }).decision //=> 'warned'
 * ```
 * @category Rules
 */
export function checkCredit(facts: CreditFacts): CreditDecision {
  let receivables = new Decimal(0);
  let overdue = new Decimal(0);
  let overdueInvoices = 0;
  let oldest = 0;
  let oldestId: string | null = null;
  // Invoices share due dates: each date's days past due is worked out once.
  const pastDue = new Map<string, number>();
  for (const invoice of facts.invoices) {
    const balance = new Decimal(invoice.billed).minus(invoice.paid);
    if (!balance.greaterThan(0)) continue;
    receivables = receivables.plus(balance);
    let days = pastDue.get(invoice.dueDate);
    if (days === undefined) pastDue.set(invoice.dueDate, (days = daysPastDue(invoice.dueDate, facts.asOf)));
    if (days === 0) continue;
    overdue = overdue.plus(balance);
    overdueInvoices += 1;
    if (days > oldest) {
      oldest = days;
      oldestId = invoice.id;
    }
  }
  const exposure = receivables.plus(facts.openOrders).plus(facts.orderAmount);
  const policy = facts.limit;
  const warnAt = policy ? new Decimal(policy.limit).times(policy.warnAtPercent).dividedBy(100) : null;
  const figures: CreditFigures = {
    limit: policy ? policy.limit : null,
    warnAt: warnAt ? toMoney(warnAt) : null,
    openReceivables: toMoney(receivables),
    openOrders: facts.openOrders,
    orderAmount: facts.orderAmount,
    exposure: toMoney(exposure),
    available: policy ? toMoney(new Decimal(policy.limit).minus(exposure)) : null,
    overdueAmount: toMoney(overdue),
    overdueInvoices,
    oldestDaysPastDue: oldest,
    oldestOverdueInvoiceId: oldestId,
  };
  const reasons: CreditReason[] = [];
  const used = messages.creditExposure(figures.exposure, figures.openReceivables, figures.openOrders, figures.orderAmount);
  if (!policy || !warnAt) {
    reasons.push({ code: 'NO_LIMIT', effect: 'allowed', message: messages.creditNoLimit });
  } else if (exposure.greaterThan(policy.limit)) {
    reasons.push({ code: 'OVER_LIMIT', effect: 'blocked', message: messages.creditOverLimit(used, policy.limit) });
  } else if (exposure.greaterThanOrEqualTo(warnAt)) {
    reasons.push({
      code: 'NEAR_LIMIT',
      effect: 'warned',
      message: messages.creditNearLimit(used, policy.warnAtPercent, policy.limit, figures.warnAt),
    });
  } else {
    reasons.push({ code: 'WITHIN_LIMIT', effect: 'allowed', message: messages.creditWithinLimit(used, policy.limit) });
  }
  const blockAfter = policy?.blockOverdueDays;
  if (blockAfter !== undefined && oldest > blockAfter) {
    reasons.push({
      code: 'LONG_OVERDUE',
      effect: 'blocked',
      message: messages.creditLongOverdue(oldestId, oldest, blockAfter, overdueInvoices, figures.overdueAmount),
    });
  } else if (overdueInvoices > 0) {
    reasons.push({
      code: 'OVERDUE',
      effect: 'warned',
      message: messages.creditOverdue(overdueInvoices, figures.overdueAmount, oldestId, oldest),
    });
  }
  const decision = reasons.reduce<CreditDecision['decision']>((worst, reason) => (rank[reason.effect] > rank[worst] ? reason.effect : worst), 'allowed');
  return { decision, reasons, figures };
}
