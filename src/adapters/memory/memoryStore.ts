import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { AuditEvent } from '../../model/index.js';
import { lazyRepositories } from '../port/lazyRepositories.js';
import { entityNames, type EntityName } from '../port/entities.js';
import type { Repositories, Store, TransactionOptions } from '../port/Repository.js';
import type { Financials } from '../port/Financials.js';
import { AuditFeed } from './_internal/AuditFeed.js';
import { auditLog } from './_internal/auditLog.js';
import { branchRepository } from './_internal/branchRepository.js';
import { customerRepository } from './_internal/customerRepository.js';
import { repository } from './_internal/repository.js';
import { Session } from './_internal/Session.js';
import { Table } from './_internal/Table.js';
import type { CustomIndex } from './_internal/CustomIndex.js';

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
  /**
   * Reads the committed audit events straight from the store, bypassing the audit log.
   * @returns every committed event, in feed order
   */
  auditEvents(): readonly AuditEvent[];
}

/**
 * How the memory store answers financial aggregates (invoice totals, aging): made by
 * {@link indexedFinancials}. Opaque to a host.
 */
export interface MemoryFinancials {
  /**
   * Makes the aggregate queries of one transaction.
   * @internal
   * @param session - the transaction
   * @returns the queries
   */
  readonly create: (session: never) => Financials;
}

/** How an in-memory store is set up. */
export interface MemoryStoreOptions {
  /**
   * The store's own financial aggregates: {@link indexedFinancials}, which reads invoice lines
   * through the store's indexes in one pass (a master view over a hundred thousand records in
   * a fraction of a second). Left out, financial reports read the invoices through the
   * repositories, like on any store without aggregates of its own: the same figures, fine for
   * trees of hundreds or a few thousand records, and the store's code stays out of a bundle that
   * runs no report.
   */
  readonly financials?: MemoryFinancials;
  /**
   * An index of customers' custom values: {@link indexedCustomValues}, which answers
   * `search({ custom })` from the index (equality in a fraction of a millisecond at 100,000
   * records). Left out, such a search walks the records in the page's order and keeps those that
   * match: the same answer, a few milliseconds per ten thousand records.
   */
  readonly customValues?: MemoryCustomValues;
}

/**
 * How the memory store indexes custom values: made by {@link indexedCustomValues}. Opaque to a host.
 */
export interface MemoryCustomValues {
  /**
   * Makes the index of one table.
   * @internal
   * @returns the index
   */
  readonly create: () => never;
}

/** How many read-only transactions share one session (and the sorted matches of their searches) at most. */
const readsPerView = 64;

/**
 * Creates an empty in-memory store.
 *
 * Records are frozen when saved, so what a repository returns cannot be changed behind the store's
 * back. Transactions are serialized; do not start a transaction from inside another one.
 * Read-only transactions (`{ readOnly: true }`, as every read-only action runs) share one set of
 * repositories until a writing transaction commits, so a read costs a few microseconds. Audit
 * events take the feed positions after the committed ones and join the feed when their
 * transaction commits; a rolled-back transaction leaves none. Their transaction id is the
 * position of the transaction's first event.
 *
 * @param options - the store's own financial aggregates (see {@link MemoryStoreOptions})
 * @returns the store
 * @example
 * ```ts
 * import { bootstrapHierarchy, createStaffcore, standardRoles } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore();
 * const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
 * const sc = createStaffcore({
 *   store,
 *   actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
 * });
 * ```
 */
export function memoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const financials = options.financials?.create as ((session: Session) => Financials) | undefined;
  const customIndex = options.customValues?.create as (() => CustomIndex) | undefined;
  const tables = new Map(entityNames.map((entity) => [entity, new Table(entity, customIndex)]));
  const feed = new AuditFeed();
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;

  const repositoriesOf = (session: Session, transaction: TransactionOptions): Repositories =>
    lazyRepositories(
      (entity) => (entity === 'customers' ? customerRepository(session) : entity === 'branches' ? branchRepository(session) : repository(entity, session)),
      auditLog(session),
      transaction,
      financials?.(session),
    );
  // Read-only transactions write nothing and run one at a time, so while no writing transaction
  // commits they all see the same committed tables: they share one session and its repositories,
  // made once after each write rather than once per read.
  // The session keeps the sorted matches of the searches it ran, so it is made afresh now and then.
  let readView: Repositories | null = null;
  let reads = 0;

  const run = async <R>(work: (tx: Repositories) => Promise<R>, transaction: TransactionOptions): Promise<R> => {
    if (transaction.readOnly) {
      if (!readView || ++reads > readsPerView) {
        readView = repositoriesOf(new Session(tables, feed), transaction);
        reads = 0;
      }
      return work(readView);
    }
    readView = null;
    const session = new Session(tables, feed);
    const result = await work(repositoriesOf(session, transaction));
    session.commit();
    return result;
  };

  return {
    name: 'memory',
    transaction(work, options = {}) {
      if (disposed) return Promise.reject(new StaffcoreError('STORE', messages.storeDisposed('memory')));
      const result = queue.then(() => run(work, options));
      queue = result.catch(() => undefined);
      return result;
    },
    async dispose() {
      disposed = true;
      for (const table of tables.values()) table.clear();
      feed.clear();
    },
    peek(entity, id) {
      return tables.get(entity)?.rows.get(id) ?? null;
    },
    size(entity) {
      return tables.get(entity)?.rows.size ?? 0;
    },
    auditEvents() {
      return feed.all();
    },
  };
}
