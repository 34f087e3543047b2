import { Immer } from 'immer';
import { StaffcoreError } from '../errors/StaffcoreError.js';
import { Decimal } from '../model/decimal.js';
import * as z from 'zod';
import { AssignmentId, CustomerId, EmployeeId, Money, OrderId, Rate, Version, type Assignment, type RateAdjustment } from '../model/index.js';
import * as messages from '../errors/messages.js';

/**
 * How one rate changes, as a caller writes it (amounts and percents as decimal strings or numbers).
 * @category Rules
 */
export type RateAdjustmentInput = z.input<typeof RateAdjustment>;

/**
 * A change to the rates of a batch of assignments, as `assignments.massUpdateRates` takes it.
 * @category Rules
 */
export interface RateChangePlan {
  /** How the pay rate changes; left out, it stays. */
  readonly pay?: RateAdjustmentInput | undefined;
  /** How the bill rate changes; left out, it stays (unless `keepMarkup`). */
  readonly bill?: RateAdjustmentInput | undefined;
  /** Moves the bill rate with the pay rate so the markup stays, to the cent (a zero pay rate keeps its bill rate). */
  readonly keepMarkup?: boolean | undefined;
}

/**
 * A before and an after.
 * @category Rules
 */
export interface BeforeAfter<T> {
  readonly before: T;
  readonly after: T;
}

/**
 * The schema of a {@link BeforeAfter} of `value`.
 * @param value - the schema of the value before and after
 * @returns `{ before: value, after: value }`
 */
const beforeAfter = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({
      /** The value before the change. */
      before: value,
      /** The value after the change (the same as before when it does not change). */
      after: value,
    })
    .readonly();

/**
 * One selected assignment's rates and gross profit per hour, before and after a change.
 * @category Rules
 */
export const RateChangeRow = z
  .strictObject({
    /** The assignment. */
    assignmentId: AssignmentId,
    /** The customer record it belongs to. */
    customerId: CustomerId,
    /** Its order. */
    orderId: OrderId,
    /** The employee on it. */
    employeeId: EmployeeId,
    /** Its job title. */
    jobTitle: z.string(),
    /** The version the assignment was read at. */
    version: Version,
    /** Whether either rate changes. */
    changed: z.boolean(),
    /** The pay rate before and after. */
    payRate: beforeAfter(Rate),
    /** The bill rate before and after. */
    billRate: beforeAfter(Rate),
    /** Gross profit per hour before burden (bill − pay), to the cent. */
    gpPerHour: beforeAfter(Money),
    /** Gross profit before burden in percent of the bill rate, two places; `null` for a zero bill rate. */
    gpPercent: beforeAfter(z.string().nullable()),
  })
  .readonly();
/**
 * One selected assignment's rates and gross profit per hour, before and after a change.
 * @category Rules
 */
export type RateChangeRow = z.output<typeof RateChangeRow>;

/**
 * What {@link planRateChange} works out.
 * @category Rules
 */
export interface RateChangePlanResult {
  /**
   * The assignments after the change: one immer `produce` over the batch, so unchanged assignments
   * are the very objects given, and when nothing changes it is the array given itself.
   */
  readonly next: readonly Assignment[];
  /** Every assignment given, in order, with its rates and gross profit before and after. */
  readonly rows: readonly RateChangeRow[];
  /** How many assignments change. */
  readonly changed: number;
}

// A private instance: a host's own immer settings stay untouched. Not frozen: the records go
// straight to a store that copies what it saves, and freezing 100,000 of them would cost more than
// the update (bench `gp`).
const immer = /* @__PURE__ */ new Immer({ autoFreeze: false });
const hundred = /* @__PURE__ */ new Decimal(100);
const cents = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const rateOf = (value: Decimal) => value.toFixed(4) as Rate;
// Rates are canonical four-place strings, so zero has one spelling: no number conversion needed.
const isZero = (rate: Rate) => rate === '0.0000';

