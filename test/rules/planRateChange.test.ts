import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Assignment, isStaffcoreError, planRateChange, type RateAdjustmentInput } from '../../src/index.js';

const assignment = (n: number, payRate: string, billRate: string): Assignment =>
  Assignment.parse({
    id: `a-${n}`,
    version: 1,
    orderId: 'o-1',
    customerId: 'c-1',
    employeeId: `E-${n}`,
    jobTitle: 'Picker',
    payRate,
    billRate,
    startDate: '2026-12-07',
    endDate: null,
    state: 'active',
    endReason: '',
    createdAt: '2026-11-22T09:00:00.000Z',
    createdBy: 'dana',
  });

describe('planRateChange', () => {
  it('raises pay by a percent to the cent and keeps the markup', () => {
    const { rows, next, changed } = planRateChange([assignment(1, '18.50', '27.75')], { pay: { raiseByPercent: '3' }, keepMarkup: true });
    // 18.50 × 1.03 = 19.055 → 19.06; 19.06 × 27.75 / 18.50 = 28.59 (the 1.5 markup kept)
    expect(rows[0]).toMatchObject({ changed: true, payRate: { before: '18.5000', after: '19.0600' }, billRate: { before: '27.7500', after: '28.5900' } });
    expect(next[0]).toMatchObject({ payRate: '19.0600', billRate: '28.5900', version: 1 });
    expect(changed).toBe(1);
  });

  it('does not mutate its input', () => {
    const base = Object.freeze([Object.freeze(assignment(1, '18.50', '27.75'))]);
    const copy = structuredClone(base);
    planRateChange(base, { bill: { set: '30' } });
    expect(base).toEqual(copy);
  });

  it('refuses to take a rate below zero, naming the assignment', () => {
    try {
      planRateChange([assignment(7, '10', '15')], { bill: { lowerBy: '15.01' } });
      expect.unreachable();
    } catch (error) {
      expect(isStaffcoreError(error, 'BUSINESS_RULE')).toBe(true);
      expect((error as Error).message).toBe("[staffcore] The change would take assignment a-7's bill rate below zero (-0.01)");
    }
  });
});

const cents = fc.integer({ min: 0, max: 10_000 }).map((c) => (c / 100).toFixed(2));
const batch = fc.array(fc.tuple(cents, cents), { minLength: 1, maxLength: 40 }).map((rates) => rates.map(([pay, bill], n) => assignment(n, pay, bill)));
const noOp: fc.Arbitrary<RateAdjustmentInput> = fc.constantFrom<RateAdjustmentInput>({ raiseBy: '0' }, { lowerBy: '0' });
const adjustment: fc.Arbitrary<RateAdjustmentInput> = fc.oneof(
  cents.map((set) => ({ set })),
  cents.map((raiseBy) => ({ raiseBy })),
  fc.integer({ min: 0, max: 5000 }).map((p) => ({ raiseByPercent: (p / 100).toFixed(2) })),
  fc.integer({ min: 0, max: 10_000 }).map((p) => ({ lowerByPercent: (p / 100).toFixed(2) })),
);

describe('planRateChange properties', () => {
  it('a change that changes nothing returns the very same array and marks no row changed', () => {
    fc.assert(
      fc.property(batch, noOp, fc.option(noOp, { nil: undefined }), (assignments, pay, bill) => {
        const plan = planRateChange(assignments, { pay, bill });
        expect(plan.next).toBe(assignments);
        expect(plan.changed).toBe(0);
        expect(plan.rows.every((row) => !row.changed && row.payRate.before === row.payRate.after)).toBe(true);
      }),
    );
  });

  it('shares every unchanged assignment and changes nothing but the rates of the others', () => {
    fc.assert(
      fc.property(batch, fc.option(adjustment, { nil: undefined }), fc.option(adjustment, { nil: undefined }), (assignments, pay, bill) => {
        const plan = planRateChange(assignments, { pay, bill });
        expect(plan.next).toHaveLength(assignments.length);
        assignments.forEach((before, index) => {
          const after = plan.next[index]!;
          const row = plan.rows[index]!;
          expect(after === before).toBe(!row.changed);
          expect({ ...after, payRate: before.payRate, billRate: before.billRate }).toEqual(before);
          expect([after.payRate, after.billRate]).toEqual([row.payRate.after, row.billRate.after]);
        });
        expect(plan.changed).toBe(plan.rows.filter((row) => row.changed).length);
      }),
    );
  });
});
