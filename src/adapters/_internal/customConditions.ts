import * as z from 'zod';
import { parseOptions, validationError } from '../../errors/index.js';
import { CustomValueSchema, customFieldNamePattern, customStringLimit, type CustomValue, type CustomValues } from '../../model/customValues.js';
import type { CustomCondition } from '../../rules/customFields.js';
import { compareCodePoints } from '../port/sortKey.js';
import { checkQueryText } from './storable.js';

const bound = z.union([z.string().max(customStringLimit), z.number()]).optional();
const field = z.string().regex(customFieldNamePattern);

/** The custom conditions of a search: an equality, or a range with either end. */
const CustomConditions = z
  .array(z.union([z.strictObject({ field, equals: CustomValueSchema }), z.strictObject({ field, from: bound, to: bound })]))
  .max(100);

/**
 * Checks the custom conditions of a customer search (a store's own check: the action has checked
 * them against the declaration already).
 * @param conditions - the `custom` of a `CustomerSearch`
 * @returns the conditions
 * @throws StaffcoreError `VALIDATION` naming `['custom', index, …]`
 */
export function checkCustomConditions(conditions: unknown): readonly CustomCondition[] {
  const result = CustomConditions.safeParse(conditions, parseOptions);
  if (!result.success) throw validationError(result.error, 'search', ['custom']);
  const checked = conditions as readonly CustomCondition[];
  checked.forEach((condition, i) => {
    for (const end of ['equals', 'from', 'to'] as const) {
      const value = (condition as Readonly<Record<string, unknown>>)[end];
      if (typeof value === 'string') checkQueryText(value, ['custom', i, end]);
    }
  });
  return checked;
}

/**
 * The key of a value in an equality index: its JSON type and value, so `'1'`, `1` and `true` are
 * three keys; `-0` is `0`, as JSON stores it.
 * @param value - a stored custom value
 * @returns the key
 */
export function customValueKey(value: CustomValue): string {
  return value === null ? 'null' : `${typeof value}:${String(value)}`;
}

/** Whether a condition is an equality (otherwise a range). */
export const isEquality = (condition: CustomCondition): condition is Extract<CustomCondition, { equals: CustomValue }> => 'equals' in condition;

/**
 * The one type a range's values must have: that of its bounds, `null` when its bounds differ (the
 * range matches nothing), `'any'` without bounds (any number or string matches).
 */
export function rangeType(range: { readonly from?: string | number; readonly to?: string | number }): 'number' | 'string' | 'any' | null {
  const types = new Set([range.from, range.to].filter((end) => end !== undefined).map((end) => typeof end));
  if (types.size === 0) return 'any';
  if (types.size > 1) return null;
  return types.has('number') ? 'number' : 'string';
}

/** Compares two values of one type: numbers numerically, strings by code point. */
export const compareCustomValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : compareCodePoints(String(a), String(b));

/**
 * Whether one stored value meets one condition.
 * @param value - the record's value of the condition's field (`undefined` when it has none)
 * @param condition - the condition
 */
export function meetsCustomCondition(value: CustomValue | undefined, condition: CustomCondition): boolean {
  if (value === undefined) return false;
  if (isEquality(condition)) return value === condition.equals;
  const type = rangeType(condition);
  if (type === null || (typeof value !== 'number' && typeof value !== 'string') || (type !== 'any' && typeof value !== type)) return false;
  const { from, to } = condition;
  return (from === undefined || compareCustomValues(value, from) >= 0) && (to === undefined || compareCustomValues(value, to) <= 0);
}

/**
 * Whether a record's custom values meet every condition.
 * @param custom - the record's custom values (`undefined` for a record saved before they existed)
 * @param conditions - the conditions
 */
export function meetsCustomConditions(custom: CustomValues | undefined, conditions: readonly CustomCondition[]): boolean {
  return conditions.every((condition) => meetsCustomCondition(custom !== undefined && Object.hasOwn(custom, condition.field) ? custom[condition.field] : undefined, condition));
}
