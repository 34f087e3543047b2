import { addDays, differenceInCalendarDays, getYear } from 'date-fns';
import { Decimal } from '../model/decimal.js';
import type { Money } from '../model/money.js';
import { fieldError, hundred, readDecimal, zero, type DecimalInput } from './_internal/decimalInput.js';
import * as messages from '../errors/messages.js';

export type { DecimalInput } from './_internal/decimalInput.js';

/**
 * An employer tax as a percent of wages, optionally only on the first `wageBase` of an employee's
 * wages in a calendar year (FUTA: 0.6 % of the first 7,000.00).
 * @category Rules
 */
export interface PayrollTax {
  /** The rate, in percent of wages (`'0.6'` is 0.6 %). */
  readonly rate: DecimalInput;
  /**
   * The annual wage base: only the first this much of an employee's wages paid in a calendar year
   * is taxed (a week's wages are paid in the year of its last day); `null` or left out for no cap.
   */
  readonly wageBase?: DecimalInput | null | undefined;
  /** `false` switches the tax off (a toggle in a form); on by default. */
  readonly enabled?: boolean;
}

/**
 * An additional burden (per customer, order or assignment): a percent of pay, or an amount per hour worked.
 * @category Rules
 */
export type AdditionalBurden = { readonly percentOfPay: DecimalInput } | { readonly perHour: DecimalInput };

/**
 * The employer's costs on top of wages, and the VMS/MSP fee: every field optional, left out is none.
 * @category Rules
 */
export interface BurdenInput {
  /** Social security (FICA OASDI), e.g. `{ rate: '6.2', wageBase: '176100' }`. */
  readonly fica?: PayrollTax;
  /** Medicare, e.g. `{ rate: '1.45' }`. */
  readonly medicare?: PayrollTax;
  /** Federal unemployment, e.g. `{ rate: '0.6', wageBase: '7000' }`. */
  readonly futa?: PayrollTax;
  /** State unemployment, e.g. `{ rate: '2.7', wageBase: '42000' }`. */
  readonly suta?: PayrollTax;
  /** The worker-comp rate of the code, in percent of wages (dollars per 100.00 of payroll). */
  readonly workerCompRate?: DecimalInput;
  /** The branch's burden, in percent of wages. */
  readonly branchBurdenPercent?: DecimalInput;
  /** An additional burden: a percent of pay, or an amount per hour worked. */
  readonly additionalBurden?: AdditionalBurden;
  /** A VMS/MSP fee in percent of billing, counted as a cost. */
  readonly vmsFeePercent?: DecimalInput;
}

/**
 * Overtime and double time, and the dates that wage-base caps need.
 * @category Rules
 */
export interface HoursInput {
  /** Regular hours per week. */
  readonly hoursPerWeek: DecimalInput;
  /** Overtime hours per week; none when left out. */
  readonly overtimeHoursPerWeek?: DecimalInput;
  /** Double-time hours per week; none when left out. */
  readonly doubleTimeHoursPerWeek?: DecimalInput;
  /** What an overtime hour pays, as a multiple of the pay rate; `1.5` when left out. */
  readonly overtimePayFactor?: DecimalInput;
  /** What an overtime hour bills, as a multiple of the bill rate; `1.5` when left out. */
  readonly overtimeBillFactor?: DecimalInput;
  /** What a double-time hour pays, as a multiple of the pay rate; `2` when left out. */
  readonly doubleTimePayFactor?: DecimalInput;
  /** What a double-time hour bills, as a multiple of the bill rate; `2` when left out. */
  readonly doubleTimeBillFactor?: DecimalInput;
  /** The duration in whole weeks, 1 to 520. */
  readonly weeks: number;
  /** The first day of the first week (`YYYY-MM-DD`); required when any tax has a wage base. */
  readonly startDate?: string;
  /**
   * Wages the employee was already paid in the start date's calendar year before the start date;
   * they count towards that year's wage bases (not at all when the first week is paid in the next
   * year: one starting in the last six days of December).
   */
  readonly wagesPaidThisYear?: DecimalInput;
}

/**
 * What {@link grossProfit} works from: the two rates, the hours and the burden.
 * @category Rules
 */
export interface GrossProfitInput extends HoursInput, BurdenInput {
  /** The employee's hourly pay rate. */
  readonly payRate: DecimalInput;
  /** The customer's hourly bill rate. */
  readonly billRate: DecimalInput;
}

