import type { CustomValue, CustomValues } from '../../../model/customValues.js';
import type { CustomCondition } from '../../../rules/customFields.js';
import { compareCustomValues, customValueKey, isEquality, rangeType } from '../../_internal/customConditions.js';

/** One value of a field in a range index. */
interface Entry {
  readonly value: string | number;
  readonly id: string;
}

/** A field's number values and string values, each sorted, for range searches. */
interface Sorted {
  readonly number: readonly Entry[];
  readonly string: readonly Entry[];
}

/** The first index of `entries` whose value is not below `value` (`strict`: above it). */
function boundary(entries: readonly Entry[], value: string | number, strict: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareCustomValues(entries[mid]!.value, value);
    if (strict ? order <= 0 : order < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the committed records' custom values: for each field, the ids holding each value
 * (equality searches), and, built on the first range search of a field and dropped when a write
 * changes one of its values, the number and string values in order (range searches). Like the
 * table's other indexes it holds committed rows only: a transaction's own writes are checked one by one.
 */
export class CustomIndex {
  private readonly equal = new Map<string, Map<string, Set<string>>>();
  private readonly sorted = new Map<string, Sorted>();

  /** Indexes a committed record's values. */
  add(id: string, custom: CustomValues | undefined): void {
    for (const [field, value] of Object.entries(custom ?? {})) {
      let values = this.equal.get(field);
      if (!values) this.equal.set(field, (values = new Map()));
      const key = customValueKey(value);
      let ids = values.get(key);
      if (!ids) values.set(key, (ids = new Set()));
      ids.add(id);
      this.sorted.delete(field);
    }
  }

  /** Takes a committed record's values out. */
  remove(id: string, custom: CustomValues | undefined): void {
    for (const [field, value] of Object.entries(custom ?? {})) {
      const values = this.equal.get(field);
      const key = customValueKey(value);
      const ids = values?.get(key);
      ids?.delete(id);
      if (ids?.size === 0) values!.delete(key);
      this.sorted.delete(field);
    }
  }

  clear(): void {
    this.equal.clear();
    this.sorted.clear();
  }

  /**
   * The committed records that meet a condition, from the index: exactly those for an equality,
   * those with a value of the range's type within it for a range.
   * @param condition - the condition
   * @returns the ids, and how many there are
   */
  lookup(condition: CustomCondition): { readonly size: number; readonly ids: Iterable<string> } {
    if (isEquality(condition)) {
      const ids = this.equal.get(condition.field)?.get(customValueKey(condition.equals)) ?? new Set<string>();
      return { size: ids.size, ids };
    }
    const type = rangeType(condition);
    if (type === null) return { size: 0, ids: [] };
    const sorted = this.sortedOf(condition.field);
    const runs = (type === 'any' ? [sorted.number, sorted.string] : [sorted[type]]).map((entries) => {
      const start = condition.from === undefined ? 0 : boundary(entries, condition.from, false);
      const end = condition.to === undefined ? entries.length : boundary(entries, condition.to, true);
      return { entries, start, end: Math.max(start, end) };
    });
    const ids = function* () {
      for (const run of runs) for (let i = run.start; i < run.end; i++) yield run.entries[i]!.id;
    };
    return { size: runs.reduce((sum, run) => sum + run.end - run.start, 0), ids: { [Symbol.iterator]: ids } };
  }

  /** A field's values in order, built once until a write changes one of them. */
  private sortedOf(field: string): Sorted {
    let sorted = this.sorted.get(field);
    if (sorted) return sorted;
    const number: Entry[] = [];
    const string: Entry[] = [];
    for (const [key, ids] of this.equal.get(field) ?? []) {
      const value = valueOfKey(key);
      if (typeof value !== 'number' && typeof value !== 'string') continue;
      for (const id of ids) (typeof value === 'number' ? number : string).push({ value, id });
    }
    const order = (a: Entry, b: Entry) => compareCustomValues(a.value, b.value);
    this.sorted.set(field, (sorted = { number: number.sort(order), string: string.sort(order) }));
    return sorted;
  }
}

/** The value an equality key stands for. */
function valueOfKey(key: string): CustomValue {
  if (key === 'null') return null;
  const colon = key.indexOf(':');
  const type = key.slice(0, colon);
  const text = key.slice(colon + 1);
  return type === 'number' ? Number(text) : type === 'boolean' ? text === 'true' : text;
}
