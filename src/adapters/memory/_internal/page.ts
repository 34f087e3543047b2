import { encodeCursor } from '../../port/cursor.js';
import type { NormalizedQuery } from '../../_internal/queryChecks.js';
import { compareCodePoints, sortKey } from '../../port/sortKey.js';
import type { Page } from '../../port/Repository.js';
import type { EntityName } from '../../port/entities.js';
import type { Session } from './Session.js';
import type { Row } from './Table.js';

/** Sort keys by row: rows are frozen, so a key computed once holds for the row's lifetime. */
const sortKeys = new WeakMap<Row, Map<string, string>>();

/** The sort key of a row on a field, computed once per row and field. */
export function keyOf(row: Row, field: string): string {
  let keys = sortKeys.get(row);
  if (!keys) sortKeys.set(row, (keys = new Map()));
  let key = keys.get(field);
  if (key === undefined) keys.set(field, (key = sortKey(row[field])));
  return key;
}

/** A row with its sort key. */
export type Keyed = { readonly key: string; readonly row: Row };

// Ids are ASCII (letters, digits, `_`, `-`), where code-unit order is code-point order: the
// engine's own comparison is exact for them, and much faster.
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const orderOf = (query: NormalizedQuery) => {
  const sign = query.descending ? -1 : 1;
  if (query.orderBy === 'id') return (a: Keyed, b: Keyed) => sign * compareIds(a.row.id, b.row.id);
  return (a: Keyed, b: Keyed) => sign * (compareCodePoints(a.key, b.key) || compareIds(a.row.id, b.row.id));
};

const keyed = (row: Row, query: NormalizedQuery): Keyed => ({ row, key: query.orderBy === 'id' ? row.id : keyOf(row, query.orderBy) });

const pageOf = (best: readonly Keyed[], query: NormalizedQuery): Page<Row> => {
  const items = best.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((entry) => entry.row),
    next: best.length > query.limit && last ? encodeCursor(last.key, last.row.id) : null,
  };
};

/**
 * One page of `rows` in the query's order. Only the page (and one more row, to tell whether a
 * next page exists) is kept sorted while the rows stream past, so a page costs a pass over the
 * matches rather than a sort of them all.
 */
export function page(rows: Row[], query: NormalizedQuery): Page<Row> {
  const order = orderOf(query);
  const after = query.after ? { key: query.after.key, row: { id: query.after.id, version: 1 } } : null;
  const keep = query.limit + 1;
  const best: Keyed[] = [];
  const consider = (row: Row): Keyed | null => {
    const entry = keyed(row, query);
    return after && order(entry, after) <= 0 ? null : entry;
  };
  if (keep * 4 >= rows.length) {
    // A page that is a good part of the matches: sorting them all is cheaper than inserting one by one.
    for (const row of rows) {
      const entry = consider(row);
      if (entry) best.push(entry);
    }
    best.sort(order).splice(keep);
  } else {
    for (const row of rows) {
      const entry = consider(row);
      if (!entry || (best.length === keep && order(entry, best[keep - 1]!) >= 0)) continue;
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (order(best[mid]!, entry) < 0) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, entry);
      if (best.length > keep) best.pop();
    }
  }
  return pageOf(best, query);
}

/**
 * A page of matches that run to several pages: the first sorts every match once and keeps the
 * order in the transaction (until it writes the entity), so each later page is a binary search
 * for the cursor and a slice, not another pass over the matches.
 */
function pageOfAll(session: Session, entity: EntityName, query: NormalizedQuery, rows: () => Row[]): Page<Row> {
  const key = `${query.orderBy}\u0000${query.descending ? 'd' : 'a'}\u0000${JSON.stringify(query.where)}`;
  const order = orderOf(query);
  let sorted = session.sortedMatches(entity, key);
  if (!sorted) {
    const selected = rows();
    // Matches that fit on this page need no kept order.
    if (selected.length <= query.limit) return page(selected, query);
    sorted = selected.map((row) => keyed(row, query)).sort(order);
    session.keepSortedMatches(entity, key, sorted);
  }
  let start = 0;
  if (query.after) {
    const after = { key: query.after.key, row: { id: query.after.id, version: 1 } };
    let hi = sorted.length;
    while (start < hi) {
      const mid = (start + hi) >>> 1;
      if (order(sorted[mid]!, after) <= 0) start = mid + 1;
      else hi = mid;
    }
  }
  return pageOf(sorted.slice(start, start + query.limit + 1), query);
}

/**
 * One page of the rows of `entity` matching a query (and `also`, a further filter), in the
 * query's order. A selective `where` (few candidates for the page size) sorts its candidates; any
 * other walks the table's ordered index from the cursor and stops once the page is full, so a
 * page costs about the rows it passes rather than every match.
 */
export function queryPage(session: Session, entity: EntityName, query: NormalizedQuery, also?: (row: Row) => boolean): Page<Row> {
  const candidates = session.estimate(entity, query.where);
  if (query.where.length > 0 && candidates * candidates <= session.table(entity).rows.size * (query.limit + 1)) {
    if (also) return page(session.select(entity, query.where).filter(also), query);
    return pageOfAll(session, entity, query, () => session.select(entity, query.where));
  }
  const items: Row[] = [];
  const walk = session.table(entity).ordered(query.orderBy).walk(query.after, query.descending, session.writes.get(entity));
  for (const row of walk) {
    if (!session.matches(entity, row, query.where) || (also && !also(row))) continue;
    if (items.length === query.limit) {
      const last = items[items.length - 1]!;
      return { items, next: encodeCursor(query.orderBy === 'id' ? last.id : keyOf(last, query.orderBy), last.id) };
    }
    items.push(row);
  }
  return { items, next: null };
}
