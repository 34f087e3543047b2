import { trigramsOf } from '../../../rules/trigramSimilarity.js';
import { entities, indexedValues, type EntityDefinition, type EntityName } from '../../port/entities.js';
import { compareCodePoints } from '../../port/sortKey.js';
import { reversedName } from '../../_internal/nameWindows.js';
import type { CustomValues } from '../../../model/customValues.js';
import type { CustomIndex } from './CustomIndex.js';
import { OrderedIndex } from './OrderedIndex.js';
import { SortedKeys } from './SortedKeys.js';
import { keyOf } from './page.js';

/** A stored record: frozen, with its id and version. */
export type Row = { readonly id: string; readonly version: number } & Readonly<Record<string, unknown>>;

/** Marks a record removed by an open transaction. */
export const deleted = Symbol('deleted');

/** What a transaction did to one record: its new row, or its removal. */
export type Write = Row | typeof deleted;

/** Indexed values by row: rows are frozen, so the values (derived keys included) are computed once. */
const valueCache = new WeakMap<Row, Readonly<Record<string, string | null>>>();

/**
 * The value of an indexed field (or derived key) of a row, as the indexes hold it.
 * @param entity - the row's entity
 * @param row - a stored row
 * @param field - an indexed field
 * @returns the value, `null` when missing
 */
export function valueOf(entity: EntityName, row: Row, field: string): string | null {
  let values = valueCache.get(row);
  if (!values) valueCache.set(row, (values = indexedValues(entity, row)));
  return values[field] ?? null;
}

/**
 * The index `similarNames` reads, of one field: which rows hold each trigram and each row's
 * trigrams, and the values in order and read backwards in order. Trigrams and rows are numbered
 * (a row by its slot), so scoring a row is a walk over a small array of numbers.
 */
export class TrigramIndex {
  /** Each trigram's number. */
  private readonly numbers = new Map<string, number>();
  /** The rows (by slot) holding each trigram, by the trigram's number. */
  private readonly postings: Set<number>[] = [];
  /** Each row's slot. */
  private readonly slots = new Map<string, number>();
  /** The row id in each slot. */
  private readonly ids: string[] = [];
  /**
   * The trigram numbers of every slot's row, one run after another in one array (what scoring a
   * row reads, together): a slot's run starts at `offsets[slot]` with its length, then the numbers.
   * Removed rows leave holes, closed up when they outgrow the live runs.
   */
  private pool = new Uint32Array(1024);
  private used = 0;
  private holes = 0;
  private offsets = new Uint32Array(256);
  /** Slots freed by removed rows. */
  private readonly free: number[] = [];
  /** The values in order, and read backwards in order (ties by id). */
  private readonly forward = new SortedKeys((slot) => this.ids[slot]!);
  private readonly backward = new SortedKeys((slot) => this.ids[slot]!);
  /** The searches so far: marks equal to it belong to the running search. */
  private search = 0;
  /** By trigram number: the last search the trigram was part of. */
  private inQuery = new Uint32Array(256);
  /** By slot, two marks side by side: the last search that read the row, and the last that left it out. */
  private marks = new Uint32Array(512);

  constructor(readonly field: string) {}

  add(id: string, value: string | null): void {
    if (value === null) return;
    const numbers = [...trigramsOf(value)].map((trigram) => {
      let number = this.numbers.get(trigram);
      if (number === undefined) {
        this.numbers.set(trigram, (number = this.postings.length));
        this.postings.push(new Set());
      }
      return number;
    });
    const slot = this.free.pop() ?? this.ids.length;
    this.slots.set(id, slot);
    this.ids[slot] = id;
    this.offsets = grown(this.offsets, slot + 1);
    if (this.used + numbers.length + 1 > this.pool.length) this.makeRoom(numbers.length + 1);
    this.offsets[slot] = this.used;
    this.pool[this.used] = numbers.length;
    this.pool.set(numbers, this.used + 1);
    this.used += numbers.length + 1;
    for (const number of numbers) this.postings[number]!.add(slot);
    this.forward.add(value, slot);
    this.backward.add(reversedName(value), slot);
  }

  remove(id: string, value: string | null): void {
    const slot = this.slots.get(id);
    if (value === null || slot === undefined) return;
    this.forward.remove(value, slot);
    this.backward.remove(reversedName(value), slot);
    const start = this.offsets[slot]!;
    const length = this.pool[start]!;
    for (let i = start + 1; i <= start + length; i++) this.postings[this.pool[i]!]!.delete(slot);
    this.holes += length + 1;
    this.slots.delete(id);
    this.free.push(slot);
  }

  clear(): void {
    this.numbers.clear();
    this.postings.length = 0;
    this.slots.clear();
    this.ids.length = 0;
    this.free.length = 0;
    this.used = 0;
    this.holes = 0;
    this.forward.clear();
    this.backward.clear();
  }