/**
 * The employer's costs of one week (or in all), by kind, each rounded to the cent.
 * @category Rules
 */
export interface BurdenFigures {
  readonly fica: Money;
  readonly medicare: Money;
  readonly futa: Money;
  readonly suta: Money;
  readonly workerComp: Money;
  readonly branch: Money;
  readonly additional: Money;
  /** Their sum. */
  readonly total: Money;
}

/**
 * The figures of one week, or of the whole duration.
 * @category Rules
 */
export interface GrossProfitFigures {
  /** Hours worked (regular, overtime and double time). */
  readonly hours: string;
  /** What the customer is billed. */
  readonly billed: Money;
  /** What the employee is paid (wages). */
  readonly paid: Money;
  /** The employer's burden on those wages. */
  readonly burden: BurdenFigures;
  /** The VMS/MSP fee on the billing. */
  readonly vmsFee: Money;
  /** Wages, burden and fee: `paid + burden.total + vmsFee`. */
  readonly cost: Money;
  /** `billed − cost`, exactly. */
  readonly grossProfit: Money;
}

/**
 * A run of consecutive weeks with the same figures (a wage base reached, or a new year, starts a new run).
 * @category Rules
 */
export interface GrossProfitPeriod {
  /** The first week of the run, counted from 1. */
  readonly firstWeek: number;
  /** The last week of the run. */
  readonly lastWeek: number;
  /** The first day of the run, or `null` without a start date. */
  readonly startDate: string | null;
  /** The last day of the run, or `null` without a start date. */
  readonly endDate: string | null;
  /** The figures of each week of the run. */
  readonly perWeek: GrossProfitFigures;
}

/**
 * What {@link grossProfit} works out.
 * @category Rules
 */
export interface GrossProfitResult {
  /** Gross profit over the whole duration (`totals.grossProfit`). */
  readonly grossProfit: Money;
  /** Gross profit per week on average: the total over the weeks, to the cent. */
  readonly grossProfitPerWeek: Money;
  /** Gross profit per hour worked on average, to the cent; `null` when no hour is worked. */
  readonly grossProfitPerHour: Money | null;
  /** Gross profit in percent of billing, to two places; `null` when nothing is billed (see `gpPercentReason`). */
  readonly gpPercent: string | null;
  /** Why `gpPercent` is `null`, else `null`. */
  readonly gpPercentReason: string | null;
  /** The markup of the bill rate over the pay rate, in percent to two places; `null` when the pay rate is zero. */
  readonly markupPercent: string | null;
  /** Why `markupPercent` is `null`, else `null`. */
  readonly markupPercentReason: string | null;
  /** The figures over the whole duration: the sums of the weeks. */
  readonly totals: GrossProfitFigures;
  /** The weeks, as runs of equal weeks, in order; their figures times their lengths add up to `totals`. */
  readonly periods: readonly GrossProfitPeriod[];
}

const what = 'gross-profit input';
const taxes = ['fica', 'medicare', 'futa', 'suta'] as const;
type TaxName = (typeof taxes)[number];
const cents = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const money = (value: Decimal): Money => (value.isZero() ? '0.00' : value.toFixed(2)) as Money;
// Most burden lines are zero for most callers; skipping them keeps the exact version near the float one.
const add = (sum: Decimal, value: Decimal): Decimal => (value.isZero() ? sum : sum.isZero() ? value : sum.plus(value));
const percentOf = (value: Decimal, percent: Decimal): Decimal => (percent.isZero() ? zero : cents(value.times(percent).div(hundred)));
const optional = (path: readonly (string | number)[], value: unknown, fallback: Decimal): Decimal =>
  value === undefined ? fallback : readDecimal(what, path, value);
const onePointFive = /* @__PURE__ */ new Decimal('1.5');
const two = /* @__PURE__ */ new Decimal(2);

interface Tax {
  readonly rate: Decimal;
  readonly wageBase: Decimal | null;
}

