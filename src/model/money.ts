import * as z from 'zod';
import { Decimal } from './decimal.js';

const decimalString = (maxScale: number, what: string) =>
  z
    .union([z.string(), z.number()])
    .transform((value, ctx) => {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a finite decimal` });
        return z.NEVER;
      }
      const text = typeof value === 'number' ? String(value) : value.trim();
      if (!/^-?\d{1,15}(\.\d+)?$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a decimal such as "12.50"` });
        return z.NEVER;
      }
      const parsed = new Decimal(text);
      if (parsed.decimalPlaces() > maxScale) {
        ctx.addIssue({ code: 'custom', message: `${what} has more than ${maxScale} decimal places` });
        return z.NEVER;
      }
      return parsed.toFixed(maxScale);
    });

/**
 * An amount of money as an exact decimal string with two places (`"1250.00"`). Input may be a decimal
 * string or a number with at most two places; output is always the canonical string.
 *
 * @example
 * ```ts
 * Money.parse('12.5') //=> '12.50'
 * ```
 */
export const Money = decimalString(2, 'money').brand<'Money'>();
/** An amount of money as a canonical two-place decimal string. */
export type Money = z.infer<typeof Money>;

/**
 * An hourly rate (pay or bill) as an exact decimal string with four places (`"18.5000"`).
 */
export const Rate = decimalString(4, 'rate').brand<'Rate'>();
/** An hourly rate as a canonical four-place decimal string. */
export type Rate = z.infer<typeof Rate>;

/**
 * A quantity of hours as an exact decimal string with two places.
 */
export const Hours = decimalString(2, 'hours').brand<'Hours'>();
/** A quantity of hours as a canonical two-place decimal string. */
export type Hours = z.infer<typeof Hours>;

/**
 * Rounds an exact decimal to cents (half up) and returns it as {@link Money}.
 *
 * @param value - a decimal, or a decimal string
 * @returns the canonical money string
 * @example
 * ```ts
 * toMoney(new Decimal('2.345')) //=> '2.35'
 * ```
 */
export function toMoney(value: Decimal | string): Money {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) as Money;
}

/**
 * Adds amounts of money exactly.
 *
 * @param amounts - the amounts to add
 * @returns their sum, as {@link Money}
 * @example
 * ```ts
 * sumMoney(['0.10', '0.20']) //=> '0.30'
 * ```
 */
export function sumMoney(amounts: readonly (Money | string)[]): Money {
  return toMoney(amounts.reduce<Decimal>((total, amount) => total.plus(amount), new Decimal(0)));
}
