import type { HierarchyTokens } from './hierarchyVersion.js';
import { StaffcoreError } from '../../../errors/index.js';
import { encodeCursor } from '../../port/cursor.js';
import type { NormalizedQuery } from '../../_internal/queryChecks.js';
import { sortKey } from '../../port/sortKey.js';
import { conflict, notFound } from '../../_internal/storeErrors.js';
import { indexedValues } from '../../port/entities.js';
import type { Page } from '../../port/Repository.js';
import type { Connection } from './connection.js';
import { arrayLiteral } from './sqlText.js';
import { checkQueryText } from '../../_internal/storable.js';
import type { TableDefinition } from './tables.js';

/** A stored record: the `data` column, which holds the whole record including its id and version. */
export type StoredRecord = { readonly id: string; readonly version: number } & Readonly<Record<string, unknown>>;

/** Rows per bulk statement: big enough to amortize a round trip, small enough to keep literals modest. */
export const batchSize = 5_000;

/** The most JSON text one bulk statement carries (PostgreSQL refuses a jsonb value over 255 MB). */
export const maxStatementBytes = 32 * 1024 * 1024;

/** The SQL text of a table's statements, built once per table definition. */
interface Statements {
  readonly insert: string;
  readonly insertOne: string;
  readonly update: string;
  readonly updateKeepingParent: string;
  readonly allocate: string;
  readonly updateRows: string;
  readonly updateRowsKeepingParent: string;
}

const statementCache = new WeakMap<TableDefinition, Statements>();

function statementsOf(t: TableDefinition): Statements {
  let statements = statementCache.get(t);
  if (statements) return statements;
  const fieldColumns = [...t.indexed, ...t.sortable].map(({ column }) => column);
  const insertColumns = ['id', 'data', ...fieldColumns, ...(t.tree ? ['path'] : [])];
  const aliases = ['id', 'data', ...fieldColumns.map((_, i) => `f${i}`)];
  // A customer's path is its parent's path (read in the statement: the caller has locked the
  // parent's tree, so it is current) followed by its own id.
  const parent = t.indexed.findIndex(({ field }) => field === 'parentId');
  const pathOf = (id: string, parentId: string) =>
    `CASE WHEN ${parentId} IS NULL THEN '/' ELSE (SELECT p.path FROM ${t.name} p WHERE p.id = ${parentId}) END || ${id} || '/'`;
  // The columns travel as arrays, one bound parameter each, zipped row by row with ROWS FROM.
  // The records go as one JSON array document rather than a jsonb[] literal: no per-element
  // escaping in JS, and PostgreSQL parses one document faster than thousands of array elements.
  const insert =
    `INSERT INTO ${t.name} (version, ${insertColumns.join(', ')}) ` +
    `SELECT 1, ${[...aliases, ...(t.tree ? [pathOf('u.id', `u.f${parent}`)] : [])].join(', ')} ` +
    `FROM ROWS FROM (unnest($1::text[]), jsonb_array_elements($2::jsonb), unnest(${fieldColumns.map((_, i) => `$${i + 3}::text[]`).join(', ')})) ` +
    `AS u(${aliases.join(', ')})`;
  // One record: its id drawn in the statement itself. $1 the record without id and version, then
  // the field columns.
  const insertOne =
    `WITH n AS (SELECT nextval('${t.sequence}')::text AS id) ` +
    `INSERT INTO ${t.name} (version, ${insertColumns.join(', ')}) ` +
    `SELECT 1, n.id, $1::jsonb || jsonb_build_object('id', n.id, 'version', 1), ` +
    `${[...fieldColumns.map((_, i) => `$${i + 2}::text`), ...(t.tree ? [pathOf('n.id', `$${parent + 2}::text`)] : [])].join(', ')} ` +
    'FROM n RETURNING id';
  // $1 id, $2 version read, $3 data, then the field columns in order.
  const sets = ['version = version + 1', 'data = $3::jsonb', ...fieldColumns.map((column, i) => `${column} = $${i + 4}`)];
  const update = `UPDATE ${t.name} SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING id`;
  const updateKeepingParent =
    parent < 0 ? update : update.replace(' RETURNING', ` AND ${t.indexed[parent]!.column} IS NOT DISTINCT FROM $${parent + 4} RETURNING`);
  const allocate = `SELECT string_agg(n::text, ',' ORDER BY n) AS ids FROM (SELECT nextval('${t.sequence}') AS n FROM generate_series(1, $1::int)) AS s`;
  // Many records in one statement, all or none: `matched` locks the rows whose id and version (and
  // parent) still match, and the update runs only when every record matched. A row changed by a
  // transaction committing meanwhile fails the lock's recheck, so it is never half-applied.
  // $1 ids, $2 versions read, $3 the saved records as a JSON array, then the field columns; $n the count.
  const keep = parent < 0 ? '' : ` AND t.${t.indexed[parent]!.column} IS NOT DISTINCT FROM u.f${parent}`;
  const updateRowsOf = (condition: string) =>
    `WITH u AS (SELECT * FROM ROWS FROM (unnest($1::text[]), unnest($2::int[]), jsonb_array_elements($3::jsonb), ` +
    `${fieldColumns.map((_, i) => `unnest($${i + 4}::text[])`).join(', ')}) AS u(id, v, data, ${fieldColumns.map((_, i) => `f${i}`).join(', ')})), ` +
    `matched AS (SELECT t.id FROM ${t.name} t JOIN u ON t.id = u.id AND t.version = u.v${condition} FOR UPDATE OF t) ` +
    `UPDATE ${t.name} AS t SET version = t.version + 1, data = u.data, ${fieldColumns.map((column, i) => `${column} = u.f${i}`).join(', ')} ` +
    `FROM u WHERE t.id = u.id AND t.version = u.v${condition} AND (SELECT count(*) FROM matched) = $${fieldColumns.length + 4} RETURNING t.id`;
  const updateRows = updateRowsOf('');
  const updateRowsKeepingParent = updateRowsOf(keep);
  statements = { insert, insertOne, update, updateKeepingParent, allocate, updateRows, updateRowsKeepingParent };
  statementCache.set(t, statements);
  return statements;
}

