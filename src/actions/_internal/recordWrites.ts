import { lazyRepositories } from '../../adapters/port/lazyRepositories.js';
import { entities, isAudited, type EntityName, type Page, type Repositories } from '../../adapters/port/index.js';
import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { FieldChange, NewAuditEvent } from '../../model/index.js';

type Row = { readonly id: string; readonly version: number } & Readonly<Record<string, unknown>>;
type Json = FieldChange['before'];

/** One record's net write within an action: its state before the action and after it. */
interface NetWrite {
  readonly entity: EntityName;
  readonly id: string;
  /** `null` when the action created the record. */
  readonly before: Row | null;
  /** `null` when the action removed the record. */
  after: Row | null;
  /** The version the record was removed at, when the action removed it. */
  removedAt: number | null;
}

/**
 * What the audit wrapper does with one repository method: `pass` calls it as it is (a count, a
 * lock, a token: nothing to record); `readOne`, `readMany` and `readPage` remember the records read,
 * so an update's "before" costs no extra read; each write (`insert`, `insertMany`, `update`,
 * `updateMany`, `remove`) is refused on a deleted record, stamped and recorded for the audit trail.
 * @category Action results
 */
export type Treatment = 'pass' | 'readOne' | 'readMany' | 'readPage' | 'insert' | 'insertMany' | 'update' | 'updateMany' | 'remove';

/**
 * A treatment for every method of a repository: a method the port gains is not wrapped until it is given one.
 * @category Action results
 */
export type RepositoryMethods<R> = { readonly [K in keyof R]-?: Treatment };

/** The entities whose repository is the port's plain `Repository<E>`. */
type PlainEntity = Exclude<EntityName, 'customers' | 'branches'>;

/** Every method name of any plain repository (a method one of them alone gains included). */
type PlainMethod = { [E in PlainEntity]: keyof Repositories[E] }[PlainEntity];

/**
 * How the audit wrapper treats each method of the port's repositories, checked against the port:
 * adding a method to `Repository`, `CustomerRepository` or `BranchRepository` (or a repository of
 * its own to one entity) without choosing its treatment here fails to compile, so no write can
 * reach the store without its audit event and stamp.
 * @category Action results
 */
export const repositoryMethods = {
  records: {
    get: 'readOne',
    getMany: 'readMany',
    find: 'readPage',
    count: 'pass',
    insert: 'insert',
    insertMany: 'insertMany',
    update: 'update',
    updateMany: 'updateMany',
    remove: 'remove',
  } as const satisfies { readonly [K in PlainMethod]: Treatment },
  customers: {
    get: 'readOne',
    getMany: 'readMany',
    find: 'readPage',
    count: 'pass',
    subtree: 'readMany',
    ancestors: 'readMany',
    search: 'readPage',
    similarNames: 'pass',
    lockTrees: 'pass',
    insert: 'insert',
    insertMany: 'insertMany',
    update: 'update',
    updateMany: 'updateMany',
  } as const satisfies RepositoryMethods<Repositories['customers']>,
  branches: {
    get: 'readOne',
    getMany: 'readMany',
    find: 'readPage',
    count: 'pass',
    hierarchyVersion: 'pass',
    insert: 'insert',
    insertMany: 'insertMany',
    update: 'update',
    updateMany: 'updateMany',
    remove: 'remove',
  } as const satisfies RepositoryMethods<Repositories['branches']>,
};

/** The treatments of one entity's repository. */
const methodsOf = (entity: EntityName): Readonly<Record<string, Treatment>> =>
  entity === 'customers' ? repositoryMethods.customers : entity === 'branches' ? repositoryMethods.branches : repositoryMethods.records;

/** A repository method called by name. */
type Method = (...args: never[]) => Promise<unknown>;

/** History written about a write in the same action (a status change, a move, a rate change): never new work of its own. */
const history = new Set<EntityName>(['statusChanges', 'customerMoves', 'rateChanges']);

