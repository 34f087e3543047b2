import { expect } from 'vitest';
import { compareCodePoints, sortKey } from '../../adapters/port/sortKey.js';
import { entities, type EntityName, type RecordOf } from '../../adapters/port/entities.js';
import type { ChangeFeedPage, Page, Repositories, Store } from '../../adapters/port/Repository.js';
import { isStaffcoreError, type StaffcoreError, type StaffcoreErrorCode } from '../../errors/index.js';
import type { AuditEvent } from '../../model/index.js';
import { customEntities } from '../../model/customValues.js';
import type { ConformanceCase } from '../ConformanceCase.js';
import { fixture, type FixtureRefs } from '../fixtures.js';
import type { StoreHarness } from '../StoreHarness.js';

/**
 * Declares a case, keeping its id as a literal type so the ids form a union.
 * @param c - the case
 * @returns the same case
 */
export const defineCase = <const Id extends string>(c: ConformanceCase<Id>): ConformanceCase<Id> => c;

/** A stored record of any entity, as the suite handles it. */
export type Rec = { readonly id: string; readonly version: number } & Readonly<Record<string, unknown>>;

/**
 * A repository with its types loosened, so a case can loop over every entity and hand a store
 * input of the wrong type on purpose.
 */
export interface LooseRepository {
  get(id: unknown): Promise<Rec | null>;
  getMany(ids: unknown): Promise<Rec[]>;
  insert(draft: unknown): Promise<Rec>;
  insertMany(drafts: unknown): Promise<Rec[]>;
  update(record: unknown): Promise<Rec>;
  find(query?: unknown): Promise<Page<Rec>>;
  count(where?: unknown): Promise<number>;
  remove?: (id: unknown, version: unknown) => Promise<void>;
}

/** The customer repository with its types loosened. */
export interface LooseCustomerRepository extends LooseRepository {
  subtree(id: unknown): Promise<Rec[]>;
  ancestors(id: unknown): Promise<Rec[]>;
  search(search: unknown): Promise<Page<Rec>>;
  lockTrees(ids: unknown): Promise<void>;
}

/** The audit log with its types loosened, to hand it input of the wrong type on purpose. */
export interface LooseAuditLog {
  append(events: unknown): Promise<AuditEvent[]>;
  forRecord(query: unknown): Promise<Page<AuditEvent>>;
  since(query?: unknown): Promise<ChangeFeedPage>;
}

/**
 * The audit log of a transaction, loosely typed.
 * @param tx - the transaction's repositories
 * @returns the audit log
 */
export const audit = (tx: Repositories): LooseAuditLog => tx.audit as LooseAuditLog;

/**
 * Resolves after `ms` milliseconds, to hold a transaction open while others run.
 * @param ms - how long
 * @returns when the time is up
 */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One entity's repository of a transaction, loosely typed.
 * @param tx - the transaction's repositories
 * @param entity - the kind of record
 * @returns the repository
 */
export const repo = (tx: Repositories, entity: EntityName): LooseRepository => tx[entity] as unknown as LooseRepository;

/**
 * The customer repository of a transaction, loosely typed.
 * @param tx - the transaction's repositories
 * @returns the customer repository
 */
export const customers = (tx: Repositories): LooseCustomerRepository => tx.customers as unknown as LooseCustomerRepository;

/** Every entity, customers first. */
export const allEntities = Object.keys(entities) as EntityName[];

/**
 * An id in the stores' id format that no store hands out to these cases.
 * @param n - makes distinct missing ids
 * @returns the id
 */
export const missingId = (n = 0): string => `no-such-record-${n}`;

/**
 * A record without the `id` and `version` a store allocates.
 * @param record - a stored record
 * @returns its other fields
 */
export function withoutMeta(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { id: _id, version: _version, ...rest } = record;
  return rest;
}

/**
 * A draft as a store saves it: a record of a kind with custom values gets `custom: {}` when the
 * draft leaves them out.
 * @param entity - the kind of record
 * @param draft - the draft handed to `insert`
 * @returns the fields the saved record holds besides its id and version
 */
export function asSaved(entity: EntityName, draft: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return (customEntities as readonly string[]).includes(entity) ? { custom: {}, ...draft } : { ...draft };
}

/** A short description of a thrown value, for failure messages. */
function describeThrown(error: unknown): string {
  if (isStaffcoreError(error)) return `StaffcoreError ${error.code}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `a thrown ${typeof error}: ${String(error)}`;
}

/**
 * Awaits `work` and returns what it threw; fails the case when it did not throw.
 * @param work - a promise, or a function making one
 * @param what - what was expected, for the failure message
 * @returns the thrown value
 */
export async function thrown(work: Promise<unknown> | (() => Promise<unknown>), what = 'an error'): Promise<unknown> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${what}, but the call succeeded`);
}

