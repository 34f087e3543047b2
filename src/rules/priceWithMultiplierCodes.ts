import * as z from 'zod';
import * as messages from '../errors/messages.js';
import { Decimal } from '../model/decimal.js';
import { Rate } from '../model/index.js';
import type { ResolvedMultiplierCodes } from './resolveMultiplierCodes.js';

/**
 * A pay and bill rate pair after the multiplier codes, and what they said about it.
 * @category Rules
 */
export const PricedRates = z
  .strictObject({
    /** The pay rate: as given, or derived from the bill rate. */
    payRate: Rate.nullable(),
    /** The bill rate: as given, or derived from the pay rate. */
    billRate: Rate.nullable(),
    /** Which rate the codes derived (`null`: both given, or no code to derive with). */
    derived: z.enum(['payRate', 'billRate']).nullable(),
    /** The gross profit of the pair in percent of the bill rate, two places; `null` without both rates or with a zero bill rate. */
    gpPercent: z.string().nullable(),
    /** The markup of the pair in percent of the pay rate, two places; `null` without both rates or with a zero pay rate. */
    markupPercent: z.string().nullable(),
    /** Warnings: the pair falls under a minimum GP % or markup (never a refusal). */
    warnings: z.array(z.string()).readonly(),
  })
  .readonly();
/**
 * A pay and bill rate pair after the multiplier codes, and what they said about it.
 * @category Rules
 */
export type PricedRates = z.output<typeof PricedRates>;

const hundred = /* @__PURE__ */ new Decimal(100);
const twoPlaces = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const rate = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(4) as Rate;

/**
 * Applies a record's multiplier codes to the rates of a new order or assignment: key one rate and
 * the other follows — by the agreed markup, else the target markup, else the target GP % (to the
 * cent, half up) — and a pair under the minimum GP % or markup is flagged with a warning, never
 * refused. Margins here are before burden: `(bill − pay) / bill` and `(bill − pay) / pay`.
 *
 * @param rates - the pay and bill rates given (`null` for one left out)
 * @param codes - the record's effective codes (see `resolveMultiplierCodes`)
 * @param source - names the record in warnings (`customer 3`)
 * @returns the rates, which one was derived, the pair's margins and any warnings
 * @example
 * ```ts
 * priceWithMultiplierCodes({ payRate: '20.0000', billRate: null }, codes, 'customer 3')
 * //=> { payRate: '20.0000', billRate: '28.0000', derived: 'billRate', gpPercent: '28.57', markupPercent: '40.00', warnings: [] }
 * ```
 * @category Rules
 */
export function priceWithMultiplierCodes(
  rates: { readonly payRate: Rate | null; readonly billRate: Rate | null },
  codes: ResolvedMultiplierCodes,
  source: string,
): PricedRates {
  const { markupPercent, targetMarkupPercent, targetGpPercent, minGpPercent, minMarkupPercent } = codes.values;
  let { payRate, billRate } = rates;
  let derived: PricedRates['derived'] = null;
  const markup = markupPercent ?? targetMarkupPercent;
  if (payRate !== null && billRate === null) {
    if (markup !== null) billRate = rate(new Decimal(payRate).times(hundred.plus(markup)).div(hundred));
    else if (targetGpPercent !== null && new Decimal(targetGpPercent).lt(hundred)) billRate = rate(new Decimal(payRate).times(hundred).div(hundred.minus(targetGpPercent)));
    if (billRate !== null) derived = 'billRate';
  } else if (billRate !== null && payRate === null) {
    if (markup !== null) payRate = rate(new Decimal(billRate).times(hundred).div(hundred.plus(markup)));
    else if (targetGpPercent !== null) payRate = rate(new Decimal(billRate).times(hundred.minus(targetGpPercent)).div(hundred));
    if (payRate !== null) derived = 'payRate';
  }
  if (payRate === null || billRate === null) return { payRate, billRate, derived, gpPercent: null, markupPercent: null, warnings: [] };
  const spread = new Decimal(billRate).minus(payRate);
  const gp = new Decimal(billRate).isZero() ? null : spread.times(hundred).div(billRate);
  const up = new Decimal(payRate).isZero() ? null : spread.times(hundred).div(payRate);
  const warnings: string[] = [];
  const pair = messages.ratePair(twoPlaces(new Decimal(payRate)), twoPlaces(new Decimal(billRate)));
  if (minGpPercent !== null && (gp === null || gp.lt(minGpPercent))) {
    warnings.push(messages.underMinimumGp(pair, gp === null ? null : twoPlaces(gp), twoPlaces(new Decimal(minGpPercent)), source));
  }
  if (minMarkupPercent !== null && up !== null && up.lt(minMarkupPercent)) {
    warnings.push(messages.underMinimumMarkup(pair, twoPlaces(up), twoPlaces(new Decimal(minMarkupPercent)), source));
  }
  return { payRate, billRate, derived, gpPercent: gp === null ? null : twoPlaces(gp), markupPercent: up === null ? null : twoPlaces(up), warnings };
}
