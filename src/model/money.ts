import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

const decimalPattern = /^(-?)(\d{1,15})(?:\.(\d+))?$/;

// Checked and made canonical with string operations rather than decimal.js, so that validating a
// record (which every store does) does not bring decimal.js into a host's bundle; only arithmetic
// (toMoney, sumMoney) does. A test checks the result against decimal.js.
const decimalString = (maxScale: number, what: string, signed = true) =>
  z
    .union([z.string(worded), z.number(worded)], worded)
    .transform((value, ctx) => {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        ctx.addIssue({ code: 'custom', message: messages.decimalNotFinite(what) });
        return z.NEVER;
      }
      const text = typeof value === 'number' ? String(value) : value.trim();
      const match = decimalPattern.exec(text);
      if (!match) {
        ctx.addIssue({ code: 'custom', message: messages.decimalFormat(what) });
        return z.NEVER;
      }
      const [, sign = '', whole = '', fraction = ''] = match;
      if (!signed && sign === '-' && /[1-9]/.test(whole + fraction)) {
        ctx.addIssue({ code: 'custom', message: messages.decimalNegative(what) });
        return z.NEVER;
      }
      let places = fraction.length;
      while (places > 0 && fraction[places - 1] === '0') places -= 1;
      if (places > maxScale) {
        ctx.addIssue({ code: 'custom', message: messages.decimalPlaces(what, maxScale) });
        return z.NEVER;
      }
      const integer = whole.replace(/^0+(?=\d)/, '');
      const decimals = fraction.slice(0, places).padEnd(maxScale, '0');
      const isZero = integer === '0' && !/[1-9]/.test(decimals);
      return `${isZero ? '' : sign}${integer}.${decimals}`;
    });

/**
 * An amount of money as an exact decimal string with two places (`"1250.00"`). Input may be a decimal
 * string or a number with at most two places; output is always the canonical string.
 *
 * @example
 * ```ts
 * Money.parse('12.5') //=> '12.50'
 * ```
 * @category Records
 */
export const Money = decimalString(2, 'money').brand<'Money'>();
/**
 * An amount of money as a canonical two-place decimal string.
 * @category Records
 */
export type Money = z.infer<typeof Money>;

/**
 * An hourly rate (pay or bill) as an exact decimal string with four places (`"18.5000"`); never
 * negative.
 * @category Records
 */
export const Rate = decimalString(4, 'rate', false).brand<'Rate'>();
/**
 * An hourly rate as a canonical four-place decimal string.
 * @category Records
 */
export type Rate = z.infer<typeof Rate>;

/**
 * A quantity of hours as an exact decimal string with two places. Stored invoice lines may be
 * negative (a credit line); what a user keys in is {@link NonNegativeHours}.
 * @category Records
 */
export const Hours = decimalString(2, 'hours').brand<'Hours'>();
/**
 * A quantity of hours as a canonical two-place decimal string.
 * @category Records
 */
export type Hours = z.infer<typeof Hours>;

/**
 * Hours as keyed in (estimated, worked, billed on a new invoice): never negative.
 * @category Records
 */
export const NonNegativeHours = decimalString(2, 'hours', false).brand<'Hours'>();