/** The values of a record's field columns: indexed values as text, then sort keys. */
function fieldValues(t: TableDefinition, record: Readonly<Record<string, unknown>>): (string | null)[] {
  const values: (string | null)[] = [];
  const indexed = indexedValues(t.entity, record);
  for (const { field } of t.indexed) values.push(indexed[field] ?? null);
  for (const { field } of t.sortable) values.push(sortKey(record[field]));
  return values;
}

/** Values in a `where` list beyond which the list is looked up value by value (see {@link whereSql}). */
const opaqueListAbove = 100;

/** A `where` as SQL: each field's values (and `null`) as `= ANY(…)` / `IS NULL`, all of them ANDed. */
export function whereSql(t: TableDefinition, where: readonly [string, readonly (string | null)[]][], params: unknown[]): string[] {
  return where.map(([field, values]) => {
    const column = t.indexed.find((c) => c.field === field)?.column;
    if (column === undefined) throw new Error(`staffcore: ${field} is not an indexed field of ${t.entity}`);
    const strings = values.filter((v): v is string => v !== null).map((v, i) => checkQueryText(v, ['where', field, i]));
    const parts: string[] = [];
    if (strings.length > 0) {
      params.push(arrayLiteral(strings));
      // A long list (a bulk import's duplicate keys) is looked up value by value in the column's
      // index, and the rows found by id. Given to the planner as a list, each value counts as 0.5%
      // of an unanalyzed table (a fresh book, a server without autovacuum), so a thousand values
      // look like the whole table and a page in id order walks the primary key, filtering every
      // record of the book. The lateral subquery (OFFSET 0 keeps it one) can only probe the index.
      parts.push(
        strings.length > opaqueListAbove
          ? `id = ANY(ARRAY(SELECT m.id FROM unnest($${params.length}::text[]) AS v(k) CROSS JOIN LATERAL (SELECT id FROM ${t.name} WHERE ${column} = v.k OFFSET 0) AS m))`
          : `${column} = ANY($${params.length}::text[])`,
      );
    }
    if (values.includes(null)) parts.push(`${column} IS NULL`);
    return parts.length === 0 ? 'FALSE' : `(${parts.join(' OR ')})`;
  });
}

/** The column a page is ordered by: `id`, or a sortable field's key column. */
function keyColumn(t: TableDefinition, orderBy: string): string {
  if (orderBy === 'id') return 'id';
  const column = t.sortable.find((c) => c.field === orderBy)?.column;
  if (column === undefined) throw new Error(`staffcore: ${orderBy} is not a sortable field of ${t.entity}`);
  return column;
}

