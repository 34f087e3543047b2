import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The decimal type staffcore computes money and rates with: decimal.js with 40 significant digits
 * and half-up rounding, a private clone so a host's own decimal.js settings are untouched.
 * @category Records
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
/**
 * An exact decimal value.
 * @category Records
 */
export type Decimal = DecimalJs;