/**
 * Awaits `work` and checks it failed with a `StaffcoreError` of `code` (never a raw driver error).
 * @param work - a promise, or a function making one
 * @param code - the code the error must carry
 * @param label - what was tried, for the failure message
 * @returns the error, to look at its details
 */
export async function expectError<C extends StaffcoreErrorCode>(
  work: Promise<unknown> | (() => Promise<unknown>),
  code: C,
  label = '',
): Promise<StaffcoreError<C>> {
  const error = await thrown(work, `StaffcoreError ${code}${label ? ` (${label})` : ''}`);
  if (!isStaffcoreError(error, code)) {
    throw new Error(`expected StaffcoreError ${code}${label ? ` (${label})` : ''}, got ${describeThrown(error)}`, { cause: error });
  }
  expect(error.message.startsWith('[staffcore]')).toBe(true);
  return error;
}

/**
 * Checks through the probe that `record` is stored exactly as the store returned it.
 * @param harness - the store under test
 * @param entity - the kind of record
 * @param record - the record a repository returned
 */
export async function expectStored(harness: StoreHarness, entity: EntityName, record: Rec): Promise<void> {
  const stored = await harness.probe.read(entity, record.id);
  expect(stored, `${entity} ${record.id} in storage`).not.toBeNull();
  expect(stored?.version, `stored version of ${entity} ${record.id}`).toBe(record.version);
  expect(withoutMeta(stored?.record ?? {}), `stored fields of ${entity} ${record.id}`).toEqual(withoutMeta(record));
}

/**
 * Checks through the probe that nothing is stored under `id`.
 * @param harness - the store under test
 * @param entity - the kind of record
 * @param id - the id that must hold nothing
 */
export async function expectAbsent(harness: StoreHarness, entity: EntityName, id: string): Promise<void> {
  expect(await harness.probe.read(entity, id), `${entity} ${id} in storage`).toBeNull();
}

/**
 * The stored record counts of every entity, read through the probe.
 * @param harness - the store under test
 * @returns the count of each entity
 */
export async function countAll(harness: StoreHarness): Promise<Record<EntityName, number>> {
  const counts = await Promise.all(allEntities.map(async (entity) => [entity, await harness.probe.count(entity)] as const));
  return Object.fromEntries(counts) as Record<EntityName, number>;
}

/**
 * Saves a branch, a rep, a customer and an order for other records to refer to.
 * @param store - the store under test
 * @returns their ids
 */
export async function seed(store: Store): Promise<FixtureRefs> {
  return store.transaction(async (tx) => {
    const branch = await tx.branches.insert(fixture('branches', { name: 'Seed branch' }));
    const rep = await tx.reps.insert(fixture('reps', { name: 'Seed rep' }, { branchId: branch.id }));
    const customer = await tx.customers.insert(fixture('customers', { name: 'Seed customer' }, { branchId: branch.id, repId: rep.id }));
    const order = await tx.orders.insert(fixture('orders', {}, { customerId: customer.id, repId: rep.id }));
    return { branchId: branch.id, repId: rep.id, customerId: customer.id, orderId: order.id };
  });
}

/** Seeds the store (see {@link seed}) and reads the seeded customer and order back through the port. */
export async function seedAndRead(store: Store): Promise<{ refs: FixtureRefs; customer: RecordOf<'customers'>; order: RecordOf<'orders'> }> {
  const refs = await seed(store);
  const [customer, order] = await store.transaction((tx) => Promise.all([tx.customers.get(refs.customerId), tx.orders.get(refs.orderId)]));
  if (!customer || !order) throw new Error('the seeded records were not saved');
  return { refs, customer, order };
}

/** A change to one plain field of each entity, for update cases. */
export const changes: { readonly [E in EntityName]: readonly [field: string, value: unknown] } = {
  customers: ['name', 'Renamed customer'],
  worksites: ['name', 'Renamed worksite'],
  branches: ['name', 'Renamed branch'],
  reps: ['name', 'Renamed rep'],
  contacts: ['lastName', 'Renamed'],
  messages: ['text', 'Corrected message text'],
  orders: ['jobTitle', 'Warehouse lead'],
  assignments: ['jobTitle', 'Warehouse lead'],
  invoices: ['paid', '100.00'],
  tasks: ['completed', true],
  hotlists: ['name', 'Renamed hotlist'],
  favorites: ['createdAt', '2026-02-01T00:00:00.000Z'],
  statusChanges: ['reason', 'Corrected reason'],
  customerMoves: ['recordVersion', 7],
  bars: ['reason', 'Corrected reason'],
  invoiceLines: ['description', 'Corrected description'],
  payments: ['reference', 'Wire 2026-03-20'],
  creditLimits: ['limit', '75000.00'],
  hotlistMembers: ['addedAt', '2026-02-01T00:00:00.000Z'],
  lastSearches: ['query', '{"text":"zenith"}'],
  timeClocks: ['deviceId', 'TC-renamed'],
  rateChanges: ['reason', 'Corrected reason'],
  multiplierCodes: ['markupPercent', '35.0000'],
};

