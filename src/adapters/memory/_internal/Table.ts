import { entities, type EntityName } from '../../port/entities.js';

/** A stored record: frozen, with its id and version. */
export type Row = { readonly id: string; readonly version: number } & Readonly<Record<string, unknown>>;

/** Marks a record removed by an open transaction. */
export const deleted = Symbol('deleted');

/** What a transaction did to one record: its new row, or its removal. */
export type Write = Row | typeof deleted;

/** One entity's committed records and their indexes. */
export class Table {
  readonly rows = new Map<string, Row>();
  readonly indexes = new Map<string, Map<string | null, Set<string>>>();
  nextId = 1;

  constructor(readonly entity: EntityName) {
    for (const field of entities[entity].indexed) this.indexes.set(field, new Map());
  }

  apply(id: string, write: Write): void {
    const before = this.rows.get(id);
    if (before) this.unindex(before);
    if (write === deleted) {
      this.rows.delete(id);
    } else {
      this.rows.set(id, write);
      this.index(write);
    }
  }

  private index(row: Row): void {
    for (const [field, index] of this.indexes) {
      const value = (row[field] ?? null) as string | null;
      let ids = index.get(value);
      if (!ids) index.set(value, (ids = new Set()));
      ids.add(row.id);
    }
  }

  private unindex(row: Row): void {
    for (const [field, index] of this.indexes) {
      const value = (row[field] ?? null) as string | null;
      const ids = index.get(value);
      ids?.delete(row.id);
      if (ids?.size === 0) index.delete(value);
    }
  }
}
