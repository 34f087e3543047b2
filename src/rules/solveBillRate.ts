import { Decimal } from '../model/decimal.js';
import type { Money } from '../model/money.js';
import { fieldError, hundred, readDecimal, zero, type DecimalInput } from './_internal/decimalInput.js';
import { checkGrossProfitInput, computeGrossProfit, type BurdenInput, type GrossProfitResult, type HoursInput } from './grossProfit.js';
import * as messages from '../errors/messages.js';

/**
 * What {@link solveBillRate} works from: the pay rate, one target, and the hours and burden as {@link grossProfit} takes them.
 * @category Rules
 */
export type SolveBillRateInput = Omit<HoursInput, 'hoursPerWeek' | 'weeks'> &
  BurdenInput & {
    /** The employee's hourly pay rate. */
    readonly payRate: DecimalInput;
    /** Regular hours per week; `40` when left out. */
    readonly hoursPerWeek?: DecimalInput;
    /** The duration in whole weeks; `1` when left out (wage bases make longer durations cost less per week). */
    readonly weeks?: number;
  } & (
    | {
        /** The gross profit wanted, in percent of billing. */
        readonly targetGpPercent: DecimalInput;
        readonly targetMarkupPercent?: undefined;
      }
    | {
        /** The markup of the bill rate over the pay rate wanted, in percent. */
        readonly targetMarkupPercent: DecimalInput;
        readonly targetGpPercent?: undefined;
      }
  );

/**
 * The bill rate found, and the calculator's figures at that rate.
 * @category Rules
 */
export interface SolvedBillRate {
  /** The smallest bill rate, to the cent, that reaches the target. */
  readonly billRate: Money;
  /** {@link grossProfit} at that bill rate. */
  readonly result: GrossProfitResult;
}

const what = 'bill-rate target';
const cent = /* @__PURE__ */ new Decimal('0.01');

/**
 * Finds the smallest bill rate, to the cent, that reaches a target GP % of billing or a target
 * markup over pay, with the same hours, burden and rounding as {@link grossProfit}: at the rate
 * found, `gross profit × 100 ≥ target × billed` (or `(bill − pay) × 100 ≥ target × pay`) holds
 * exactly on the calculator's figures, and one cent less falls short.
 *
 * @param input - the pay rate, `targetGpPercent` or `targetMarkupPercent`, and the hours and burden
 * @returns the bill rate and the calculator's figures at it
 * @throws StaffcoreError `VALIDATION` naming the field: bad figures as {@link grossProfit} refuses
 *   them, both or neither target, a GP target the VMS fee and burden make unreachable (100 % or more
 *   of billing), no billable hours for a GP target
 * @example
 * ```ts
 * solveBillRate({ payRate: '20.00', targetMarkupPercent: '40' }).billRate //=> '28.00'
 * solveBillRate({ payRate: '20.00', targetGpPercent: '25', medicare: { rate: '1.45' } }).billRate //=> '27.06'
 * ```
 * @category Rules
 */
export function solveBillRate(input: SolveBillRateInput): SolvedBillRate {
  if (typeof input !== 'object' || input === null) throw fieldError(what, [], messages.expected(messages.anObject));
  const gpTarget = input.targetGpPercent !== undefined;
  if (gpTarget === (input.targetMarkupPercent !== undefined)) {
    throw fieldError(what, ['targetGpPercent'], messages.exactlyOneTarget);
  }
  const target = gpTarget
    ? readDecimal(what, ['targetGpPercent'], input.targetGpPercent)
    : readDecimal(what, ['targetMarkupPercent'], input.targetMarkupPercent);
  const checked = checkGrossProfitInput({ ...input, hoursPerWeek: input.hoursPerWeek ?? 40, weeks: input.weeks ?? 1 }, zero);
  const at = (rate: Decimal): GrossProfitResult => computeGrossProfit({ ...checked, billRate: rate });
  const reaches = gpTarget
    ? (_rate: Decimal, result: GrossProfitResult) =>
        result.totals.billed !== '0.00' && new Decimal(result.totals.grossProfit).times(hundred).gte(target.times(result.totals.billed))
    : (rate: Decimal) => rate.minus(checked.payRate).times(hundred).gte(target.times(checked.payRate));

  let estimate: Decimal;
  if (gpTarget) {
    const share = hundred.minus(target).minus(checked.vmsFee);
    if (share.lte(zero)) throw fieldError(what, ['targetGpPercent'], messages.targetUnreachable);
    const nothingBilled = at(new Decimal(1));
    if (nothingBilled.totals.billed === '0.00') throw fieldError(what, ['hoursPerWeek'], messages.noBillableHours);
    // billed × (100 − target − fee) = cost × 100, with billed = rate × billable hours per rate unit.
    const cost = new Decimal(nothingBilled.totals.cost).minus(nothingBilled.totals.vmsFee);
    estimate = cost.times(hundred).div(share).div(nothingBilled.totals.billed);
  } else {
    estimate = checked.payRate.times(hundred.plus(target)).div(hundred);
  }
  let rate = estimate.toDecimalPlaces(2, Decimal.ROUND_UP);
  let result = at(rate);
  // The estimate ignores the rounding of each line; a few cents' walk settles it.
  while (!reaches(rate, result)) {
    rate = rate.plus(cent);
    result = at(rate);
  }
  while (rate.gt(zero)) {
    const lower = at(rate.minus(cent));
    if (!reaches(rate.minus(cent), lower)) break;
    rate = rate.minus(cent);
    result = lower;
  }
  return { billRate: rate.toFixed(2) as Money, result };
}
