/**
 * The in-memory store: staffcore's embedded default. Records live in maps inside the process and
 * are gone when it ends. Transactions run one at a time and are all-or-nothing.
 *
 * ```ts
 * import { createStaffcore } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore();
 * ```
 *
 * @module
 */
import { StaffcoreError } from '../../errors/index.js';
import type { Customer } from '../../model/index.js';
import {
  atIndex,
  checkDraft,
  checkId,
  checkLimit,
  checkRecord,
  checkSearch,
  checkVersion,
  compareCodePoints,
  conflict,
  decodeCursor,
  encodeCursor,
  missingParent,
  normalizeQuery,
  notABatch,
  notFound,
  sortKey,
  type NormalizedQuery,
} from '../_internal/validate.js';
import { checkParentChange } from '../_internal/treeGuards.js';
import { entities, entityNames, type EntityName, type RecordOf } from '../port/entities.js';
import type {
  CustomerRepository,
  CustomerSearch,
  Draft,
  Page,
  Query,
  Repositories,
  Repository,
  Store,
  Where,
} from '../port/Repository.js';

type Row = { readonly id: string; readonly version: number } & Readonly<Record<string, unknown>>;
const deleted = Symbol('deleted');
type Write = Row | typeof deleted;

/** One entity's committed records and their indexes. */
class Table {
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

/** The writes of one open transaction, on top of the committed tables. */
class Session {
  readonly writes = new Map<EntityName, Map<string, Write>>();

  constructor(readonly tables: ReadonlyMap<EntityName, Table>) {}

  table(entity: EntityName): Table {
    return this.tables.get(entity)!;
  }

  read(entity: EntityName, id: string): Row | null {
    const write = this.writes.get(entity)?.get(id);
    if (write === deleted) return null;
    return write ?? this.table(entity).rows.get(id) ?? null;
  }

  write(entity: EntityName, id: string, row: Write): void {
    let writes = this.writes.get(entity);
    if (!writes) this.writes.set(entity, (writes = new Map()));
    writes.set(id, row);
  }

  /** The ids whose current row may match `where`; callers filter the rows exactly. */
  candidates(entity: EntityName, where: [string, (string | null)[]][]): Iterable<string> {
    const table = this.table(entity);
    const pending = this.writes.get(entity);
    const first = where[0];
    const base: Iterable<string> = first
      ? [...new Set(first[1])].flatMap((value) => [...(table.indexes.get(first[0])?.get(value) ?? [])])
      : table.rows.keys();
    if (!pending || pending.size === 0) return base;
    const ids = new Set(base);
    for (const id of pending.keys()) ids.add(id);
    return ids;
  }

  select(entity: EntityName, where: [string, (string | null)[]][]): Row[] {
    const rows: Row[] = [];
    for (const id of this.candidates(entity, where)) {
      const row = this.read(entity, id);
      if (row && where.every(([field, values]) => values.includes((row[field] ?? null) as string | null))) rows.push(row);
    }
    return rows;
  }

