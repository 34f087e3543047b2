import type { Bar } from '../model/index.js';

/**
 * Finds the do-not-assign bar that keeps an employee off a record: a bar on the record itself, or
 * a tree-wide bar (`covers: 'tree'`) on any of its ancestors. The nearest one wins; lifted bars
 * never apply.
 *
 * @param path - the record's id first, then its parent's, …, up to the root's
 * @param bars - the employee's bars on any of those records
 * @returns the bar that applies, or `null` when the employee may be placed
 * @example
 * ```ts
 * applicableBar(['7', '1'], [{ customerId: '1', covers: 'tree', state: 'active', … }]) //=> that bar
 * applicableBar(['7', '1'], [{ customerId: '1', covers: 'record', state: 'active', … }]) //=> null
 * ```
 * @category Rules
 */
export function applicableBar<B extends Pick<Bar, 'customerId' | 'covers' | 'state'>>(path: readonly string[], bars: readonly B[]): B | null {
  for (const [depth, id] of path.entries()) {
    const found = bars.find((bar) => bar.state === 'active' && bar.customerId === id && (depth === 0 || bar.covers === 'tree'));
    if (found) return found;
  }
  return null;
}
