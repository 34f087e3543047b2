import { differenceInCalendarDays, parseISO } from 'date-fns';
import { Decimal } from '../model/decimal.js';
import { toMoney } from '../model/toMoney.js';
import type { CalendarDate, Money } from '../model/index.js';

/** What an invoice owes on a given day. */
export interface Receivable {
  /** Billed minus paid, to the cent. */
  readonly balance: Money;
  /** Whether a balance is left. */
  readonly open: boolean;
  /** Whether a balance is left after the due date (on `asOf`, the due date itself is not overdue). */
  readonly overdue: boolean;
  /** Days from the due date to `asOf` while open; `0` when not past due. */
  readonly daysPastDue: number;
}

/**
 * Tells what an invoice owes on a day: its balance, and whether (and how long) it is overdue —
 * unpaid past its due date.
 *
 * @param invoice - the invoice's billed and paid amounts and its due date
 * @param asOf - the day to look from
 * @returns the balance and the overdue state
 * @example
 * ```ts
 * receivable({ billed: '100.00', paid: '40.00', dueDate: '2026-03-31' }, '2026-04-30')
 * //=> { balance: '60.00', open: true, overdue: true, daysPastDue: 30 }
 * ```
 */
export function receivable(invoice: { readonly billed: Money; readonly paid: Money; readonly dueDate: CalendarDate }, asOf: CalendarDate): Receivable {
  const balance = new Decimal(invoice.billed).minus(invoice.paid);
  const open = balance.greaterThan(0);
  const days = open ? daysPastDue(invoice.dueDate, asOf) : 0;
  return { balance: toMoney(balance), open, overdue: days > 0, daysPastDue: days };
}

/**
 * Counts the calendar days from a due date to a day: how long an unpaid invoice is past due.
 *
 * @param dueDate - the due date
 * @param asOf - the day to look from
 * @returns the days after the due date, `0` on or before it
 * @example
 * ```ts
 * daysPastDue('2028-02-28', '2028-03-01') //=> 2
 * daysPastDue('2026-03-31', '2026-03-31') //=> 0
 * ```
 */
export function daysPastDue(dueDate: CalendarDate, asOf: CalendarDate): number {
  return Math.max(0, differenceInCalendarDays(parseISO(asOf), parseISO(dueDate)));
}
