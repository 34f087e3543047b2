import { differenceInCalendarDays, parseISO } from 'date-fns';
import * as z from 'zod';
import { Decimal } from '../model/decimal.js';
import { toMoney } from '../model/toMoney.js';
import { Money, type CalendarDate } from '../model/index.js';

/**
 * What an invoice owes on a given day.
 * @category Rules
 */
export const Receivable = z
  .strictObject({
    /** Billed minus what had been paid by the end of `asOf`, to the cent. */
    balance: Money,
    /** Whether a balance is left. */
    open: z.boolean(),
    /** Whether a balance is left after the due date (on `asOf`, the due date itself is not overdue). */
    overdue: z.boolean(),
    /** Days from the due date to `asOf` while open; `0` when not past due. */
    daysPastDue: z.number().int().min(0),
  })
  .readonly();
/**
 * What an invoice owes on a given day.
 * @category Rules
 */
export type Receivable = z.output<typeof Receivable>;

/**
 * A payment as {@link receivable} sees it: how much, and the day it was received.
 * @category Rules
 */
export interface ReceivedPayment {
  /** The amount received. */
  readonly amount: Money;
  /** The day it was received; from that day on it is paid. */
  readonly receivedOn: CalendarDate;
}

/**
 * Tells what an invoice owes on a day: its balance, and whether (and how long) it is overdue —
 * unpaid past its due date.
 *
 * A payment counts from the day it is received: the invoice's `paid` (every payment so far) less
 * those of `payments` received after `asOf` is what had been paid on `asOf`. Only the later ones
 * matter, so a caller may pass the invoice's payments received after `asOf` or all of them, and
 * a `paid` with no payment records behind it counts as paid all along.
 *
 * @param invoice - the invoice's billed and paid amounts and its due date
 * @param asOf - the day to look from
 * @param payments - the invoice's payments (at least those received after `asOf`); none by default
 * @returns the balance and the overdue state
 * @example
 * ```ts
 * receivable({ billed: '100.00', paid: '40.00', dueDate: '2026-03-31' }, '2026-04-30')
 * //=> { balance: '60.00', open: true, overdue: true, daysPastDue: 30 }
 * receivable({ billed: '100.00', paid: '100.00', dueDate: '2026-03-31' }, '2026-04-30', [{ amount: '100.00', receivedOn: '2026-05-04' }])
 * //=> { balance: '100.00', open: true, overdue: true, daysPastDue: 30 }
 * ```
 * @category Rules
 */
export function receivable(
  invoice: { readonly billed: Money; readonly paid: Money; readonly dueDate: CalendarDate },
  asOf: CalendarDate,
  payments: Iterable<ReceivedPayment> = [],
): Receivable {
  let balance = new Decimal(invoice.billed).minus(invoice.paid);
  for (const payment of payments) if (payment.receivedOn > asOf) balance = balance.plus(payment.amount);
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
 * @category Rules
 */
export function daysPastDue(dueDate: CalendarDate, asOf: CalendarDate): number {
  return Math.max(0, differenceInCalendarDays(parseISO(asOf), parseISO(dueDate)));
}