/** Whether an entity's records belong to a customer record (carry its `customerId`). */
const ownedByCustomer = (entity: EntityName): boolean => (entities[entity].indexed as readonly string[]).includes('customerId');

/**
 * An event's `recordVersion`: the version the write stored, or for a removal the one after the
 * version it removed (a removal is the record's last change, so a consumer ordering a record's
 * events by version puts it last).
 */
const versionAfter = (write: NetWrite): number | null => write.after?.version ?? (write.removedAt === null ? null : write.removedAt + 1);

/** Fields every write changes, which an event's `changes` leaves out: the event has its own `at` and `actorId`. */
const bookkeeping = new Set(['id', 'version', 'updatedAt', 'updatedBy']);

const asJson = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json));

/** JSON with object keys sorted: stores may hand records back with their keys in another order (jsonb does). */
const canonical = (value: Json): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/** Custom values are all recorded: none is bookkeeping. */
const nothingSkipped: ReadonlySet<string> = new Set();

/** A record's custom values as a row of their own (`null` for no record). */
const customOf = (row: Row | null): Row | null => (row === null ? null : ((row['custom'] ?? {}) as Row));

const prefixed = (prefix: string, changes: Record<string, FieldChange>): Record<string, FieldChange> =>
  Object.fromEntries(Object.entries(changes).map(([field, change]) => [`${prefix}${field}`, change]));

function changesOf(before: Row | null, after: Row | null, skip: ReadonlySet<string> = bookkeeping): Record<string, FieldChange> {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    if (skip.has(field)) continue;
    if (field === 'custom' && skip === bookkeeping) {
      // Custom values are recorded field by field (`custom.vmsId`), like the record's own fields.
      Object.assign(changes, prefixed('custom.', changesOf(customOf(before), customOf(after), nothingSkipped)));
      continue;
    }
    const was = asJson(before?.[field]);
    const is = asJson(after?.[field]);
    if (canonical(was) !== canonical(is)) changes[field] = { before: was, after: is };
  }
  return changes;
}

/**
 * Records what an action writes, so the audit trail cannot miss a write: every write goes through
 * the repositories {@link WriteLog.wrap} hands out. Reads are remembered too, so an update's
 * "before" costs no extra read. Several writes of one record in one action make one event.
 * @category Action results
 */
export class WriteLog {
  private readonly seen = new Map<string, Row>();
  private readonly writes = new Map<string, NetWrite>();
  private customers: Repositories['customers'] | null = null;

  /**
   * @param stamp - the action's instant and actor, stamped on every update
   * @param deleted - tells a deletion status (`X`): the log then refuses any write of a deleted
   *   record, or of anything one holds (a department under it, its worksites, orders, invoices,
   *   payments, …); `null` for an action that exists to correct deleted records
   */
  constructor(
    private readonly stamp: { readonly now: string; readonly actorId: string },
    private readonly deleted: ((status: string) => boolean) | null = null,
  ) {}

  /**
   * The transaction's repositories with every write recorded, and `updatedAt` / `updatedBy` set
   * on every update of a record that has them.
   */
  wrap(tx: Repositories): Repositories {
    this.customers = tx.customers;
    // The audit log is handed over as it is: the events of the writes are appended by the action's pipeline.
    return lazyRepositories((entity) => this.wrapRepository(entity, tx[entity]), tx.audit, {}, tx.financials);
  }

  /**
   * The audit events of the writes, one per record written (a record created and removed again
   * leaves none, and so does working state that is not audited, such as the last search), each
   * with the record's version after the action. The store adds the transaction id when they are appended.
   */
  events(action: string): NewAuditEvent[] {
    const events: NewAuditEvent[] = [];
    for (const write of this.writes.values()) {
      if ((write.before === null && write.after === null) || !isAudited(write.entity)) continue;
      events.push({
        at: this.stamp.now,
        actorId: this.stamp.actorId as NewAuditEvent['actorId'],
        action,
        entity: write.entity,
        recordId: write.id,
        recordVersion: versionAfter(write),
        operation: write.before === null ? 'insert' : write.after === null ? 'remove' : 'update',
        changes: changesOf(write.before, write.after),
      });
    }
    return events;
  }