  commit(): void {
    for (const [entity, writes] of this.writes) {
      const table = this.table(entity);
      for (const [id, write] of writes) table.apply(id, write);
    }
  }
}

function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Sort keys by row: rows are frozen, so a key computed once holds for the row's lifetime. */
const sortKeys = new WeakMap<Row, Map<string, string>>();

function keyOf(row: Row, field: string): string {
  let keys = sortKeys.get(row);
  if (!keys) sortKeys.set(row, (keys = new Map()));
  let key = keys.get(field);
  if (key === undefined) keys.set(field, (key = sortKey(row[field])));
  return key;
}

type Keyed = { readonly key: string; readonly row: Row };

/**
 * One page of `rows` in the query's order. Only the page (and one more row, to tell whether a
 * next page exists) is kept sorted while the rows stream past, so a page costs a pass over the
 * matches rather than a sort of them all.
 */
function page(rows: Row[], query: NormalizedQuery): Page<Row> {
  const sign = query.descending ? -1 : 1;
  const order = (a: Keyed, b: Keyed) => sign * (compareCodePoints(a.key, b.key) || compareCodePoints(a.row.id, b.row.id));
  const after = query.after ? { key: query.after.key, row: { id: query.after.id, version: 1 } } : null;
  const keep = query.limit + 1;
  const best: Keyed[] = [];
  const consider = (row: Row): Keyed | null => {
    const entry = { row, key: query.orderBy === 'id' ? row.id : keyOf(row, query.orderBy) };
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
  const items = best.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((entry) => entry.row),
    next: best.length > query.limit && last ? encodeCursor(last.key, last.row.id) : null,
  };
}

function repository<E extends EntityName>(entity: E, session: Session): Repository<E> {
  const table = session.table(entity);
  const load = (id: string) => session.read(entity, id) as RecordOf<E> | null;
  const insertOne = (draft: Draft<RecordOf<E>>): RecordOf<E> => {
    const parsed = checkDraft(entity, draft);
    const id = String(table.nextId++);
    const row = freeze(checkRecord(entity, { ...parsed, id, version: 1 })) as unknown as Row;
    session.write(entity, id, row);
    return row as unknown as RecordOf<E>;
  };
  return {
    async get(id) {
      return load(checkId(entity, id));
    },
    async getMany(ids) {
      if (!Array.isArray(ids)) throw new StaffcoreError('VALIDATION', 'Invalid ids: expected an array of ids', { details: { path: [] } });
      return ids.map((id) => load(checkId(entity, id))).filter((row): row is RecordOf<E> => row !== null);
    },
    async insert(draft) {
      return insertOne(draft);
    },
    async insertMany(drafts) {
      if (!Array.isArray(drafts)) throw notABatch();
      const parsed = drafts.map((draft, index) => {
        try {
          return checkDraft(entity, draft);
        } catch (error) {
          throw atIndex(error, index);
        }
      });
      return parsed.map(insertOne);
    },
    async update(record) {
      const next = checkRecord(entity, record) as unknown as Row;
      const current = session.read(entity, next.id);
      if (!current) throw notFound(entity, next.id);
      if (current.version !== next.version) throw conflict(entity, next.id);
      const saved = freeze({ ...next, version: next.version + 1 });
      session.write(entity, next.id, saved);
      return saved as unknown as RecordOf<E>;
    },
    async find(query?: Query<E>) {
      const normalized = normalizeQuery(entity, query);
      return page(session.select(entity, normalized.where), normalized) as unknown as Page<RecordOf<E>>;
    },
    async count(where?: Where<E>) {
      return session.select(entity, normalizeQuery(entity, where ? { where } : {}).where).length;
    },
    async remove(id, version) {
      const key = checkId(entity, id);
      const expected = checkVersion(entity, version);
      const current = session.read(entity, key);
      if (!current) throw notFound(entity, key);
      if (current.version !== expected) throw conflict(entity, key);
      session.write(entity, key, deleted);
    },
  };
}

function customerRepository(session: Session): CustomerRepository {
  const base = repository('customers', session);
  const read = (id: string) => session.read('customers', id) as Customer | null;
  const children = (id: string) =>
    (session.select('customers', [['parentId', [id]]]) as unknown as Customer[]).sort((a, b) =>
      compareCodePoints(`${a.id}/`, `${b.id}/`),
    );
  const { remove: _remove, ...rest } = base;
  return {
    ...rest,
    async insert(draft) {
      const parentId = (draft as { parentId?: unknown } | null)?.parentId;
      if (typeof parentId === 'string' && !read(parentId)) throw missingParent(parentId);
      return base.insert(draft);
    },
    async insertMany(drafts) {
      for (const [index, draft] of (Array.isArray(drafts) ? drafts : []).entries()) {
        const parentId = (draft as { parentId?: unknown } | null)?.parentId;
        if (typeof parentId === 'string' && !read(parentId)) throw atIndex(missingParent(parentId), index);
      }
      return base.insertMany(drafts);
    },
    async update(record) {
      const next = checkRecord('customers', record);
      const current = read(next.id);
      if (current && current.version === next.version && current.parentId !== next.parentId) {
        checkParentChange(next.id, next.parentId, (id) => {
          const node = read(id);
          return node ? node.parentId : undefined;
        });
      }
      return base.update(next);
    },
    async subtree(id) {
      const root = read(checkId('customers', id));
      if (!root) return [];
      // an explicit stack, not recursion: a chain thousands of levels deep must not overflow the call stack
      const out: Customer[] = [];
      const stack: Customer[] = [root];
      for (let node = stack.pop(); node; node = stack.pop()) {
        out.push(node);
        const kids = children(node.id);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      }
      return out;
    },
    async ancestors(id) {
      const out: Customer[] = [];
      let node = read(checkId('customers', id));
      while (node?.parentId) {
        node = read(node.parentId);
        if (node) out.push(node);
      }
      return out;
    },
    async search(input: CustomerSearch) {
      const search = checkSearch(input);
      const where: [string, (string | null)[]][] = [];
      if (search.rootsOnly) where.push(['parentId', [null]]);
      if (search.statuses) where.push(['status', [...search.statuses]]);
      if (search.branchIds) where.push(['branchId', [...search.branchIds]]);
      const orderBy = search.orderBy ?? 'name';
      if (orderBy !== 'name' && orderBy !== 'id') {
        throw new StaffcoreError('VALIDATION', 'Invalid search: orderBy: must be "name" or "id"', { details: { path: ['orderBy'] } });
      }
      const text = search.text === undefined ? '' : sortKey(search.text.trim());
      const rows = session
        .select('customers', where)
        .filter((row) => text === '' || keyOf(row, 'name').includes(text));
      return page(rows, {
        where,
        orderBy,
        descending: false,
        limit: checkLimit(search.limit),
        after: decodeCursor(search.after),
      }) as unknown as Page<Customer>;
    },
  };
}

/** The in-memory store, with a look at its committed data for tests and the conformance suite's probes. */
export interface MemoryStore extends Store {
  /**
   * Reads a committed record straight from the store's maps, bypassing the repositories.
   * @param entity - the kind of record
   * @param id - its id
   * @returns the stored record, or `null`
   */
  peek(entity: EntityName, id: string): Readonly<Record<string, unknown>> | null;
  /**
   * Counts the committed records of one kind.
   * @param entity - the kind of record
   * @returns how many are stored
   */
  size(entity: EntityName): number;
}

/**
 * Creates an empty in-memory store.
 *
 * Records are frozen when saved, so what a repository returns cannot be changed behind the store's
 * back. Transactions are serialized; do not start a transaction from inside another one.
 *
 * @returns the store
 * @example
 * ```ts
 * const store = memoryStore();
 * const sc = createStaffcore({ store, actor });
 * ```
 */
export function memoryStore(): MemoryStore {
  const tables = new Map(entityNames.map((entity) => [entity, new Table(entity)]));
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;

  const run = async <R>(work: (tx: Repositories) => Promise<R>): Promise<R> => {
    const session = new Session(tables);
    const repositories = Object.fromEntries(
      entityNames.map((entity) => [entity, entity === 'customers' ? customerRepository(session) : repository(entity, session)]),
    ) as unknown as Repositories;
    const result = await work(repositories);
    session.commit();
    return result;
  };

  return {
    name: 'memory',
    transaction(work) {
      if (disposed) return Promise.reject(new StaffcoreError('STORE', 'The memory store was disposed'));
      const result = queue.then(() => run(work));
      queue = result.catch(() => undefined);
      return result;
    },
    async dispose() {
      disposed = true;
      for (const table of tables.values()) table.rows.clear();
    },
    peek(entity, id) {
      return tables.get(entity)?.rows.get(id) ?? null;
    },
    size(entity) {
      return tables.get(entity)?.rows.size ?? 0;
    },
  };
}
