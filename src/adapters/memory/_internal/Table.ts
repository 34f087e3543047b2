import { trigramsOf } from '../../../rules/trigramSimilarity.js';
import { entities, indexedValues, type EntityDefinition, type EntityName } from '../../port/entities.js';
import { compareCodePoints } from '../../_internal/sortKey.js';
import { reversedName } from '../../_internal/nameWindows.js';
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
 * A trigram index of one field: which rows hold each trigram, and each row's trigrams. Trigrams and
 * rows are numbered, so scoring a row is a walk over a small array of numbers.
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
   * The trigram numbers of every slot's row, one after another in one array (read together when
   * scoring); a slot's run starts at `starts[slot]` and is `lengths[slot]` long. Removed rows leave
   * holes, closed up when they outgrow the live runs.
   */
  private pool = new Uint32Array(1024);
  private used = 0;
  private holes = 0;
  private starts = new Uint32Array(256);
  private lengths = new Uint32Array(256);
  /** Slots freed by removed rows. */
  private readonly free: number[] = [];
  /** The searches so far: marks equal to it belong to the running search. */
  private search = 0;
  /** By trigram number: the last search the trigram was part of. */
  private inQuery = new Uint32Array(256);
  /** By slot: the last search that read the row. */
  private seen = new Uint32Array(256);

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
    if (slot >= this.starts.length) {
      this.starts = grown(this.starts, slot + 1);
      this.lengths = grown(this.lengths, slot + 1);
    }
    if (this.used + numbers.length > this.pool.length) this.makeRoom(numbers.length);
    this.starts[slot] = this.used;
    this.lengths[slot] = numbers.length;
    this.pool.set(numbers, this.used);
    this.used += numbers.length;
    for (const number of numbers) this.postings[number]!.add(slot);
  }

  remove(id: string, value: string | null): void {
    const slot = this.slots.get(id);
    if (value === null || slot === undefined) return;
    const start = this.starts[slot]!;
    for (let i = start; i < start + this.lengths[slot]!; i++) this.postings[this.pool[i]!]!.delete(slot);
    this.holes += this.lengths[slot]!;
    this.lengths[slot] = 0;
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
  }

  /** Makes room for `more` numbers at the end of the pool: closes up the holes when they are half of it, or grows it. */
  private makeRoom(more: number): void {
    const live = this.used - this.holes;
    const pool = live + more <= this.pool.length / 2 ? this.pool : new Uint32Array(Math.max(1024, (live + more) * 2));
    const from = this.pool.slice(0, this.used);
    let at = 0;
    for (const slot of this.slots.values()) {
      const start = this.starts[slot]!;
      const length = this.lengths[slot]!;
      pool.set(from.subarray(start, start + length), at);
      this.starts[slot] = at;
      at += length;
    }
    this.pool = pool;
    this.used = at;
    this.holes = 0;
  }

  /**
   * The committed rows most similar to `value` (shared trigrams / (mine + theirs − shared)), at
   * least `threshold`, best first and ties by id, at most `limit` of them: a bounded walk of the
   * postings, reading at most `budget` row numbers whatever the size of the book.
   *
   * The postings are read rarest trigram first. A row reaching the threshold shares at least
   * ⌈threshold × mine⌉ of my trigrams, so it holds one of my (mine − that + 1) rarest ones: once
   * those are read, every such row has been seen. And a row not seen after the `j` rarest lists
   * shares at most (mine − j) trigrams, so it scores at most (mine − j) / mine: once the `limit`th
   * best beats that, no unseen row can enter. Either way the answer is the exact top `limit`. When
   * the budget runs out first (every trigram that would tell the name apart is common in the book),
   * the answer is the best of the rows read: those holding the rarest trigrams, then the first ones
   * of the next list.
   * @param value - the value to compare with
   * @param options - the least similarity, the most rows, which rows may be reported, and the
   *   most row numbers read
   * @returns the rows found with their similarity, whether the answer is exact, and how much was read
   */
  nearest(value: string, options: NearestOptions): Nearest {
    const { threshold, limit, accept, budget } = options;
    const mine = [...trigramsOf(value)];
    const found: { id: string; similarity: number }[] = [];
    const m = mine.length;
    if (m === 0) return { found, exact: true, read: 0 };
    const search = this.nextSearch();
    const lists: Set<number>[] = [];
    for (const trigram of mine) {
      const number = this.numbers.get(trigram);
      if (number === undefined) continue;
      this.inQuery[number] = search;
      lists.push(this.postings[number]!);
    }
    // `id` is given for a row to compare whatever the postings say, which the caller accepted already
    const consider = (slot: number, id: string | null) => {
      this.seen[slot] = search;
      const start = this.starts[slot]!;
      const end = start + this.lengths[slot]!;
      let common = 0;
      for (let i = start; i < end; i++) if (this.inQuery[this.pool[i]!] === search) common++;
      const similarity = common / (m + end - start - common);
      if (similarity < threshold || (found.length === limit && similarity < found[limit - 1]!.similarity)) return;
      const row = id ?? this.ids[slot]!;
      if (id !== null || accept(row)) keepBest(found, { id: row, similarity }, limit);
    };
    for (const id of options.compare ?? []) {
      const slot = this.slots.get(id);
      if (slot !== undefined && this.seen[slot] !== search) consider(slot, id);
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
        if (this.seen[slot] !== search) consider(slot, null);
      }
    }
    return { found, exact: true, read };
  }

  /** Starts a search: a new mark, and room for a mark of every trigram and slot. */
  private nextSearch(): number {
    if (this.search === 0xffffffff) {
      this.search = 0;
      this.inQuery.fill(0);
      this.seen.fill(0);
    }
    this.inQuery = grown(this.inQuery, this.postings.length);
    this.seen = grown(this.seen, this.ids.length);
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
  /** Whether a row may be reported (in the branches asked, not written by the transaction). */
  readonly accept: (id: string) => boolean;
  /** The most row numbers read from the postings. */
  readonly budget: number;
  /** Rows to compare whatever the postings say (accepted already), before the walk. */
  readonly compare?: Iterable<string>;
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
  /** The `similar` key's values in order, and read backwards in order, when the entity has one. */
  readonly nameOrders: { readonly forward: SortedKeys; readonly backward: SortedKeys } | null;
  /** The rows in the order of each field pages have been asked in, built on first use. */
  private readonly orders = new Map<string, OrderedIndex>();
  /** Goes up with every committed write, so a reader can tell the table changed. */
  revision = 0;
  nextId = 1;

  constructor(readonly entity: EntityName) {
    const definition: EntityDefinition = entities[entity];
    for (const field of definition.indexed) this.indexes.set(field, new Map());
    this.trigrams = definition.similar ? new TrigramIndex(definition.similar) : null;
    this.nameOrders = definition.similar ? { forward: new SortedKeys(), backward: new SortedKeys() } : null;
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
  }

  clear(): void {
    this.rows.clear();
    for (const index of this.indexes.values()) index.clear();
    this.trigrams?.clear();
    this.nameOrders?.forward.clear();
    this.nameOrders?.backward.clear();
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
    if (this.trigrams) {
      const value = valueOf(this.entity, row, this.trigrams.field);
      this.trigrams.add(row.id, value);
      if (value !== null) {
        this.nameOrders?.forward.add(value, row.id);
        this.nameOrders?.backward.add(reversedName(value), row.id);
      }
    }
  }

  private unindex(row: Row): void {
    for (const [field, index] of this.indexes) {
      const value = valueOf(this.entity, row, field);
      const ids = index.get(value);
      ids?.delete(row.id);
      if (ids?.size === 0) index.delete(value);
    }
    if (this.trigrams) {
      const value = valueOf(this.entity, row, this.trigrams.field);
      this.trigrams.remove(row.id, value);
      if (value !== null) {
        this.nameOrders?.forward.remove(value, row.id);
        this.nameOrders?.backward.remove(reversedName(value), row.id);
      }
    }
  }
}