  private remember(entity: EntityName, rows: readonly unknown[]): void {
    for (const row of rows) {
      const record = row as Row;
      const key = `${entity}/${record.id}`;
      if (!this.writes.has(key)) this.seen.set(key, record);
    }
  }

  private written(entity: EntityName, id: string, before: Row | null, after: Row | null, removedAt: number | null = null): void {
    const key = `${entity}/${id}`;
    const earlier = this.writes.get(key);
    if (earlier) {
      earlier.after = after;
      earlier.removedAt = removedAt;
    } else this.writes.set(key, { entity, id, before, after, removedAt });
    this.seen.delete(key);
  }

  private async before(entity: EntityName, base: Repositories[EntityName], id: string): Promise<Row | null> {
    const key = `${entity}/${id}`;
    const earlier = this.writes.get(key);
    if (earlier) return earlier.before;
    const seen = this.seen.get(key);
    if (seen) return seen;
    return ((await base.get(id)) as Row | null) ?? null;
  }

  /** The "before" of several records, reading the ones not seen yet in one `getMany`. */
  private async befores(entity: EntityName, base: Repositories[EntityName], ids: readonly string[]): Promise<(Row | null)[]> {
    const known = ids.map((id): Row | null | undefined => {
      const earlier = this.writes.get(`${entity}/${id}`);
      return earlier ? earlier.before : this.seen.get(`${entity}/${id}`);
    });
    const missing = ids.filter((_, i) => known[i] === undefined);
    const read = missing.length > 0 ? ((await base.getMany(missing)) as readonly Row[]) : [];
    const byId = new Map(read.map((row) => [row.id, row]));
    return ids.map((id, i) => (known[i] !== undefined ? known[i] : (byId.get(id) ?? null)));
  }

