import { trigramsOf } from '../../../rules/trigramSimilarity.js';
import { entities, indexedValues, type EntityDefinition, type EntityName } from '../../port/entities.js';
import { OrderedIndex } from './OrderedIndex.js';
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

/** A trigram index of one field: which rows hold each trigram, and how many trigrams each row has. */
export class TrigramIndex {
  readonly postings = new Map<string, Set<string>>();
  /** Each row's trigrams. */
  readonly trigramsOfRow = new Map<string, ReadonlySet<string>>();

  constructor(readonly field: string) {}

  add(id: string, value: string | null): void {
    if (value === null) return;
    const trigrams = trigramsOf(value);
    for (const trigram of trigrams) {
      let ids = this.postings.get(trigram);
      if (!ids) this.postings.set(trigram, (ids = new Set()));
      ids.add(id);
    }
    this.trigramsOfRow.set(id, trigrams);
  }

  remove(id: string, value: string | null): void {
    if (value === null) return;
    for (const trigram of this.trigramsOfRow.get(id) ?? trigramsOf(value)) {
      const ids = this.postings.get(trigram);
      ids?.delete(id);
      if (ids?.size === 0) this.postings.delete(trigram);
    }
    this.trigramsOfRow.delete(id);
  }

  /**
   * The committed rows whose value has a similarity of at least `threshold` with `value`
   * (shared trigrams / (mine + theirs − shared)), with their similarity.
   *
   * Only the postings of the rarest trigrams are read: a row reaching the threshold shares at
   * least ⌈threshold × mine⌉ of my trigrams, so it holds one of my (mine − that + 1) rarest ones.
   * The trigrams common to much of the book (a digit, "inc") are then never scanned.
   */
  similar(value: string, threshold: number): Map<string, number> {
    const mine = [...trigramsOf(value)];
    const size = (trigram: string) => this.postings.get(trigram)?.size ?? 0;
    const least = Math.max(1, Math.ceil(threshold * mine.length - 1e-9));
    const probe = mine.sort((a, b) => size(a) - size(b)).slice(0, Math.max(0, mine.length - least + 1));
    const candidates = new Set<string>();
    for (const trigram of probe) for (const id of this.postings.get(trigram) ?? []) candidates.add(id);
    const out = new Map<string, number>();
    for (const id of candidates) {
      let common = 0;
      const theirs = this.trigramsOfRow.get(id)!;
      for (const trigram of mine) if (theirs.has(trigram)) common++;
      const similarity = common / (mine.length + theirs.size - common);
      if (similarity >= threshold) out.set(id, similarity);
    }
    return out;
  }
}

/** One entity's committed records and their indexes. */
export class Table {
  readonly rows = new Map<string, Row>();
  readonly indexes = new Map<string, Map<string | null, Set<string>>>();
  /** The trigram index of the entity's `similar` key, when it has one. */
  readonly trigrams: TrigramIndex | null;
  /** The rows in the order of each field pages have been asked in, built on first use. */
  private readonly orders = new Map<string, OrderedIndex>();
  /** Goes up with every committed write, so a reader can tell the table changed. */
  revision = 0;
  nextId = 1;

  constructor(readonly entity: EntityName) {
    const definition: EntityDefinition = entities[entity];
    for (const field of definition.indexed) this.indexes.set(field, new Map());
    this.trigrams = definition.similar ? new TrigramIndex(definition.similar) : null;
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
    this.trigrams?.postings.clear();
    this.trigrams?.trigramsOfRow.clear();
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