/** The checked input, as exact decimals. */
interface Checked {
  readonly payRate: Decimal;
  readonly billRate: Decimal;
  readonly hours: Decimal;
  readonly regular: Decimal;
  readonly overtime: Decimal;
  readonly doubleTime: Decimal;
  readonly otPay: Decimal;
  readonly otBill: Decimal;
  readonly dtPay: Decimal;
  readonly dtBill: Decimal;
  readonly weeks: number;
  readonly start: Date | null;
  readonly wagesPaidThisYear: Decimal;
  readonly taxes: { readonly [K in TaxName]: Tax | null };
  readonly workerComp: Decimal;
  readonly branch: Decimal;
  readonly additional: { readonly percent: Decimal } | { readonly perHour: Decimal } | null;
  readonly vmsFee: Decimal;
}

/** A `YYYY-MM-DD` day as local midnight (as date-fns' `parseISO` reads it), or `null` when it is no such day. */
function localDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

function readTax(name: TaxName, value: unknown): Tax | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') throw fieldError(what, [name], messages.taxNotAnObject);
  const tax = value as PayrollTax;
  if (tax.enabled !== undefined && typeof tax.enabled !== 'boolean') throw fieldError(what, [name, 'enabled'], messages.expected(messages.trueOrFalse));
  const rate = readDecimal(what, [name, 'rate'], tax.rate);
  const wageBase = tax.wageBase === undefined || tax.wageBase === null ? null : readDecimal(what, [name, 'wageBase'], tax.wageBase);
  return tax.enabled === false || rate.isZero() ? null : { rate, wageBase };
}

function readAdditional(value: unknown): Checked['additional'] {
  if (value === undefined || value === null) return null;
  const burden = value as Partial<{ percentOfPay: unknown; perHour: unknown }>;
  if (typeof value !== 'object' || ('percentOfPay' in burden) === ('perHour' in burden)) {
    throw fieldError(what, ['additionalBurden'], messages.burdenEitherOr);
  }
  return 'percentOfPay' in burden
    ? { percent: readDecimal(what, ['additionalBurden', 'percentOfPay'], burden.percentOfPay) }
    : { perHour: readDecimal(what, ['additionalBurden', 'perHour'], burden.perHour) };
}

/**
 * Checks the calculator's input and reads every figure as an exact decimal.
 * @internal
 * @category Rules
 */
export function checkGrossProfitInput(input: Omit<GrossProfitInput, 'billRate'> & { readonly billRate?: DecimalInput }, billRate: Decimal | null): Checked {
  if (typeof input !== 'object' || input === null) throw fieldError(what, [], messages.expected(messages.anObject));
  const weeks = input.weeks;
  if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > 520) {
    throw fieldError(what, ['weeks'], weeks === undefined ? messages.required : messages.weeksOutOfRange);
  }
  const regular = readDecimal(what, ['hoursPerWeek'], input.hoursPerWeek);
  const overtime = optional(['overtimeHoursPerWeek'], input.overtimeHoursPerWeek, zero);
  const doubleTime = optional(['doubleTimeHoursPerWeek'], input.doubleTimeHoursPerWeek, zero);
  const checkedTaxes = {
    fica: readTax('fica', input.fica),
    medicare: readTax('medicare', input.medicare),
    futa: readTax('futa', input.futa),
    suta: readTax('suta', input.suta),
  };
  const capped = taxes.some((name) => checkedTaxes[name]?.wageBase);
  let start: Date | null = null;
  if (input.startDate !== undefined) {
    start = typeof input.startDate === 'string' ? localDay(input.startDate) : null;
    if (start === null) throw fieldError(what, ['startDate'], messages.badFormat(messages.calendarDateFormat));
  } else if (capped) {
    throw fieldError(what, ['startDate'], messages.startDateForWageBase);
  }
  return {
    payRate: readDecimal(what, ['payRate'], input.payRate),
    billRate: billRate ?? readDecimal(what, ['billRate'], input.billRate),
    regular,
    overtime,
    doubleTime,
    hours: regular.plus(overtime).plus(doubleTime),
    otPay: optional(['overtimePayFactor'], input.overtimePayFactor, onePointFive),
    otBill: optional(['overtimeBillFactor'], input.overtimeBillFactor, onePointFive),
    dtPay: optional(['doubleTimePayFactor'], input.doubleTimePayFactor, two),
    dtBill: optional(['doubleTimeBillFactor'], input.doubleTimeBillFactor, two),
    weeks,
    start,
    wagesPaidThisYear: optional(['wagesPaidThisYear'], input.wagesPaidThisYear, zero),
    taxes: checkedTaxes,
    workerComp: optional(['workerCompRate'], input.workerCompRate, zero),
    branch: optional(['branchBurdenPercent'], input.branchBurdenPercent, zero),
    additional: readAdditional(input.additionalBurden),
    vmsFee: optional(['vmsFeePercent'], input.vmsFeePercent, zero),
  };
}

