import type { CustomCondition } from '../../../rules/customFields.js';
import type { Session } from './Session.js';

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
export function customCandidates(session: Session, conditions: readonly CustomCondition[], others: () => number, limit: number): Iterable<string> | null {
  const table = session.table('customers');
  const index = table.custom;
  if (!index) return null;
  let narrowest: { readonly size: number; readonly ids: Iterable<string> } | null = null;
  for (const condition of conditions) {
    const found = index.lookup(condition);
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
