import { Decimal } from './decimal.js';
import type { Money } from './money.js';

/**
 * Rounds an exact decimal to cents (half up) and returns it as {@link Money}.
 *
 * @param value - a decimal, or a decimal string
 * @returns the canonical money string
 * @example
 * ```ts
 * toMoney(new Decimal('2.345')) //=> '2.35'
 * ```
 * @category Records
 */
export function toMoney(value: Decimal | string): Money {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) as Money;
}
