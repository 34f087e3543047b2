import { describe, expect, it } from 'vitest';
import {
  canAssignEmployees,
  canCreateOrder,
  effectiveStatus,
  grossProfit,
  isStaffcoreError,
  normalizeCustomerName,
  solveBillRate,
  statusOf,
  sumMoney,
  toMoney,
} from 'staffcore';

// The project's tsconfig has no DOM library, on purpose (src must not use it), so the page's globals are typed here.
const page = globalThis as unknown as { navigator: { userAgent: string }; document: { createElement: unknown } };

describe('the browser suite', () => {
  it('runs in Chromium, where no Node API exists', () => {
    expect(page.navigator.userAgent).toMatch(/HeadlessChrome\//);
    expect(typeof page.document.createElement).toBe('function');
    expect(['Buffer', 'process', 'require', 'global', 'setImmediate'].filter((name) => name in globalThis)).toEqual([]);
  });
});

describe('status rules', () => {
  it('refuses an order under a hold higher in the tree, naming the record that holds it', () => {
    const path = [{ id: '7', status: 'A' }, { id: '1', status: 'H' }];
    expect(canCreateOrder(path)).toEqual({
      allowed: false,
      code: 'STATUS_BLOCKED',
      customerId: '1',
      reason: 'Customer 1 (an ancestor of this record) is "Hold for credit check", which allows no new orders',
    });
    expect(canAssignEmployees(path).allowed).toBe(false);
    expect(effectiveStatus(path)).toMatchObject({ decidedById: '1', allowsOrders: false, inActiveSearches: true });
    expect(effectiveStatus(path).own.code).toBe('A');
    expect(effectiveStatus(path).effective.code).toBe('H');
  });

  it('allows orders and assignments when every status on the path does', () => {
    const path = [{ id: '9', status: 'P' }, { id: '4', status: 'I' }, { id: '1', status: 'A' }];
    expect(canCreateOrder(path)).toEqual({ allowed: true });
    expect(canAssignEmployees(path)).toEqual({ allowed: true });
  });

  it('refuses an unknown status code with a VALIDATION StaffcoreError', () => {
    let caught: unknown;
    try {
      statusOf('Z');
    } catch (error) {
      caught = error;
    }
    expect(isStaffcoreError(caught, 'VALIDATION')).toBe(true);
    expect((caught as Error).message).toBe('[staffcore] Unknown status "Z"');
  });
});

describe('normalizeCustomerName', () => {
  it('ignores case, accents, punctuation and legal suffixes', () => {
    expect(normalizeCustomerName('ACME, Inc.')).toBe('acme');
    expect(normalizeCustomerName('Zürich Café & Co.')).toBe('zurich cafe and');
  });
});

describe('money', () => {
  it('adds and rounds exactly, never in binary floating point', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(toMoney('2.345')).toBe('2.35');
  });
});

describe('the gross-profit calculator', () => {
  it('works exactly in the browser, with wage bases across a year end', () => {
    const gp = grossProfit({ payRate: '20', billRate: '30', hoursPerWeek: 40, weeks: 3, startDate: '2026-12-21', futa: { rate: '0.6', wageBase: '7000' }, wagesPaidThisYear: '6500' });
    // week 1 (Dec 21–27): 500.00 of the base left → 3.00; week 2 ends 2027-01-03: 800 × 0.6 % = 4.80 again
    expect(gp.periods.map((p) => [p.firstWeek, p.lastWeek, p.perWeek.burden.futa])).toEqual([
      [1, 1, '3.00'],
      [2, 3, '4.80'],
    ]);
    expect(gp.grossProfit).toBe('1187.40'); // 3 × 1200.00 − 3 × 800.00 − (3.00 + 2 × 4.80)
    expect(solveBillRate({ payRate: '20', targetMarkupPercent: '40' }).billRate).toBe('28.00');
  });
});
