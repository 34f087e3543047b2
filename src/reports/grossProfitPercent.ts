import { Decimal } from '../model/decimal.js';
import type { Money } from '../model/index.js';

/**
 * Gross profit as a percent of billing, to two places (half up): `(billed − cost) / billed × 100`.
 * Nothing billed gives `null` ("not defined"), never NaN or a division by zero.
 *
 * @param billed - what was billed
 * @param cost - what it cost
 * @returns the percent as a decimal string, or `null` when nothing was billed
 * @example
 * ```ts
 * grossProfitPercent('1041.56', '692.08') //=> '33.55'
 * grossProfitPercent('0.00', '10.00') //=> null
 * ```
 * @category Reports
 */
export function grossProfitPercent(billed: Money | string, cost: Money | string): string | null {
  const total = new Decimal(billed);
  if (total.isZero()) return null;
  return total.minus(cost).dividedBy(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