function adjust(rate: Rate, adjustment: RateAdjustmentInput, field: 'pay' | 'bill', id: string): Rate {
  let next: Decimal;
  if ('set' in adjustment) next = new Decimal(adjustment.set);
  else if ('raiseBy' in adjustment) next = new Decimal(rate).plus(adjustment.raiseBy);
  else if ('lowerBy' in adjustment) next = new Decimal(rate).minus(adjustment.lowerBy);
  else if ('raiseByPercent' in adjustment) next = cents(new Decimal(rate).times(hundred.plus(adjustment.raiseByPercent)).div(hundred));
  else next = cents(new Decimal(rate).times(hundred.minus(adjustment.lowerByPercent)).div(hundred));
  if (next.isNegative()) {
    throw new StaffcoreError('BUSINESS_RULE', messages.rateBelowZero(id, field, next.toFixed(2)), {
      details: { entity: 'assignments', id, path: [field] },
    });
  }
  return rateOf(next);
}

function margin(pay: Rate, bill: Rate): { perHour: Money; percent: string | null } {
  const spread = new Decimal(bill).minus(pay);
  return {
    perHour: cents(spread).toFixed(2) as Money,
    percent: isZero(bill) ? null : cents(spread.times(hundred).div(bill)).toFixed(2),
  };
}

/**
 * Plans a change to the rates of a batch of assignments (`assignments.massUpdateRates`): pay and
 * bill each set to an amount, raised or lowered by an amount, or by a percent (rounded half-up to
 * the cent); a rate left out stays; `keepMarkup` moves the bill rate with the pay rate. The new
 * records come from one immer `produce` over the batch that writes only the fields that change,
 * so an unchanged assignment is the same object, and a batch where nothing changes is returned as is.
 *
 * @param assignments - the selected assignments
 * @param plan - how the rates change
 * @returns the assignments after, every row's before and after, and how many change
 * @throws StaffcoreError `BUSINESS_RULE` naming the assignment when a rate would fall below zero
 * @example
 * ```ts
 * const { rows } = planRateChange([assignment], { pay: { raiseByPercent: '3' }, keepMarkup: true });
 * rows[0].payRate //=> { before: '18.5000', after: '19.0600' }
 * rows[0].billRate //=> { before: '27.7500', after: '28.5900' }
 * ```
 * @category Rules
 */
export function planRateChange(assignments: readonly Assignment[], plan: RateChangePlan): RateChangePlanResult {
  const { pay, bill, keepMarkup = false } = plan;
  const rows: RateChangeRow[] = [];
  let changed = 0;
  const next = immer.produce(assignments, (draft) => {
    // Reads go to the base array: touching only the drafts of changed records keeps the proxies few.
    for (let index = 0; index < assignments.length; index += 1) {
      const assignment = assignments[index] as Assignment;
      const payAfter = pay ? adjust(assignment.payRate, pay, 'pay', assignment.id) : assignment.payRate;
      let billAfter = bill ? adjust(assignment.billRate, bill, 'bill', assignment.id) : assignment.billRate;
      if (keepMarkup && !bill && payAfter !== assignment.payRate && !isZero(assignment.payRate)) {
        billAfter = rateOf(cents(new Decimal(payAfter).times(assignment.billRate).div(assignment.payRate)));
      }
      const isChanged = payAfter !== assignment.payRate || billAfter !== assignment.billRate;
      if (isChanged) {
        changed += 1;
        const target = draft[index] as Assignment;
        if (payAfter !== assignment.payRate) target.payRate = payAfter;
        if (billAfter !== assignment.billRate) target.billRate = billAfter;
      }
      const before = margin(assignment.payRate, assignment.billRate);
      const after = isChanged ? margin(payAfter, billAfter) : before;
      rows.push({
        assignmentId: assignment.id,
        customerId: assignment.customerId,
        orderId: assignment.orderId,
        employeeId: assignment.employeeId,
        jobTitle: assignment.jobTitle,
        version: assignment.version,
        changed: isChanged,
        payRate: { before: assignment.payRate, after: payAfter },
        billRate: { before: assignment.billRate, after: billAfter },
        gpPerHour: { before: before.perHour, after: after.perHour },
        gpPercent: { before: before.percent, after: after.percent },
      });
    }
  });
  return { next, rows, changed };
}
