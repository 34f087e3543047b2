import { addDays, endOfMonth, lightFormat, parseISO } from 'date-fns';
import type { CalendarDate, Terms } from '../model/index.js';

/**
 * Works out when an invoice falls due under payment terms: `netDays` after the invoice date
 * ("net 30"; `0` is due on receipt), or, with `basis: 'monthEnd'`, `netDays` after the last day of
 * the invoice's month. A record without terms is due on receipt. Calendar arithmetic is date-fns'
 * on `YYYY-MM-DD`, so month lengths, year ends and 29 February come out right.
 *
 * @param invoiceDate - the invoice's date
 * @param terms - the record's terms, or `null`
 * @returns the due date
 * @example
 * ```ts
 * dueDate('2028-01-31', { label: 'Net 30', netDays: 30 }) //=> '2028-03-01'
 * dueDate('2028-02-10', { label: 'EOM', netDays: 0, basis: 'monthEnd' }) //=> '2028-02-29'
 * dueDate('2026-12-15', null) //=> '2026-12-15'
 * ```
 * @category Rules
 */
export function dueDate(invoiceDate: CalendarDate, terms: Terms | null): CalendarDate {
  if (!terms) return invoiceDate;
  const day = parseISO(invoiceDate);
  const from = terms.basis === 'monthEnd' ? endOfMonth(day) : day;
  return lightFormat(addDays(from, terms.netDays), 'yyyy-MM-dd');
}