  /** The stored status of customer records as this action sees them: its own writes first, then what it read, then the store. */
  private async statuses(ids: readonly string[]): Promise<Map<string, string>> {
    const known = new Map<string, string>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const key = `customers/${id}`;
      const row = this.writes.has(key) ? this.writes.get(key)!.after : this.seen.get(key);
      if (row) known.set(id, String(row['status']));
      else if (row === undefined) missing.push(id);
    }
    if (missing.length > 0 && this.customers) {
      for (const row of await this.customers.getMany(missing)) known.set(row.id, row.status);
    }
    return known;
  }

  /**
   * Refuses a write that creates or changes what a deleted record holds, or the deleted record
   * itself: one rule for every action, whatever the action's own checks looked at. A customer
   * record is refused when it was deleted before the write, or when it is put under a deleted
   * parent (a new department, a move); any other record when the customer it belongs to, before or
   * after the write, is deleted now.
   * @param entity - the kind of record written
   * @param pairs - each write's record before (`null` for an insert) and after (`null` for a removal)
   */
  private async guard(entity: EntityName, pairs: readonly (readonly [Row | null, Row | null])[]): Promise<void> {
    const isDeleted = this.deleted;
    if (isDeleted === null || history.has(entity)) return;
    const refuse = (id: string) =>
      new StaffcoreError('STATUS_BLOCKED', messages.recordDeleted(id, messages.deletedHoldsNothingNew), { details: { entity: 'customers', id } });
    const holders = new Set<string>();
    if (entity === 'customers') {
      for (const [before, after] of pairs) {
        if (before && isDeleted(String(before['status']))) throw refuse(before.id);
        const parentId = after?.['parentId'];
        if (typeof parentId === 'string' && parentId !== before?.['parentId']) holders.add(parentId);
      }
    } else if (ownedByCustomer(entity)) {
      for (const [before, after] of pairs) {
        for (const row of [before, after]) if (typeof row?.['customerId'] === 'string') holders.add(row['customerId']);
      }
    }
    if (holders.size === 0) return;
    const statuses = await this.statuses([...holders]);
    for (const id of holders) if (isDeleted(statuses.get(id) ?? '')) throw refuse(id);
  }

  /**
   * One entity's repository with each method treated as {@link repositoryMethods} says. A method of
   * the store beyond the port (none of staffcore's stores has one) is passed through: the port's
   * types give no action a way to call it.
   */
  private wrapRepository<E extends EntityName>(entity: E, repositoryOf: Repositories[E]): Repositories[E] {
    const base = repositoryOf as Repositories[EntityName];
    // Methods are looked up by the names of `repositoryMethods`, so by a string: through Reflect, not a cast.
    const methodOf = (method: string): unknown => Reflect.get(repositoryOf, method);
    const call = <T>(method: string, ...args: unknown[]): Promise<T> => Reflect.apply(methodOf(method) as Method, repositoryOf, args) as Promise<T>;
    const stamp = (record: Row): Row =>
      record !== null && typeof record === 'object' && 'updatedAt' in record && 'updatedBy' in record
        ? { ...record, updatedAt: this.stamp.now, updatedBy: this.stamp.actorId }
        : record;
    const reading = (method: string, pick: (result: never) => readonly unknown[]) => async (...args: unknown[]) => {
      const result = await call<never>(method, ...args);
      if (result) this.remember(entity, pick(result));
      return result;
    };
    const treat: Record<Treatment, (method: string) => Method> = {
      pass: (method) => (...args) => call(method, ...args),
      readOne: (method) => reading(method, (row: Row) => [row]),
      readMany: (method) => reading(method, (rows: Row[]) => rows),
      readPage: (method) => reading(method, (page: Page<Row>) => page.items),
      insert: (method) => async (draft: Row) => {
        await this.guard(entity, [[null, draft]]);
        const saved = await call<Row>(method, draft);
        this.written(entity, saved.id, null, saved);
        return saved;
      },
      insertMany: (method) => async (drafts: readonly Row[]) => {
        if (Array.isArray(drafts)) await this.guard(entity, drafts.map((draft: Row) => [null, draft] as const));
        const saved = await call<Row[]>(method, drafts);
        for (const row of saved) this.written(entity, row.id, null, row);
        return saved;
      },
      update: (method) => async (record: Row) => {
        const before = await this.before(entity, base, String(record?.id));
        await this.guard(entity, [[before, record]]);
        const saved = await call<Row>(method, stamp(record));
        this.written(entity, saved.id, before, saved);
        return saved;
      },
      updateMany: (method) => async (records: readonly Row[]) => {
        const list = Array.isArray(records) ? records : [];
        const befores = await this.befores(entity, base, list.map((record) => String(record?.id)));
        await this.guard(entity, list.map((record, i) => [befores[i] ?? null, record] as const));
        const saved = await call<Row[]>(method, Array.isArray(records) ? list.map(stamp) : records);
        saved.forEach((row, i) => this.written(entity, row.id, befores[i] ?? null, row));
        return saved;
      },
      remove: (method) => async (id: string, version: number) => {
        const before = await this.before(entity, base, id);
        await this.guard(entity, [[before, null]]);
        await call<void>(method, id, version);
        // The store removed it only because `version` was the stored one.
        this.written(entity, id, before, null, version);
      },
    };
    const wrapped: Record<string, unknown> = {};
    for (const [method, treatment] of Object.entries(methodsOf(entity))) {
      if (typeof methodOf(method) === 'function') wrapped[method] = treat[treatment](method);
    }
    for (const [method, fn] of Object.entries(repositoryOf)) {
      if (typeof fn === 'function' && !(method in wrapped)) wrapped[method] = treat.pass(method);
    }
    // Built by method name at run time, so the compiler cannot follow it; what makes it whole is
    // `repositoryMethods`, checked with `satisfies` against every method of the port: a method the
    // port gains without a treatment does not compile.
    return wrapped as unknown as Repositories[E];
  }
}
