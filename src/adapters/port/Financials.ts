import type { CalendarDate, Hours, Money } from '../../model/index.js';

/**
 * One customer record's share of a financial roll-up: its invoices (and invoice lines) dated from
 * `since` (inclusive) until `until` (exclusive) count. A record that moved in or out of the tree
 * during the period appears once per stretch it spent inside, so a roll-up attributes each invoice
 * to the tree as it stood on the invoice date.
 */
export interface FinancialMember {
  /** The record's Customer ID. */
  readonly customerId: string;
  /** The first invoice date that counts; `null` for no lower bound. */
  readonly since: CalendarDate | null;
  /** The first invoice date that no longer counts; `null` for no upper bound. */
  readonly until: CalendarDate | null;
}

/**
 * Every record of today's subtree of one record whose branch is listed, counting for every date:
 * the common roll-up, where no record of the tree has moved, asked without listing the records.
 */
export interface FinancialSubtree {
  /** The subtree's root. */
  readonly rootId: string;
  /** The branches whose records count (the actor's scope). */
  readonly branchIds: readonly string[];
}

/** Which invoice lines to total: the members' lines dated in a period. */
export interface LineTotalsQuery {
  /** The records whose lines count, with the dates each counts for. Stretches of one record never overlap. */
  readonly members: readonly FinancialMember[];
  /** A subtree whose records count as well (none of them among `members`). */
  readonly subtree?: FinancialSubtree | null;
  /** The period's first day. */
  readonly from: CalendarDate;
  /** The period's last day (inclusive). */
  readonly to: CalendarDate;
}

/** The totals of invoice lines. */
export interface LineTotals {
  /** The sum of the lines' `bill`. */
  readonly billed: Money;
  /** The sum of the lines' `pay`. */
  readonly cost: Money;
  /** The sum of the lines' `hours`. */
  readonly hours: Hours;
  /** How many lines there were. */
  readonly lines: number;
}

/** Which invoices to total: the members' invoices, those dated in the period and those open on `asOf`. */
export interface ReceivablesQuery {
  /** The records whose invoices count, with the dates each counts for. */
  readonly members: readonly FinancialMember[];
  /** A subtree whose records count as well (none of them among `members`). */
  readonly subtree?: FinancialSubtree | null;
  /** The period's first day (for `invoices` and `lastInvoiceDate`). */
  readonly from: CalendarDate;
  /** The period's last day, inclusive. */
  readonly to: CalendarDate;
  /**
   * The day receivables are looked at: invoices dated on or before it count, less the payments
   * received on or before it; overdue when due before it.
   */
  readonly asOf: CalendarDate;
}

/** The invoice side of a roll-up. */
export interface ReceivableTotals {
  /** How many invoices are dated in the period (zero-dollar ones included). */
  readonly invoices: number;
  /** The latest invoice date in the period, `null` when there is none. */
  readonly lastInvoiceDate: CalendarDate | null;
  /**
   * The balances left on `asOf` on invoices dated on or before it: billed less the payments received
   * on or before `asOf` — the invoice's `paid` less its payments received after `asOf` (a `paid`
   * with no payment records behind it counts as paid all along). Only positive balances count.
   */
  readonly open: Money;
  /** The part of `open` on invoices whose due date is before `asOf`. */
  readonly overdue: Money;
}

/**
 * A store's aggregate queries for financial reports: sums computed where the data lives (one
 * `GROUP BY` on PostgreSQL, one pass over the rows in memory) instead of reading every invoice line
 * into the caller. Optional on a host's store: reports fall back to reading through the repositories.
 */
export interface Financials {
  /**
   * Totals the invoice lines of the members dated in the period.
   * @param query - the members and the period
   * @returns billed, cost, hours and the number of lines
   */
  lineTotals(query: LineTotalsQuery): Promise<LineTotals>;
  /**
   * Totals the members' invoices: how many fall in the period, the last one's date, and the open
   * and overdue balances on `asOf` (a payment counts from the day it was received, so an invoice
   * settled since was still open on an earlier `asOf`).
   * @param query - the members, the period and the day
   * @returns the totals
   */
  receivables(query: ReceivablesQuery): Promise<ReceivableTotals>;
}