/** One line of a pay check or an invoice: rate × factor × hours, to the cent. */
const line = (rate: Decimal, factor: Decimal | null, hours: Decimal): Decimal =>
  hours.isZero() ? zero : cents((factor ? rate.times(factor) : rate).times(hours));

type Part = 'billed' | 'paid' | TaxName | 'workerComp' | 'branch' | 'additional' | 'vmsFee';
type Parts = { [K in Part]: Decimal };
const burdens = [...taxes, 'workerComp', 'branch', 'additional'] as const;
const parts: readonly Part[] = ['billed', 'paid', 'vmsFee', ...burdens];

/** `YYYY-MM-DD` of a local day. */
const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The figures of rounded parts: the burden, the cost and the gross profit follow exactly. */
function figuresOf(p: Parts, hours: Decimal): GrossProfitFigures {
  const burden = {} as Record<(typeof burdens)[number] | 'total', Money>;
  let total = zero;
  for (const name of burdens) {
    burden[name] = money(p[name]);
    total = add(total, p[name]);
  }
  burden.total = money(total);
  const cost = add(add(p.paid, total), p.vmsFee);
  return { hours: hours.toString(), billed: money(p.billed), paid: money(p.paid), burden, vmsFee: money(p.vmsFee), cost: money(cost), grossProfit: money(p.billed.minus(cost)) };
}

/**
 * Works out the figures for a checked input.
 * @internal
 * @category Rules
 */
export function computeGrossProfit(c: Checked): GrossProfitResult {
  // A week is one pay check and one invoice: each line (regular, overtime, double time) is rounded
  // to the cent, as payroll and billing round them.
  const paid = line(c.payRate, null, c.regular).plus(line(c.payRate, c.otPay, c.overtime)).plus(line(c.payRate, c.dtPay, c.doubleTime));
  const billed = line(c.billRate, null, c.regular).plus(line(c.billRate, c.otBill, c.overtime)).plus(line(c.billRate, c.dtBill, c.doubleTime));
  const extra = c.additional;
  const fullWeek: Parts = {
    billed,
    paid,
    fica: c.taxes.fica ? percentOf(paid, c.taxes.fica.rate) : zero,
    medicare: c.taxes.medicare ? percentOf(paid, c.taxes.medicare.rate) : zero,
    futa: c.taxes.futa ? percentOf(paid, c.taxes.futa.rate) : zero,
    suta: c.taxes.suta ? percentOf(paid, c.taxes.suta.rate) : zero,
    workerComp: percentOf(paid, c.workerComp),
    branch: percentOf(paid, c.branch),
    additional: extra === null ? zero : 'percent' in extra ? percentOf(paid, extra.percent) : cents(c.hours.times(extra.perHour)),
    vmsFee: percentOf(billed, c.vmsFee),
  };

  const runs: { first: number; last: number; week: Parts }[] = [];
  const capped = taxes.filter((name) => c.taxes[name]?.wageBase);
  if (capped.length === 0 || c.start === null) {
    runs.push({ first: 1, last: c.weeks, week: fullWeek });
  } else {
    // Wages count towards a wage base in the calendar year of the week's last day (a week is paid
    // once it is worked); each January the bases start again.
    let year = getYear(addDays(c.start, 6));
    // Days from the start to the next January 1: a week whose last day is that far or further is in the next year.
    let newYear = differenceInCalendarDays(new Date(year + 1, 0, 1), c.start);
    // The wages paid before the start were paid in the start date's year: a first week paid in the
    // next year (started in the last days of December) begins that year's bases afresh.
    let paidThisYear = year === getYear(c.start) ? c.wagesPaidThisYear : zero;
    for (let index = 1; index <= c.weeks; index += 1) {
      if (7 * index - 1 >= newYear) {
        year += 1;
        newYear = differenceInCalendarDays(new Date(year + 1, 0, 1), c.start);
        paidThisYear = zero;
      }
      let week = fullWeek;
      for (const name of capped) {
        const tax = c.taxes[name] as Tax;
        const left = (tax.wageBase as Decimal).minus(paidThisYear);
        if (left.gte(paid)) continue;
        week = { ...week, [name]: left.lte(zero) ? zero : percentOf(left, tax.rate) };
      }
      paidThisYear = paidThisYear.plus(paid);
      const previous = runs.at(-1);
      if (previous && taxes.every((name) => previous.week[name].eq(week[name]))) previous.last = index;
      else runs.push({ first: index, last: index, week });
    }
  }

  const periods = runs.map(({ first, last, week }): GrossProfitPeriod => ({
    firstWeek: first,
    lastWeek: last,
    startDate: c.start ? dayOf(addDays(c.start, 7 * (first - 1))) : null,
    endDate: c.start ? dayOf(addDays(c.start, 7 * last - 1)) : null,
    perWeek: figuresOf(week, c.hours),
  }));

  // The totals are the sums of the weeks, so the weeks always add up to them to the cent.
  const sums = {} as Parts;
  for (const part of parts) {
    sums[part] = runs.reduce((sum, run) => (run.week[part].isZero() ? sum : add(sum, run.week[part].times(run.last - run.first + 1))), zero);
  }
  const weeks = new Decimal(c.weeks);
  const totalHours = c.hours.times(weeks);
  const totals = figuresOf(sums, totalHours);
  const gp = new Decimal(totals.grossProfit);
  const percent = (part: Decimal, whole: Decimal) => part.times(hundred).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  const gpPercent = sums.billed.isZero() ? null : percent(gp, sums.billed);
  const markupPercent = c.payRate.isZero() ? null : percent(c.billRate.minus(c.payRate), c.payRate);
  return {
    grossProfit: totals.grossProfit,
    grossProfitPerWeek: money(cents(gp.div(weeks))),
    grossProfitPerHour: totalHours.isZero() ? null : money(cents(gp.div(totalHours))),
    gpPercent,
    gpPercentReason: gpPercent !== null ? null : messages.gpPercentUndefined(c.billRate.isZero()),
    markupPercent,
    markupPercentReason: markupPercent === null ? messages.markupPercentUndefined : null,
    totals,
    periods,
  };
}

