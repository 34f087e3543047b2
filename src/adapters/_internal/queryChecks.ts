import * as z from 'zod';
import { fieldError, parseOptions, validationError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { entities, type EntityName } from '../port/entities.js';
import type { CustomerSearch, Query, SimilarNameQuery, Where, WhereValue } from '../port/Repository.js';
import { decodeCursor, type Cursor } from '../port/cursor.js';
import { checkCustomConditions } from './customConditions.js';

/** The largest page a `find` returns. */
export const maxPageSize = 10_000;
/** The page size of a `find` that names none. */
export const defaultPageSize = 100;

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a `where` against the entity's indexed fields; returns `[field, values[]]` pairs. */
export function checkWhere<E extends EntityName>(entity: E, where: Where<E> | undefined): [string, (string | null)[]][] {
  if (where === undefined) return [];
  if (!isPlainObject(where)) {
    throw fieldError('query', ['where'], messages.expected('an object of field filters'));
  }
  const indexed: readonly string[] = entities[entity].indexed;
  return Object.entries(where as Record<string, WhereValue | undefined>)
    .filter((entry): entry is [string, WhereValue] => entry[1] !== undefined)
    .map(([field, value]) => {
      if (!indexed.includes(field)) {
        throw fieldError('query', ['where', field], messages.notAnIndexedField(entities[entity].label));
      }
      const values = Array.isArray(value) ? [...(value as readonly (string | null)[])] : [value as string | null];
      for (const v of values) {
        if (v !== null && typeof v !== 'string') {
          throw fieldError('query', ['where', field], messages.expected('text or null, or a list of them'));
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
  readonly after: Cursor | null;
}

/** Checks and completes a query. */
export function normalizeQuery<E extends EntityName>(entity: E, query: Query<E> = {}): NormalizedQuery {
  if (!isPlainObject(query)) {
    throw fieldError('query', [], messages.expected('an object'));
  }
  const orderBy = query.orderBy ?? 'id';
  const sortable: readonly string[] = entities[entity].sortable;
  if (orderBy !== 'id' && !sortable.includes(orderBy)) {
    throw fieldError('query', ['orderBy'], messages.oneOf(['id', ...sortable]));
  }
  const direction = query.direction ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') {
    throw fieldError('query', ['direction'], messages.oneOf(['asc', 'desc']));
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
    throw fieldError('query', ['limit'], messages.pageSize(maxPageSize));
  }
  return limit;
}

const SearchCriteria = z.object({
  text: z.string().optional(),
  statuses: z.array(z.string()).optional(),
  branchIds: z.array(z.string()).optional(),
  rootsOnly: z.boolean().optional(),
  custom: z.unknown().optional(),
});

/** Checks the criteria of a customer search; its order, limit and cursor are checked where they are used. */
export function checkSearch(search: unknown): CustomerSearch {
  const result = SearchCriteria.safeParse(search, parseOptions);
  if (!result.success) throw validationError(result.error, 'search');
  const custom = (search as CustomerSearch).custom;
  if (custom !== undefined) checkCustomConditions(custom);
  return search as CustomerSearch;
}

const SimilarNameCriteria = z.strictObject({
  nameKey: z.string().min(1).max(500),
  branchIds: z.array(z.string().max(200)).max(100_000).optional(),
  threshold: z.number().min(0).max(1).default(0.5),
  limit: z.number().int().min(1).max(1000).default(20),
});

/** A similar-name query with its defaults applied. */
export type CheckedSimilarNameQuery = z.output<typeof SimilarNameCriteria>;

/** Checks a `similarNames` query and fills in its threshold (0.5) and limit (20). */
export function checkSimilarNameQuery(query: SimilarNameQuery): CheckedSimilarNameQuery {
  const result = SimilarNameCriteria.safeParse(query, parseOptions);
  if (!result.success) throw validationError(result.error, 'similar names');
  return result.data;
}
