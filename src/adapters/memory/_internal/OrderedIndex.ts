import { compareCodePoints } from '../../port/sortKey.js';
import type { Cursor } from '../../port/cursor.js';
import { deleted, type Row, type Write } from './Table.js';

/** A row's place in an order: its sort key on the field, then its id. */
export interface Entry {
  readonly key: string;
  readonly id: string;
}

/** Compares entries by key, then id, both by code point (PostgreSQL's `"C"` order). */
export const compareEntries = (a: Entry, b: Entry): number => compareCodePoints(a.key, b.key) || compareCodePoints(a.id, b.id);

/** The rows changed since the sorted list was built, past which rebuilding it is cheaper than merging them in. */
const mergeLimit = (size: number) => Math.max(1024, size >> 4);

/**
 * The committed rows of a table in the order of one field, so a page is a binary search to its
 * cursor and a walk of the rows after it, rather than a pass over every match.
 *
 * Writes do not re-sort: a written row is only marked changed. A walk merges the (few) changed
 * rows, sorted, into the sorted list, skipping the list's outdated entries; once the changed rows
 * are many, the next walk rebuilds the list. A transaction's own writes are merged the same way.
 */
export class OrderedIndex {
  private sorted: Entry[] = [];
  private readonly changed = new Set<string>();
  /** The changed rows' entries, sorted; kept until the next write. */
  private changedSorted: { entry: Entry; row: Row }[] | null = null;
  private built = false;

  constructor(
    private readonly rows: ReadonlyMap<string, Row>,
    private readonly keyOf: (row: Row) => string,
  ) {}

  /** Marks a row written (added, changed or removed). */
  touch(id: string): void {
    if (!this.built) return;
    this.changed.add(id);
    this.changedSorted = null;
  }

  clear(): void {
    this.sorted = [];
    this.changed.clear();
    this.changedSorted = null;
    this.built = false;
  }

  /**
   * The rows in order, strictly after `after` (before it, `descending`), with a transaction's own
   * writes (`pending`) in place of the committed rows.
   */
  *walk(after: Cursor | null, descending: boolean, pending: ReadonlyMap<string, Write> | undefined): Generator<Row> {
    if (!this.built || this.changed.size > mergeLimit(this.sorted.length)) this.rebuild();
    const sign = descending ? -1 : 1;
    const skip = (id: string) => this.changed.has(id) || (pending?.has(id) ?? false);
    const entryOf = (row: Row) => ({ entry: { key: this.keyOf(row), id: row.id }, row });
    if (!this.changedSorted) {
      this.changedSorted = [];
      for (const id of this.changed) {
        const row = this.rows.get(id);
        if (row) this.changedSorted.push(entryOf(row));
      }
      this.changedSorted.sort((a, b) => compareEntries(a.entry, b.entry));
    }
    let extra = this.changedSorted;
    if (pending && pending.size > 0) {
      extra = extra.filter(({ row }) => !pending.has(row.id));
      for (const write of pending.values()) if (write !== deleted) extra.push(entryOf(write));
      extra.sort((a, b) => compareEntries(a.entry, b.entry));
    }
    const afterCursor = (entry: Entry) => !after || sign * compareEntries(entry, after) > 0;
    const more = extra.filter(({ entry }) => afterCursor(entry));
    if (descending) more.reverse();

    const list = this.sorted;
    // Where the walk starts: ascending, the first entry above the cursor; descending, the last below it.
    let i: number;
    if (!after) {
      i = descending ? list.length - 1 : 0;
    } else {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const order = compareEntries(list[mid]!, after);
        if (descending ? order < 0 : order <= 0) lo = mid + 1;
        else hi = mid;
      }
      i = descending ? lo - 1 : lo;
    }
    let j = 0;
    while (true) {
      while (i >= 0 && i < list.length && skip(list[i]!.id)) i += sign;
      const fromList = i >= 0 && i < list.length ? list[i]! : null;
      const fromMore = j < more.length ? more[j]! : null;
      if (!fromList && !fromMore) return;
      if (fromMore && (!fromList || sign * compareEntries(fromMore.entry, fromList) < 0)) {
        j++;
        yield fromMore.row;
      } else {
        i += sign;
        yield this.rows.get(fromList!.id)!;
      }
    }
  }

  private rebuild(): void {
    const entries: Entry[] = [];
    for (const row of this.rows.values()) entries.push({ key: this.keyOf(row), id: row.id });
    this.sorted = entries.sort(compareEntries);
    this.changed.clear();
    this.changedSorted = null;
    this.built = true;
  }
}
