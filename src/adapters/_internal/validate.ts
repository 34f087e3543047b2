import { z } from 'zod';
import { StaffcoreError, messages, validationError } from '../../errors/index.js';
import { entities, type EntityName, type RecordOf } from '../port/entities.js';
import { storable } from './storable.js';
import type { CustomerSearch, Draft, Query, Where, WhereValue } from '../port/Repository.js';

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"');
const Version = z.number().int().positive();

/** The largest page a `find` returns. */
export const maxPageSize = 10_000;
/** The page size of a `find` that names none. */
export const defaultPageSize = 100;

/** Checks an id handed to a store; a wrong-typed or malformed id is a `VALIDATION` error. */
export function checkId(entity: EntityName, id: unknown, field = 'id'): string {
  const result = Id.safeParse(id);
  if (!result.success) throw validationError(result.error, `${entities[entity].label} ${field}`, [field]);
  return result.data;
}

/** Checks a version handed to a store. */
export function checkVersion(entity: EntityName, version: unknown): number {
  const result = Version.safeParse(version);
  if (!result.success) throw validationError(result.error, `${entities[entity].label} version`, ['version']);
  return result.data;
}

/**
 * Checks a whole record against its entity's schema and returns the parsed copy, ready to store:
 * strings no store can hold are refused, `undefined` properties dropped.
 */
export function checkRecord<E extends EntityName>(entity: E, record: unknown): RecordOf<E> {
  const result = entities[entity].schema.safeParse(record);
  if (!result.success) throw validationError(result.error, entities[entity].label);
  return storable(entity, result.data as RecordOf<E>);
}

/** Checks a draft (a record without id and version), returning the parsed copy without them. */
export function checkDraft<E extends EntityName>(entity: E, draft: unknown): Draft<RecordOf<E>> {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) {
    throw new StaffcoreError('VALIDATION', `Invalid ${entities[entity].label}: (root): expected an object`, {
      details: { path: [], issues: [{ path: [], message: 'expected an object' }] },
    });
  }
  const parsed = checkRecord(entity, { ...draft, id: 'new', version: 1 }) as Record<string, unknown>;
  const { id: _id, version: _version, ...rest } = parsed;
  return rest as Draft<RecordOf<E>>;
}

/** Checks a `where` against the entity's indexed fields; returns `[field, values[]]` pairs. */
export function checkWhere<E extends EntityName>(entity: E, where: Where<E> | undefined): [string, (string | null)[]][] {
  if (where === undefined) return [];
  if (!isPlainObject(where)) {
    throw new StaffcoreError('VALIDATION', 'Invalid query: where: expected an object of field filters', { details: { path: ['where'] } });
  }
  const indexed: readonly string[] = entities[entity].indexed;
  return Object.entries(where as Record<string, WhereValue | undefined>)
    .filter((entry): entry is [string, WhereValue] => entry[1] !== undefined)
    .map(([field, value]) => {
      if (!indexed.includes(field)) {
        throw new StaffcoreError('VALIDATION', `Invalid query: where.${field}: not an indexed field of ${entities[entity].label}`, {
          details: { path: ['where', field] },
        });
      }
      const values = Array.isArray(value) ? [...(value as readonly (string | null)[])] : [value as string | null];
      for (const v of values) {
        if (v !== null && typeof v !== 'string') {
          throw new StaffcoreError('VALIDATION', `Invalid query: where.${field}: values must be strings or null`, {
            details: { path: ['where', field] },
          });
        }
      }
      return [field, values];
    });
}

/** A query with every default applied and every part checked. */
export interface NormalizedQuery {
  readonly where: [string, (string | null)[]][];
  readonly orderBy: string;
  readonly descending: boolean;
  readonly limit: number;
  readonly after: { key: string; id: string } | null;
}

