import { addDays, differenceInCalendarDays, endOfMonth, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDate, receivable, type Money, type Terms } from '../../src/index.js';

const net = (netDays: number): Terms => ({ label: `Net ${netDays}`, netDays });
const eom = (netDays: number): Terms => ({ label: `EOM + ${netDays}`, netDays, basis: 'monthEnd' });
const money = (value: string) => value as Money;

describe('dueDate', () => {
  it.each([
    // net N counts calendar days from the invoice date
    ['2026-01-31', net(30), '2026-03-02'], // January 31 + 30 days: February has 28 days in 2026
    ['2028-01-31', net(30), '2028-03-01'], // … and 29 in the leap year 2028
    ['2028-02-29', net(1), '2028-03-01'],
    ['2028-02-28', net(1), '2028-02-29'],
    ['2026-12-15', net(30), '2027-01-14'], // across the year end
    ['2026-12-31', net(1), '2027-01-01'],
    ['2026-06-10', net(0), '2026-06-10'], // due on receipt
    // N days after the end of the invoice's month
    ['2026-02-10', eom(0), '2026-02-28'],
    ['2028-02-10', eom(0), '2028-02-29'],
    ['2028-02-29', eom(10), '2028-03-10'],
    ['2026-12-01', eom(15), '2027-01-15'],
    ['2026-04-30', eom(30), '2026-05-30'],
  ] as const)('%s under %o falls due on %s', (invoiceDate, terms, due) => {
    expect(dueDate(invoiceDate, terms)).toBe(due);
  });

  it('is due on receipt when the record has no terms', () => {
    expect(dueDate('2026-03-09', null)).toBe('2026-03-09');
  });

  const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('net N is always exactly N calendar days after the invoice date', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 365 }), (invoiceDate, n) => {
        expect(differenceInCalendarDays(parseISO(dueDate(invoiceDate, net(n))), parseISO(invoiceDate))).toBe(n);
      }),
    );
  });

  it('month-end terms are N days after the last day of the invoice month, never before the invoice', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 365 }), (invoiceDate, n) => {
        const due = dueDate(invoiceDate, eom(n));
        expect(due).toBe(format(addDays(endOfMonth(parseISO(invoiceDate)), n), 'yyyy-MM-dd'));
        expect(due >= invoiceDate).toBe(true);
      }),
    );
  });
});

describe('receivable', () => {
  const invoice = { billed: money('100.00'), paid: money('40.00'), dueDate: '2026-02-28' };

  it('is not overdue on the due date itself, and one day overdue the day after', () => {
    expect(receivable(invoice, '2026-02-28')).toEqual({ balance: '60.00', open: true, overdue: false, daysPastDue: 0 });
    expect(receivable(invoice, '2026-03-01')).toEqual({ balance: '60.00', open: true, overdue: true, daysPastDue: 1 });
  });

  it('counts days past due across a leap day and a year end', () => {
    expect(receivable({ ...invoice, dueDate: '2028-02-28' }, '2028-03-01').daysPastDue).toBe(2);
    expect(receivable({ ...invoice, dueDate: '2026-12-31' }, '2027-01-31').daysPastDue).toBe(31);
  });

  it('is never overdue once paid, however late', () => {
    expect(receivable({ ...invoice, paid: money('100.00') }, '2030-01-01')).toEqual({ balance: '0.00', open: false, overdue: false, daysPastDue: 0 });
  });

  it('counts a payment from the day it is received', () => {
    const settled = { ...invoice, paid: money('100.00') };
    const payments = [
      { amount: money('40.00'), receivedOn: '2026-02-01' },
      { amount: money('60.00'), receivedOn: '2026-03-10' },
    ];
    expect(receivable(settled, '2026-03-09', payments)).toEqual({ balance: '60.00', open: true, overdue: true, daysPastDue: 9 });
    expect(receivable(settled, '2026-03-10', payments)).toEqual({ balance: '0.00', open: false, overdue: false, daysPastDue: 0 });
    expect(receivable(settled, '2026-01-31', payments)).toEqual({ balance: '100.00', open: true, overdue: false, daysPastDue: 0 });
  });

  it('owes on a day the billed amount less the payments received by then, whether given all payments or only the later ones', () => {
    const amount = fc.integer({ min: 1, max: 1_000_000 });
    const received = fc.integer({ min: 0, max: 60 }).map((n) => format(addDays(parseISO('2026-02-01'), n), 'yyyy-MM-dd'));
    fc.assert(
      fc.property(fc.array(fc.record({ cents: amount, receivedOn: received }), { maxLength: 6 }), fc.integer({ min: 0, max: 1_000_000 }), received, (paid, extra, asOf) => {
        const cents = (n: number) => money(`${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);
        const sum = (list: typeof paid) => list.reduce((total, p) => total + p.cents, 0);
        const billed = sum(paid) + extra;
        const payments = paid.map((p) => ({ amount: cents(p.cents), receivedOn: p.receivedOn }));
        const settled = { billed: cents(billed), paid: cents(sum(paid)), dueDate: '2026-02-15' };
        const owed = receivable(settled, asOf, payments);
        const left = billed - sum(paid.filter((p) => p.receivedOn <= asOf));
        expect(owed.balance).toBe(cents(left));
        expect(owed.open).toBe(left > 0);
        expect(owed.overdue).toBe(left > 0 && asOf > '2026-02-15');
        expect(receivable(settled, asOf, payments.filter((p) => p.receivedOn > asOf))).toEqual(owed);
      }),
    );
  });

  it('keeps the balance exact to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (billedCents, paidCents) => {
        const cents = (n: number) => money(`${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);
        const paid = Math.min(paidCents, billedCents);
        const owed = receivable({ billed: cents(billedCents), paid: cents(paid), dueDate: '2026-01-01' }, '2026-02-01');
        expect(owed.balance).toBe(cents(billedCents - paid));
        expect(owed.open).toBe(billedCents > paid);
      }),
    );
  });
});
