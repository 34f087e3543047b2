import { Decimal } from './decimal.js';
import type { Money } from './money.js';
import { toMoney } from './toMoney.js';

/**
 * Adds amounts of money exactly.
 *
 * @param amounts - the amounts to add
 * @returns their sum, as {@link Money}
 * @example
 * ```ts
 * sumMoney(['0.10', '0.20']) //=> '0.30'
 * ```
 * @category Records
 */
export function sumMoney(amounts: readonly (Money | string)[]): Money {
  return toMoney(amounts.reduce<Decimal>((total, amount) => total.plus(amount), new Decimal(0)));
}
