import type { CustomCondition } from '../../../rules/customFields.js';
import { customValueKey, isEquality, rangeType } from '../../_internal/customConditions.js';

/** The custom values of a row, as the GIN index on each table with custom values holds them. */
export const customColumn = "(data->'custom')";

/**
 * A search's custom conditions as SQL, every value bound in `params`. The equalities become one
 * containment of a JSON object (`(data->'custom') @> $n::jsonb`), which the table's
 * `jsonb_path_ops` GIN index answers; JSON containment compares types too, so `'1'` does not
 * contain `1`, and `{"f": null}` matches a stored null only. A range reads the field's value only
 * when it has the bounds' JSON type (`CASE WHEN jsonb_typeof(…)`, so no value of another type is
 * ever cast): numbers compare as `numeric`, strings under `COLLATE "C"` (by code point).
 * @param conditions - the checked conditions
 * @param params - the statement's parameters so far; the values are pushed onto it
 * @returns the SQL conditions, to AND with the others
 */
export function customConditionSql(conditions: readonly CustomCondition[], params: unknown[]): string[] {
  const sql: string[] = [];
  const equal: Record<string, unknown> = {};
  const keys = new Map<string, string>();
  for (const condition of conditions) {
    if (!isEquality(condition)) continue;
    const key = customValueKey(condition.equals);
    // one field asked equal to two different values matches nothing
    if (keys.has(condition.field) && keys.get(condition.field) !== key) return ['FALSE'];
    keys.set(condition.field, key);
    equal[condition.field] = condition.equals;
  }
  if (keys.size > 0) {
    params.push(JSON.stringify(equal));
    sql.push(`${customColumn} @> $${params.length}::jsonb`);
  }
  for (const condition of conditions) {
    if (isEquality(condition)) continue;
    const type = rangeType(condition);
    if (type === null) return ['FALSE'];
    params.push(condition.field);
    const value = `${customColumn}->$${params.length}::text`;
    if (type === 'any') {
      sql.push(`jsonb_typeof(${value}) IN ('number', 'string')`);
      continue;
    }
    const typed =
      type === 'number' ? `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric END)` : `(CASE WHEN jsonb_typeof(${value}) = 'string' THEN ${value} #>> '{}' END) COLLATE "C"`;
    const cast = type === 'number' ? 'numeric' : 'text';
    for (const [end, operator] of [[condition.from, '>='], [condition.to, '<=']] as const) {
      if (end === undefined) continue;
      params.push(type === 'number' ? String(end) : end);
      sql.push(`${typed} ${operator} $${params.length}::${cast}`);
    }
  }
  return sql;
}