/**
 * The reads and writes of one table within one transaction, shared by every repository.
 * Everything handed in here has been validated already.
 */
export class TableAccess {
  /**
   * @param t - the table
   * @param connection - the transaction's connection
   * @param tokens - in a read-only transaction, where reads by id record the hierarchy version
   *   token they return with the record; `null` otherwise
   */
  constructor(
    readonly t: TableDefinition,
    readonly connection: Connection,
    readonly tokens: HierarchyTokens | null = null,
  ) {}

  /** `entity.operation`, to name what failed in a `STORE` error. */
  op(operation: string): string {
    return `${this.t.entity}.${operation}`;
  }

  /** One record by id, or `null`. */
  async get(id: string): Promise<StoredRecord | null> {
    if (this.tokens) {
      const [row] = await this.connection.query<{ token: string; data: StoredRecord | null }>(this.op('get'), this.tokens.readByIdWithToken(this.t.name), [id]);
      this.tokens.seen.push(row!.token);
      return row!.data ?? null;
    }
    const rows = await this.connection.query<{ data: StoredRecord }>(this.op('get'), `SELECT data FROM ${this.t.name} WHERE id = $1`, [id]);
    return rows[0]?.data ?? null;
  }

  /** The records of `ids` that exist, in the order of `ids` (one query). */
  async getMany(ids: readonly string[]): Promise<StoredRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.connection.query<{ data: StoredRecord }>(
      this.op('getMany'),
      `SELECT data FROM ${this.t.name} WHERE id = ANY($1::text[])`,
      [arrayLiteral([...new Set(ids)])],
    );
    const byId = new Map(rows.map((row) => [row.data.id, row.data]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Inserts one record in one statement that also draws its id. */
  async insertOne(draft: Readonly<Record<string, unknown>>, operation: string): Promise<StoredRecord> {
    const params: unknown[] = [JSON.stringify(draft), ...fieldValues(this.t, draft)];
    const [row] = await this.connection.query<{ id: string }>(this.op(operation), statementsOf(this.t).insertOne, params);
    return { ...draft, id: row!.id, version: 1 };
  }

  /** Reserves `count` ids from the table's sequence, in ascending order. */
  async allocateIds(count: number, operation: string): Promise<string[]> {
    if (count === 0) return [];
    const rows = await this.connection.query<{ ids: string }>(this.op(operation), statementsOf(this.t).allocate, [count]);
    return (rows[0]?.ids ?? '').split(',');
  }

  /**
   * Sends `INSERT … SELECT … FROM ROWS FROM (unnest(…), …)` statements of records that already carry
   * their ids: one bound parameter per column, whatever the number of records (a statement holds
   * at most {@link maxStatementBytes} of records).
   * @returns once the last statement is sent, with `done` settling when it has run (so the caller
   *   can prepare the next rows meanwhile)
   */
  async insertRows(records: readonly StoredRecord[], operation: string): Promise<{ readonly done: Promise<unknown> }> {
    const width = this.t.indexed.length + this.t.sortable.length;
    const json = records.map((record) => JSON.stringify(record));
    let running: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < records.length; ) {
      let end = start;
      for (let bytes = 0; end < records.length && (end === start || bytes + json[end]!.length <= maxStatementBytes); end++) bytes += json[end]!.length;
      const ids: string[] = [];
      const fields: (string | null)[][] = Array.from({ length: width }, () => []);
      for (let i = start; i < end; i++) {
        ids.push(records[i]!.id);
        const values = fieldValues(this.t, records[i]!);
        for (let f = 0; f < width; f++) fields[f]!.push(values[f]!);
      }
      const params = [arrayLiteral(ids), `[${json.slice(start, end).join(',')}]`, ...fields.map(arrayLiteral)];
      await running;
      running = this.connection.query(this.op(operation), statementsOf(this.t).insert, params);
      start = end;
    }
    return { done: running };
  }

  /**
   * Replaces a record when its stored version is `record.version`; the stored version becomes
   * one more. With `keepingParent`, only when its stored parent is still `record.parentId`.
   * @returns the saved record, or `null` when no row matched
   */
  async update(record: StoredRecord, operation: string, keepingParent = false): Promise<StoredRecord | null> {
    const statements = statementsOf(this.t);
    const saved = { ...record, version: record.version + 1 };
    const rows = await this.connection.query(this.op(operation), keepingParent ? statements.updateKeepingParent : statements.update, [
      record.id,
      record.version,
      JSON.stringify(saved),
      ...fieldValues(this.t, saved),
    ]);
    return rows.length === 1 ? saved : null;
  }

  /**
   * Replaces many records in one statement, each when its stored version (and, `keepingParent`,
   * its stored parent) is still the one it carries; all of them or none. The records are distinct
   * and at most {@link batchSize}.
   * @returns the saved records, or `null` when any record did not match (and nothing was written)
   */
  async updateRows(records: readonly StoredRecord[], operation: string, keepingParent = false): Promise<StoredRecord[] | null> {
    if (records.length === 0) return [];
    const width = this.t.indexed.length + this.t.sortable.length;
    const saved = records.map((record) => ({ ...record, version: record.version + 1 }));
    const fields: (string | null)[][] = Array.from({ length: width }, () => []);
    for (const record of saved) {
      const values = fieldValues(this.t, record);
      for (let f = 0; f < width; f++) fields[f]!.push(values[f]!);
    }
    const statements = statementsOf(this.t);
    const rows = await this.connection.query(this.op(operation), keepingParent ? statements.updateRowsKeepingParent : statements.updateRows, [
      arrayLiteral(records.map((record) => record.id)),
      `{${records.map((record) => record.version).join(',')}}`,
      `[${saved.map((record) => JSON.stringify(record)).join(',')}]`,
      ...fields.map(arrayLiteral),
      records.length,
    ]);
    return rows.length === records.length ? saved : null;
  }

  /** Why a versioned write matched no row: the record is missing (`NOT_FOUND`) or newer (`CONFLICT`). */
  async writeFailure(id: string, operation: string): Promise<StaffcoreError> {
    const rows = await this.connection.query(this.op(operation), `SELECT version FROM ${this.t.name} WHERE id = $1`, [id]);
    return rows.length === 0 ? notFound(this.t.entity, id) : conflict(this.t.entity, id);
  }

  /** Deletes a record at `version`; `NOT_FOUND` or `CONFLICT` when no row matched. */
  async remove(id: string, version: number): Promise<void> {
    const rows = await this.connection.query(this.op('remove'), `DELETE FROM ${this.t.name} WHERE id = $1 AND version = $2 RETURNING id`, [id, version]);
    if (rows.length === 0) throw await this.writeFailure(id, 'remove');
  }

  /** How many records match a checked `where`. */
  async count(where: readonly [string, readonly (string | null)[]][]): Promise<number> {
    const params: unknown[] = [];
    const conditions = whereSql(this.t, where, params);
    const sql = `SELECT count(*)::int AS n FROM ${this.t.name}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
    const rows = await this.connection.query<{ n: number }>(this.op('count'), sql, params);
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * One page in keyset order: `(key, id)` ascending (or descending) strictly after the cursor,
   * keys compared by code point, as the memory store pages.
   * @param conditions - further SQL conditions, with their values already in `params`
   */
  async page(query: NormalizedQuery, conditions: string[], params: unknown[], operation: string): Promise<Page<StoredRecord>> {
    const key = keyColumn(this.t, query.orderBy);
    const direction = query.descending ? 'DESC' : 'ASC';
    const all = [...conditions, ...whereSql(this.t, query.where, params)];
    if (query.after) {
      params.push(checkQueryText(query.after.key, ['after']), checkQueryText(query.after.id, ['after']));
      const bound = `($${params.length - 1}::text COLLATE "C", $${params.length}::text COLLATE "C")`;
      all.push(`(${key}, id) ${query.descending ? '<' : '>'} ${bound}`);
    }
    const sql =
      `SELECT data, ${key} AS k FROM ${this.t.name}${all.length ? ` WHERE ${all.join(' AND ')}` : ''} ` +
      `ORDER BY ${key} ${direction}, id ${direction} LIMIT ${query.limit + 1}`;
    const rows = await this.connection.query<{ data: StoredRecord; k: string }>(this.op(operation), sql, params);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => row.data),
      next: rows.length > query.limit && last ? encodeCursor(last.k, last.data.id) : null,
    };
  }
}
