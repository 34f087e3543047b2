import type { CustomValue, CustomValues } from '../../../model/customValues.js';
import type { CustomCondition } from '../../../rules/customFields.js';
import { compareCustomValues, customValueKey, isEquality, rangeType } from '../../_internal/customConditions.js';
import type { Session } from './Session.js';

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
   * Moves a committed record's values in the index; a write that leaves them as they were changes nothing.
   * @param id - the record
   * @param was - its values before the write (`undefined` for a new record)
   * @param is - its values after (`undefined` for a removed record)
   */
  move(id: string, was: CustomValues | undefined, is: CustomValues | undefined): void {
    if (was === is || (was && is && sameValues(was, is))) return;
    this.remove(id, was);
    this.add(id, is);
  }

  /**
   * The customers that may meet a search's custom conditions, from the custom index: the committed
   * rows its narrowest condition matches, and every row the transaction wrote (its own writes are
   * not indexed); the caller checks each row exactly. `null` when the conditions narrow less than
   * the search's other filters (`others` rows), or match so many rows that walking the page's order
   * and filtering is cheaper than sorting them all (the trade `queryPage` makes for `where`).
   * @param session - the transaction
   * @param conditions - the custom conditions, at least one
   * @param others - how many rows the search's other filters leave at most (asked only when the
   *   candidates are more than a page: fewer are never worse)
   * @param limit - the page size
   * @returns the candidate ids, or `null`
   */
  candidates(session: Session, conditions: readonly CustomCondition[], others: () => number, limit: number): Iterable<string> | null {
    const table = session.table('customers');
    let narrowest: { readonly size: number; readonly ids: Iterable<string> } | null = null;
    for (const condition of conditions) {
      const found = this.lookup(condition);
      if (!narrowest || found.size < narrowest.size) narrowest = found;
      if (narrowest.size === 0) break;
    }
    const pending = session.writes.get('customers');
    const count = narrowest!.size + (pending?.size ?? 0);
    if (count * count > table.rows.size * (limit + 1) || (count > limit + 1 && count > others())) return null;
    if (!pending || pending.size === 0) return narrowest!.ids;
    const ids = new Set(narrowest!.ids);
    for (const id of pending.keys()) ids.add(id);
    return ids;
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

/** Whether two sets of custom values hold the same fields with the same values. */
function sameValues(a: CustomValues, b: CustomValues): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** The value an equality key stands for. */
function valueOfKey(key: string): CustomValue {
  if (key === 'null') return null;
  const colon = key.indexOf(':');
  const type = key.slice(0, colon);
  const text = key.slice(colon + 1);
  return type === 'number' ? Number(text) : type === 'boolean' ? text === 'true' : text;
}