  /** Makes room for `more` numbers at the end of the pool: closes up the holes when they are half of it, or grows it. */
  private makeRoom(more: number): void {
    const live = this.used - this.holes;
    const pool = live + more <= this.pool.length / 2 ? this.pool : new Uint32Array(Math.max(1024, (live + more) * 2));
    const from = this.pool.slice(0, this.used);
    let at = 0;
    for (const slot of this.slots.values()) {
      const start = this.offsets[slot]!;
      const length = from[start]! + 1;
      pool.set(from.subarray(start, start + length), at);
      this.offsets[slot] = at;
      at += length;
    }
    this.pool = pool;
    this.used = at;
    this.holes = 0;
  }

  /**
   * The committed rows most similar to `value` (shared trigrams / (mine + theirs − shared)), at
   * least `threshold`, best first and ties by id, at most `limit` of them, out of a bounded number
   * of rows compared whatever the size of the book: the rows of the windows, then the rows met by
   * a walk of the postings that reads at most `budget` row numbers.
   *
   * The windows: the `window.size` rows on either side of `value` in the order of the values and
   * in the order of the values read backwards, out of the `window.reach` nearest (a name a typo
   * apart shares its beginning or its end with `value`, so it sorts near it in one order or the
   * other).
   *
   * The walk reads the postings rarest trigram first. A row reaching the threshold shares at least
   * ⌈threshold × mine⌉ of my trigrams, so it holds one of my (mine − that + 1) rarest ones: once
   * those are read, every such row has been seen. And a row not seen after the `j` rarest lists
   * shares at most (mine − j) trigrams, so it scores at most (mine − j) / mine: once the `limit`th
   * best beats that, no unseen row can enter. Either way the answer is the exact top `limit`. When
   * the budget runs out first (every trigram that would tell the name apart is common in the book),
   * the answer is the best of the rows compared.
   * @param value - the value to compare with
   * @param options - what to find and how much to read
   * @returns the rows found with their similarity, whether the answer is exact, and how many row
   *   numbers the walk read
   */
  nearest(value: string, options: NearestOptions): Nearest {
    const { threshold, limit, accept, skip, budget, window } = options;
    const mine = [...trigramsOf(value)];
    const found: { id: string; similarity: number }[] = [];
    const m = mine.length;
    if (m === 0) return { found, exact: true, read: 0 };
    const search = this.nextSearch();
    const marks = this.marks;
    const pool = this.pool;
    for (const id of skip) {
      const slot = this.slots.get(id);
      if (slot !== undefined) marks[2 * slot + 1] = search;
    }
    const lists: Set<number>[] = [];
    for (const trigram of mine) {
      const number = this.numbers.get(trigram);
      if (number === undefined) continue;
      this.inQuery[number] = search;
      lists.push(this.postings[number]!);
    }
    // `accepted`: the caller already knows the row may be reported
    const inQuery = this.inQuery;
    const consider = (slot: number, accepted: boolean) => {
      marks[2 * slot] = search;
      const start = this.offsets[slot]!;
      const length = pool[start]!;
      let common = 0;
      for (let i = start + 1; i <= start + length; i++) if (inQuery[pool[i]!] === search) common++;
      const similarity = common / (m + length - common);
      if (similarity < threshold || (found.length === limit && similarity < found[limit - 1]!.similarity)) return;
      const id = this.ids[slot]!;
      if (accepted || (marks[2 * slot + 1] !== search && accept(id))) keepBest(found, { id, similarity }, limit);
    };
    for (const [order, from] of window.size > 0 ? ([[this.forward, value], [this.backward, reversedName(value)]] as const) : []) {
      for (const descending of [false, true]) {
        let reached = 0;
        let taken = 0;
        order.walk(from, descending, (slot) => {
          if (marks[2 * slot + 1] === search) return true;
          if (++reached > window.reach) return false;
          if (!accept(this.ids[slot]!)) return true;
          if (marks[2 * slot] !== search) consider(slot, true);
          return ++taken < window.size;
        });
      }
    }
    lists.sort((a, b) => a.size - b.size);
    // the trigrams no row holds come first: those lists are empty
    const skipped = m - lists.length;
    const least = Math.max(1, Math.ceil(threshold * m - 1e-9));
    let read = 0;
    for (let j = skipped; j <= m - least; j++) {
      if (found.length === limit && found[limit - 1]!.similarity > (m - j) / m) break;
      for (const slot of lists[j - skipped]!) {
        if (read === budget) return { found, exact: false, read };
        read++;
        if (marks[2 * slot] !== search) consider(slot, false);
      }
    }
    return { found, exact: true, read };
  }

  /** Starts a search: a new mark, and room for a mark of every trigram and slot. */
  private nextSearch(): number {
    if (this.search === 0xffffffff) {
      this.search = 0;
      this.inQuery.fill(0);
      this.marks.fill(0);
    }
    this.inQuery = grown(this.inQuery, this.postings.length);
    this.marks = grown(this.marks, 2 * this.ids.length);
    return ++this.search;
  }
}