/**
 * Orders records as a store must: by the sort key of `field` (or by id), ties broken by id.
 * @param records - the records
 * @param field - the sort field, or `id`
 * @param direction - `asc` or `desc`, which applies to the tie-breaking id as well
 * @returns a sorted copy
 */
export function expectedOrder(records: readonly Rec[], field: string, direction: 'asc' | 'desc' = 'asc'): Rec[] {
  const sign = direction === 'desc' ? -1 : 1;
  const key = (r: Rec) => (field === 'id' ? r.id : sortKey(r[field]));
  return [...records].sort((a, b) => sign * (compareCodePoints(key(a), key(b)) || compareCodePoints(a.id, b.id)));
}

/**
 * The ids of records, for comparing lists.
 * @param records - the records
 * @returns their ids, in order
 */
export const ids = (records: readonly { readonly id: string }[]): string[] => records.map((r) => r.id);

/**
 * Reads every page of a paged query, failing when a page repeats a record or the pages never end.
 * @param readPage - reads the page after a cursor
 * @param maxPages - when to give up on a cursor that never ends
 * @returns the records of all pages in order, and how many pages there were
 */
export async function readAllPages<T extends { readonly id: string }>(
  readPage: (after: string | null) => Promise<Page<T>>,
  maxPages = 100_000,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page: Page<T> = await readPage(after);
    for (const item of page.items) {
      if (seen.has(item.id)) throw new Error(`record ${item.id} came back on two pages`);
      seen.add(item.id);
      items.push(item);
    }
    if (page.next === null) return { items, pages };
    expect(page.items.length, 'a page that has a next cursor is not empty').toBeGreaterThan(0);
    after = page.next;
  }
  throw new Error(`paging did not end after ${maxPages} pages`);
}

/**
 * Saves customers shaped as a tree in one transaction: `shape` maps each name to its parent's name
 * (or `null` for a root), parents listed before their children.
 * @param store - the store under test
 * @param refs - the ids the customers refer to
 * @param shape - each record's name and its parent's name
 * @param fields - further fields of each record, by name
 * @returns the saved records by name
 */
export async function buildTree(
  store: Store,
  refs: FixtureRefs,
  shape: Readonly<Record<string, string | null>>,
  fields: (name: string) => Readonly<Record<string, unknown>> = () => ({}),
): Promise<Record<string, Rec>> {
  return store.transaction(async (tx) => {
    const saved: Record<string, Rec> = {};
    for (const [name, parent] of Object.entries(shape)) {
      const parentId = parent === null ? null : saved[parent]?.id;
      if (parentId === undefined) throw new Error(`tree shape lists ${name} before its parent ${parent}`);
      saved[name] = await customers(tx).insert(fixture('customers', { name, parentId, ...fields(name) }, refs));
    }
    return saved;
  });
}

/**
 * Reads every stored customer of `records` through the probe, to compare before and after.
 * @param harness - the store under test
 * @param records - customers by name
 * @returns what storage holds for each name
 */
export async function snapshot(harness: StoreHarness, records: Readonly<Record<string, Rec>>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, record] of Object.entries(records)) out[name] = await harness.probe.read('customers', record.id);
  return out;
}

/**
 * Checks that a subtree lists its root first and every other record after its parent.
 * @param subtree - what `subtree` returned
 * @param rootId - the id asked for
 */
export function expectParentsFirst(subtree: readonly Rec[], rootId: string): void {
  expect(subtree[0]?.id, 'the subtree starts at its root').toBe(rootId);
  const position = new Map(subtree.map((r, i) => [r.id, i]));
  subtree.forEach((record, index) => {
    if (index === 0) return;
    const parentAt = position.get(record['parentId'] as string);
    expect(parentAt, `parent of ${record.id} is in the subtree`).toBeDefined();
    expect(parentAt!, `parent of ${record.id} comes before it`).toBeLessThan(index);
  });
}
