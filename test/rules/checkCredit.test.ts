import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCredit, type CreditFacts, type Money } from '../../src/index.js';

const m = (value: string) => value as Money;
const policy = { limit: m('10000.00'), warnAtPercent: 80, blockOverdueDays: 60 };
const facts = (over: Partial<CreditFacts> = {}): CreditFacts => ({
  limit: policy,
  invoices: [],
  openOrders: m('0.00'),
  orderAmount: m('0.00'),
  asOf: '2026-12-01',
  ...over,
});

describe('checkCredit', () => {
  it('allows an order within the limit and shows the figures', () => {
    const answer = checkCredit(facts({ invoices: [{ id: '1', billed: m('3000.10'), paid: m('1000.05'), dueDate: '2026-12-31' }], openOrders: m('999.99'), orderAmount: m('0.01') }));
    expect(answer.decision).toBe('allowed');
    expect(answer.reasons.map((r) => r.code)).toEqual(['WITHIN_LIMIT']);
    // 3000.10 − 1000.05 = 2000.05 receivable; + 999.99 + 0.01 = 3000.05 exposure; 10000.00 − 3000.05 = 6999.95
    expect(answer.figures).toMatchObject({ openReceivables: '2000.05', exposure: '3000.05', available: '6999.95', warnAt: '8000.00', overdueInvoices: 0 });
  });

  it('warns from the warning share of the limit on, exactly at the threshold', () => {
    const at = checkCredit(facts({ openOrders: m('7999.99'), orderAmount: m('0.01') }));
    expect(at.decision).toBe('warned');
    expect(at.reasons[0]!.code).toBe('NEAR_LIMIT');
    expect(checkCredit(facts({ openOrders: m('7999.99') })).decision).toBe('allowed');
  });

  it('blocks above the limit (a cent over), not at it', () => {
    expect(checkCredit(facts({ openOrders: m('10000.00') })).decision).toBe('warned');
    const over = checkCredit(facts({ openOrders: m('10000.00'), orderAmount: m('0.01') }));
    expect(over.decision).toBe('blocked');
    expect(over.reasons[0]).toMatchObject({ code: 'OVER_LIMIT', effect: 'blocked' });
    expect(over.reasons[0]!.message).toContain('10000.01');
    expect(over.figures.available).toBe('-0.01');
  });

  it('warns on any overdue invoice and blocks past the allowed days, naming the oldest', () => {
    const invoices = [
      { id: 'a', billed: m('100.00'), paid: m('0.00'), dueDate: '2026-11-30' }, // 1 day past due
      { id: 'b', billed: m('50.00'), paid: m('0.00'), dueDate: '2026-10-01' }, // 61 days
      { id: 'c', billed: m('70.00'), paid: m('70.00'), dueDate: '2026-01-01' }, // paid: not overdue
    ];
    const late = checkCredit(facts({ invoices: invoices.slice(0, 1) }));
    expect(late.decision).toBe('warned');
    expect(late.reasons.map((r) => r.code)).toEqual(['WITHIN_LIMIT', 'OVERDUE']);
    const blocked = checkCredit(facts({ invoices }));
    expect(blocked.decision).toBe('blocked');
    expect(blocked.reasons[1]).toMatchObject({ code: 'LONG_OVERDUE' });
    expect(blocked.figures).toMatchObject({ overdueInvoices: 2, overdueAmount: '150.00', oldestDaysPastDue: 61, oldestOverdueInvoiceId: 'b' });
  });

  it('without a limit judges no exposure but still warns on overdue invoices', () => {
    expect(checkCredit(facts({ limit: null, openOrders: m('99999999.00') })).decision).toBe('allowed');
    const answer = checkCredit(facts({ limit: null, invoices: [{ id: 'x', billed: m('10.00'), paid: m('0.00'), dueDate: '2025-01-01' }] }));
    expect(answer.decision).toBe('warned');
    expect(answer.figures.limit).toBeNull();
  });

  it('exposure is exactly receivables + open orders + the order, and the decision follows the limit', () => {
    const cents = fc.integer({ min: 0, max: 100_000_000 });
    const toMoney = (n: number) => m(`${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(cents, cents), { maxLength: 20 }), cents, cents, cents, (pairs, orders, order, limit) => {
        const invoices = pairs.map(([a, b], i) => ({ id: String(i), billed: toMoney(Math.max(a, b)), paid: toMoney(Math.min(a, b)), dueDate: '2027-01-01' }));
        const answer = checkCredit(facts({ limit: { ...policy, limit: toMoney(limit) }, invoices, openOrders: toMoney(orders), orderAmount: toMoney(order) }));
        const exposure = pairs.reduce((sum, [a, b]) => sum + Math.abs(a - b), 0) + orders + order;
        expect(answer.figures.exposure).toBe(toMoney(exposure));
        expect(answer.decision === 'blocked').toBe(exposure > limit);
      }),
    );
  });
});