/**
 * The gross-profit calculator: what a placement earns at a pay rate and a bill rate over a number
 * of weeks, with the employer's burden worked out as payroll works it out.
 *
 * Exact decimal arithmetic throughout (decimal.js), never binary floats. Rounding: each week is one
 * pay check and one invoice, so each of its lines (regular, overtime and double-time pay and
 * billing; each tax, the worker comp, the branch and additional burden, the VMS fee) is rounded
 * half-up to the cent; the totals are the sums of the weeks, so the weeks add up to the totals
 * without a lost cent, and `grossProfit = billed − cost` holds exactly, per week and in total.
 * The per-hour and per-week averages and the percentages are rounded half-up (cents, two places).
 *
 * Burden: FICA, Medicare, FUTA and SUTA in percent of wages (each switchable, each optionally
 * capped at an annual wage base, applied week by week from `startDate`, starting again each
 * January; a week belongs to the year of its last day, so a week from 29 December to 4 January
 * starts the new year's bases, and `wagesPaidThisYear` counts only towards the start date's
 * year); the worker-comp rate, the branch burden
 * and a percent-of-pay additional burden on all wages; a per-hour additional burden on all hours;
 * the VMS/MSP fee in percent of billing, counted as a cost.
 *
 * Pure and browser-safe: it imports no schema library, so a host can bundle it alone.
 *
 * @param input - the rates, the hours, the duration and the burden
 * @returns the gross profit per hour, per week and in all, GP % and markup %, the totals and the weeks
 * @throws StaffcoreError `VALIDATION` naming the field: a negative or non-numeric figure, weeks
 *   outside 1–520, a wage base without a start date
 * @example
 * ```ts
 * const gp = grossProfit({ payRate: '18.50', billRate: '27.75', hoursPerWeek: 40, weeks: 13, medicare: { rate: '1.45' } });
 * gp.grossProfitPerWeek //=> '359.27'
 * gp.gpPercent //=> '32.37'
 * gp.markupPercent //=> '50.00'
 * ```
 * @category Rules
 */
export function grossProfit(input: GrossProfitInput): GrossProfitResult {
  return computeGrossProfit(checkGrossProfitInput(input, null));
}
