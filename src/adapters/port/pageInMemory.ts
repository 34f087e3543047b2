import { decodeCursor, encodeCursor } from './cursor.js';
import { compareCodePoints } from './sortKey.js';
import type { Page } from '../../model/index.js';

/** Where an item sorts: its key, then an id that breaks ties (so every item has one place). */
export type PagePosition = readonly [key: string, id: string];

/**
 * One page of a list the store cannot order or filter itself (contacts by name, tasks by due
 * date, favorites of records the actor may see): every item is sorted here by its position (key,
 * then id, by code point as the stores compare), and the cursor holds the position of a page's last
 * item, so an item added or removed between two pages moves no other item to another page.
 * @param items - every item of the list, in any order
 * @param position - an item's sort key and tie-breaking id
 * @param page - the page size and the `next` cursor of the page before
 * @returns the page, and the cursor of the page after it (`null` on the last)
 * @throws StaffcoreError `VALIDATION` on `after` when the cursor is not one a page handed out
 */
export function pageInMemory<T>(
  items: readonly T[],
  position: (item: T) => PagePosition,
  page: { readonly limit: number; readonly after?: string | null | undefined },
): Page<T> {
  const compare = (a: PagePosition, b: PagePosition) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]);
  const sorted = items.map((item) => ({ item, at: position(item) })).sort((a, b) => compare(a.at, b.at));
  const cursor = decodeCursor(page.after);
  const start = cursor === null ? 0 : sorted.findIndex((entry) => compare(entry.at, [cursor.key, cursor.id]) > 0);
  const from = start === -1 ? sorted.length : start;
  const slice = sorted.slice(from, from + page.limit);
  const last = slice.at(-1);
  const next = last !== undefined && from + page.limit < sorted.length ? encodeCursor(last.at[0], last.at[1]) : null;
  return { items: slice.map((entry) => entry.item), next };
}
