import { StaffcoreError } from '../../errors/StaffcoreError.js';
import { Decimal } from '../../model/decimal.js';
import * as messages from '../../errors/messages.js';

/**
 * A decimal as a caller may give it to the calculator: a string such as `"18.50"`, or a number.
 * @category Rules
 */
export type DecimalInput = string | number;

const plainDecimal = /^-?\d{1,15}(?:\.\d{1,10})?$/;

/**
 * A `VALIDATION` error for one field, worded as `fieldError` words it, without zod (the calculator
 * keeps its bundle small).
 * @param what - what was being validated
 * @param path - the field
 * @param message - what is wrong
 * @returns the error to throw
 * @category Rules
 */
export function fieldError(what: string, path: readonly (string | number)[], message: string): StaffcoreError {
  const where = path.length > 0 ? path.join('.') : '(root)';
  return new StaffcoreError('VALIDATION', `Invalid ${what}: ${where}: ${message}`, { details: { path, issues: [{ path, message }] } });
}

/**
 * Reads a non-negative decimal input without zod (the calculator keeps its bundle small).
 * @param what - what is being validated, for the message
 * @param path - the field, for the error
 * @param value - the caller's value
 * @returns the exact decimal
 * @throws StaffcoreError `VALIDATION` naming the field: not a decimal, or negative
 * @category Rules
 */
export function readDecimal(what: string, path: readonly (string | number)[], value: unknown): Decimal {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : typeof value === 'string' ? value.trim() : null;
  if (text === null && value === undefined) throw fieldError(what, path, messages.required);
  if (text === null || !plainDecimal.test(text)) throw fieldError(what, path, messages.notADecimal);
  const decimal = new Decimal(text);
  if (decimal.isNegative() && !decimal.isZero()) throw fieldError(what, path, messages.notNegative);
  return decimal.isZero() ? zero : decimal;
}

/**
 * Zero, shared.
 * @category Rules
 */
export const zero = /* @__PURE__ */ new Decimal(0);
/**
 * One hundred, shared (percentages).
 * @category Rules
 */
export const hundred = /* @__PURE__ */ new Decimal(100);