/** Checks and completes a query. */
export function normalizeQuery<E extends EntityName>(entity: E, query: Query<E> = {}): NormalizedQuery {
  if (!isPlainObject(query)) {
    throw new StaffcoreError('VALIDATION', 'Invalid query: (root): expected an object', { details: { path: [] } });
  }
  const orderBy = query.orderBy ?? 'id';
  const sortable: readonly string[] = entities[entity].sortable;
  if (orderBy !== 'id' && !sortable.includes(orderBy)) {
    throw new StaffcoreError('VALIDATION', `Invalid query: orderBy: ${entities[entity].label} cannot be ordered by ${String(orderBy)}`, {
      details: { path: ['orderBy'] },
    });
  }
  const direction = query.direction ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') {
    throw new StaffcoreError('VALIDATION', 'Invalid query: direction: must be "asc" or "desc"', { details: { path: ['direction'] } });
  }
  return {
    where: checkWhere(entity, query.where),
    orderBy,
    descending: direction === 'desc',
    limit: checkLimit(query.limit),
    after: decodeCursor(query.after),
  };
}

/** Checks a page size. */
export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new StaffcoreError('VALIDATION', `Invalid query: limit: must be a whole number from 1 to ${maxPageSize}`, {
      details: { path: ['limit'] },
    });
  }
  return limit;
}

/** Encodes the position after a record as an opaque cursor. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}; anything else is a `VALIDATION` error. */
export function decodeCursor(cursor: string | null | undefined): { key: string; id: string } | null {
  if (cursor === undefined || cursor === null) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below: a cursor that does not decode is bad input
  }
  throw new StaffcoreError('VALIDATION', 'Invalid query: after: not a cursor returned by this store', { details: { path: ['after'] } });
}

/**
 * The key a record sorts by on a field: the value lower-cased and NFKC-normalized, `''` for null.
 * Both stores compare keys by code point (PostgreSQL: `COLLATE "C"`), so they order alike.
 */
export function sortKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFKC').toLowerCase();
}

/** Compares two strings by code point, the order of PostgreSQL's `"C"` collation on UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** The error a stale write raises. */
export function conflict(entity: EntityName, id: string): StaffcoreError {
  return new StaffcoreError('CONFLICT', messages.conflict(entities[entity].label, id), {
    details: { entity: entities[entity].label, id },
  });
}

/** The error a write to a missing record raises. */
export function notFound(entity: EntityName, id: string): StaffcoreError {
  return new StaffcoreError('NOT_FOUND', messages.notFound(entities[entity].label, id), {
    details: { entity: entities[entity].label, id },
  });
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SearchCriteria = z.object({
  text: z.string().optional(),
  statuses: z.array(z.string()).optional(),
  branchIds: z.array(z.string()).optional(),
  rootsOnly: z.boolean().optional(),
});

/** Checks the criteria of a customer search; its order, limit and cursor are checked where they are used. */
export function checkSearch(search: unknown): CustomerSearch {
  const result = SearchCriteria.safeParse(search);
  if (!result.success) throw validationError(result.error, 'search');
  return search as CustomerSearch;
}

/** Prefixes a batch member's `VALIDATION` error with its index in the batch. */
export function atIndex(error: unknown, index: number): unknown {
  if (error instanceof StaffcoreError && error.code === 'VALIDATION') {
    const path = [index, ...(error.details.path ?? [])];
    return new StaffcoreError('VALIDATION', `${error.message} (record ${index} of the batch)`, {
      details: { ...error.details, path, issues: (error.details.issues ?? []).map((i) => ({ ...i, path: [index, ...i.path] })) },
    });
  }
  return error;
}

/** The error a customer whose parent does not exist raises. */
export function missingParent(parentId: string): StaffcoreError {
  return new StaffcoreError('VALIDATION', `Invalid customer: parentId: parent customer ${parentId} does not exist`, {
    details: { path: ['parentId'], entity: 'customer', id: parentId },
  });
}

/** The error an `insertMany` of something other than an array raises. */
export function notABatch(): StaffcoreError {
  return new StaffcoreError('VALIDATION', 'Invalid batch: expected an array of records', { details: { path: [] } });
}