/** `numbers`, or a copy twice as long (at least `size`) when it is shorter than `size`. */
function grown(numbers: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  if (numbers.length >= size) return numbers;
  const bigger = new Uint32Array(Math.max(size, numbers.length * 2));
  bigger.set(numbers);
  return bigger;
}

/** What {@link TrigramIndex.nearest} looks for. */
export interface NearestOptions {
  /** The least similarity reported. */
  readonly threshold: number;
  /** The most rows reported. */
  readonly limit: number;
  /** Whether a row may be reported (it is in the branches asked). */
  readonly accept: (id: string) => boolean;
  /** Rows left out altogether, not even counted in a window's reach (those a transaction wrote). */
  readonly skip: Iterable<string>;
  /** The most row numbers the walk reads from the postings. */
  readonly budget: number;
  /** How many rows each window takes, out of how many nearest. */
  readonly window: { readonly size: number; readonly reach: number };
}

/** What {@link TrigramIndex.nearest} found. */
export interface Nearest {
  /** The rows, best first, ties by id. */
  readonly found: { readonly id: string; readonly similarity: number }[];
  /** Whether they are the exact top rows (the budget did not run out). */
  readonly exact: boolean;
  /** How many ids were read from the postings. */
  readonly read: number;
}

/** Puts `row` into `best` (best first, ties by id, at most `limit` long) if it belongs there. */
function keepBest(best: { id: string; similarity: number }[], row: { id: string; similarity: number }, limit: number): void {
  const before = (a: { id: string; similarity: number }, b: { id: string; similarity: number }) =>
    a.similarity > b.similarity || (a.similarity === b.similarity && compareCodePoints(a.id, b.id) < 0);
  let at = best.length;
  while (at > 0 && before(row, best[at - 1]!)) at--;
  if (at >= limit) return;
  best.splice(at, 0, row);
  if (best.length > limit) best.pop();
}


/** One entity's committed records and their indexes. */
export class Table {
  readonly rows = new Map<string, Row>();
  readonly indexes = new Map<string, Map<string | null, Set<string>>>();
  /** The trigram index of the entity's `similar` key, when it has one. */
  readonly trigrams: TrigramIndex | null;
  /** The index of the rows' custom values, when the entity's can be searched and the store was given one (`indexedCustomValues`). */
  readonly custom: CustomIndex | null;
  /** The rows in the order of each field pages have been asked in, built on first use. */
  private readonly orders = new Map<string, OrderedIndex>();
  /** Goes up with every committed write, so a reader can tell the table changed. */
  revision = 0;
  nextId = 1;

  /**
   * @param entity - the kind of record
   * @param customIndex - makes the index of custom values, for an entity whose can be searched; without it they are searched by a scan
   */
  constructor(
    readonly entity: EntityName,
    customIndex?: () => CustomIndex,
  ) {
    const definition: EntityDefinition = entities[entity];
    for (const field of definition.indexed) this.indexes.set(field, new Map());
    this.trigrams = definition.similar ? new TrigramIndex(definition.similar) : null;
    this.custom = definition.customSearch && customIndex ? customIndex() : null;
  }

  /**
   * The committed rows in the order of a sortable field or `id`.
   * @param field - the field
   * @returns its ordered index
   */
  ordered(field: string): OrderedIndex {
    let index = this.orders.get(field);
    if (!index) this.orders.set(field, (index = new OrderedIndex(this.rows, field === 'id' ? (row) => row.id : (row) => keyOf(row, field))));
    return index;
  }

  apply(id: string, write: Write): void {
    this.revision++;
    for (const index of this.orders.values()) index.touch(id);
    const before = this.rows.get(id);
    if (before) this.unindex(before);
    if (write === deleted) {
      this.rows.delete(id);
    } else {
      this.rows.set(id, write);
      this.index(write);
    }
    this.custom?.move(id, before?.['custom'] as CustomValues | undefined, write === deleted ? undefined : (write['custom'] as CustomValues | undefined));
  }


  clear(): void {
    this.rows.clear();
    for (const index of this.indexes.values()) index.clear();
    this.trigrams?.clear();
    this.custom?.clear();
    for (const index of this.orders.values()) index.clear();
    this.revision++;
  }

  private index(row: Row): void {
    for (const [field, index] of this.indexes) {
      const value = valueOf(this.entity, row, field);
      let ids = index.get(value);
      if (!ids) index.set(value, (ids = new Set()));
      ids.add(row.id);
    }
    this.trigrams?.add(row.id, valueOf(this.entity, row, this.trigrams.field));
  }

  private unindex(row: Row): void {
    for (const [field, index] of this.indexes) {
      const value = valueOf(this.entity, row, field);
      const ids = index.get(value);
      ids?.delete(row.id);
      if (ids?.size === 0) index.delete(value);
    }
    this.trigrams?.remove(row.id, valueOf(this.entity, row, this.trigrams.field));
  }
}
