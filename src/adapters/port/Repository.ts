import type { AuditEvent, Customer, NewAuditEvent } from '../../model/index.js';
import type { CustomCondition } from '../../rules/customFields.js';
import type { EntityName, IndexedField, RecordOf, SortField } from './entities.js';
import type { Financials } from './Financials.js';

/**
 * A record as given to `insert`: everything but the `id` and `version` the store allocates; a
 * record's `custom` values may be left out (the store saves `{}`).
 */
export type Draft<T> = T extends unknown ? Omit<T, 'id' | 'version' | 'custom'> & ('custom' extends keyof T ? { readonly custom?: T['custom'] } : unknown) : never;

/** A filter value: one value, `null`, or a list of values (any of which matches). */
export type WhereValue = string | null | readonly (string | null)[];

/** Equality filters on an entity's indexed fields, all of which must match. */
export type Where<E extends EntityName> = { readonly [K in IndexedField<E>]?: WhereValue };

/** A query of one entity: filters, order, page size and the cursor of the previous page. */
export interface Query<E extends EntityName> {
  /** Equality filters on indexed fields. */
  readonly where?: Where<E>;
  /**
   * The field to order by; ties are broken by `id`. Defaults to `id`. Keys compare by code point after
   * lower-casing (PostgreSQL's `"C"` collation), and ids compare as strings, so `'10'` sorts before `'9'`.
   */
  readonly orderBy?: SortField<E>;
  /** `asc` (default) or `desc`. */
  readonly direction?: 'asc' | 'desc';
  /** The page size, 1 to 10,000; defaults to 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page, to read the page after it. */
  readonly after?: string | null;
}

/** One page of results and the cursor of the next page (`null` on the last page). */
export interface Page<T> {
  /** The records of this page, in order. */
  readonly items: readonly T[];
  /** Pass as `after` to read the next page; `null` when there is none. */
  readonly next: string | null;
}

/**
 * The repository of one kind of record. Every method validates what it is given and throws a
 * `StaffcoreError` (`VALIDATION`, `CONFLICT`, `NOT_FOUND`, `STORE`); "not found" on a read is `null`.
 */
export interface Repository<E extends EntityName> {
  /**
   * Reads one record.
   * @param id - the record's id
   * @returns the record, or `null` when there is none
   */
  get(id: string): Promise<RecordOf<E> | null>;
  /**
   * Reads several records at once.
   * @param ids - the ids to read
   * @returns the records found, in the order of `ids`; missing ones are left out
   */
  getMany(ids: readonly string[]): Promise<RecordOf<E>[]>;
  /**
   * Saves a new record; the store allocates its id and sets `version` to 1.
   * @param draft - the record without id and version
   * @returns the saved record
   */
  insert(draft: Draft<RecordOf<E>>): Promise<RecordOf<E>>;
  /**
   * Saves many new records in one go (bulk write); all or none are saved.
   * @param drafts - the records without id and version
   * @returns the saved records, in the order of `drafts`
   */
  insertMany(drafts: readonly Draft<RecordOf<E>>[]): Promise<RecordOf<E>[]>;
  /**
   * Replaces a record when its `version` is still the stored one; the stored version becomes `version + 1`.
   * @param record - the changed record, carrying the version it was read at
   * @returns the saved record with its new version
   * @throws StaffcoreError `CONFLICT` when the stored version differs, `NOT_FOUND` when there is no such record
   */
  update(record: RecordOf<E>): Promise<RecordOf<E>>;
  /**
   * Replaces many records at once, each only when its `version` is still the stored one; all or
   * none are saved (a bulk `update`: one round trip per chunk on PostgreSQL).
   * @param records - the changed records, each carrying the version it was read at
   * @returns the saved records with their new versions, in the order given
   * @throws StaffcoreError `CONFLICT` when any stored version differs, `NOT_FOUND` when any record is missing
   */
  updateMany(records: readonly RecordOf<E>[]): Promise<RecordOf<E>[]>;
  /**
   * Finds records by indexed fields, ordered and paged.
   * @param query - filters, order, page size, cursor
   * @returns one page
   */
  find(query?: Query<E>): Promise<Page<RecordOf<E>>>;
  /**
   * Counts records matching filters.
   * @param where - equality filters on indexed fields
   * @returns how many records match
   */
  count(where?: Where<E>): Promise<number>;
  /**
   * Deletes a record when its `version` is still the stored one. Customer records are never deleted
   * (they leave through status `X`), so the customer repository has no `remove`.
   * @param id - the record's id
   * @param version - the version it was read at
   * @throws StaffcoreError `CONFLICT` on a stale version, `NOT_FOUND` when there is no such record
   */
  remove(id: string, version: number): Promise<void>;
}

/** A search of customer records, for lists and the previous/next of the last search. */
export interface CustomerSearch {
  /** Case-insensitive text the name must contain. */
  readonly text?: string;
  /** Only these statuses (e.g. the active-search ones). */
  readonly statuses?: readonly string[];
  /** Only records of these branches (e.g. the actor's scope). */
  readonly branchIds?: readonly string[];
  /** Only root customers (no parent). */
  readonly rootsOnly?: boolean;
  /**
   * Only records whose custom values meet every condition (all must hold), answered from an index:
   * - `{ field, equals }`: the stored value is exactly that JSON value. The string `'1'` is not the
   *   number `1`, `true` is not `'true'`; `equals: null` matches a stored JSON `null`, never a record
   *   without the field.
   * - `{ field, from?, to? }`: a range, both ends included. A number bound compares numerically and
   *   matches only number values; a string bound compares by code point (PostgreSQL's `"C"`
   *   collation) and matches only string values; so bounds of two types match nothing. With
   *   neither end, any number or string value matches.
   */
  readonly custom?: readonly CustomCondition[];
  /** `name` (default) or `id`; ties are broken by `id`. */
  readonly orderBy?: 'name' | 'id';
  /** The page size, 1 to 10,000; defaults to 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string | null;
}

/** A search for customers whose names look like a given one (trigram similarity, as `trigramSimilarity` measures it). */
export interface SimilarNameQuery {
  /** The folded name to compare with (`duplicateKeys(record).nameKey`). */
  readonly nameKey: string;
  /** Only records of these branches. */
  readonly branchIds?: readonly string[];
  /** The least similarity reported, 0 to 1; 0.5 by default. */
  readonly threshold?: number;
  /** The most records returned, 1 to 1,000; 20 by default. */
  readonly limit?: number;
}

/** A customer whose folded name looks like the one searched for, and how much. */
export interface SimilarName {
  /** The record. */
  readonly customer: Customer;
  /**
   * The trigram similarity of the two folded names, 0 to 1: shared trigrams over all trigrams of
   * both, each name's words padded as `pg_trgm` pads them.
   */
  readonly similarity: number;
}

/**
 * The repository of customer records, which also keeps the customer tree. Changing `parentId`
 * through `update` is a move: the store checks that the new parent exists and is not the record
 * itself or one of its descendants (`TREE_CYCLE`), and moves the whole subtree atomically.
 */
export interface CustomerRepository extends Omit<Repository<'customers'>, 'remove'> {
  /**
   * Reads a record and all its descendants in one query, parents before children.
   * @param id - the subtree's root
   * @returns the subtree (empty when there is no such record)
   */
  subtree(id: string): Promise<Customer[]>;
  /**
   * Reads the ancestors of a record, nearest first (parent, grandparent, …, root).
   * @param id - the record
   * @returns the ancestors (empty for a root customer or an unknown id)
   */
  ancestors(id: string): Promise<Customer[]>;
  /**
   * Searches customers by name text, status, branch, ordered by name (or id) and paged.
   * @param search - what to look for
   * @returns one page
   */
  search(search: CustomerSearch): Promise<Page<Customer>>;
  /**
   * Finds customers whose folded names look like a given one: at most `limit` of them, most similar
   * first (ties by id), each at least `threshold` similar as `trigramSimilarity` measures it.
   *
   * The work is bounded whatever the size of the book: a store compares the names of four
   * windows, and may compare more. The windows are the 50 names on either side of the one searched
   * for in the order of folded names, and the 50 on either side in the order of folded names read
   * backwards (by code point, ties by id), each taken in the branches asked out of the 400 nearest.
   * A name a typo apart shares its beginning or its end with the one searched for, so it sorts near
   * it in one order or the other. The memory store also walks its trigram index, reading at most
   * 1,000 postings, rarest trigrams first; its answer is exact whenever that walk finishes (a
   * small book, or a name with a rare trigram). The answer is the best of the names compared: in
   * a large book whose names share words, a name alike in other ways (its words reordered, typos
   * at both ends) can be missed. Exact repeats of a folded name are not left to this method:
   * `find({ where: { nameKey } })` finds every one from an index.
   * @param query - the folded name, the branches, the threshold and the limit
   * @returns the similar records with their similarity
   */
  similarNames(query: SimilarNameQuery): Promise<SimilarName[]>;
  /**
   * Locks the trees that hold these records until the transaction ends. An action calls it before
   * it reads what a rule checks over records it does not write (the statuses up a tree, what a
   * merge moves, the subtree a cascade changes, an order's assignments): while one transaction holds
   * a tree, another's `lockTrees`, and any move or new department in that tree, waits for it, so
   * the rule's outcome is that of some one-at-a-time order of the two. Reads after the call see
   * what the transaction that held the lock before committed. Ids of no record are skipped. Trees
   * are locked together, in one order, so two callers never wait for each other. A store that runs
   * one transaction at a time (the memory store) has nothing to do; in read-only work it is a no-op.
   * @param ids - records of the trees to lock
   * @throws StaffcoreError `BUSY` when a lock is not granted within the store's lock timeout
   */
  lockTrees(ids: readonly string[]): Promise<void>;
}

/** The repository of the branch hierarchy's levels. */
export interface BranchRepository extends Repository<'branches'> {
  /**
   * A token that changes whenever any level of the hierarchy is written, by this process or any
   * other sharing the storage; a caller may keep the hierarchy it read while the token stays the same.
   * @returns the token
   */
  hierarchyVersion(): Promise<string>;
}

/** Which record's audit trail to read, and which page of it. */
export interface AuditTrailQuery {
  /** The kind of record (`customers`, `worksites`, …). */
  readonly entity: EntityName;
  /** The record's id. */
  readonly recordId: string;
  /** The page size, 1 to 10,000; defaults to 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string | null;
}

/** Where to resume reading the change feed. */
export interface ChangeFeedQuery {
  /** The `next` cursor of the previous page; `null` or left out reads from the first event. */
  readonly after?: string | null;
  /** The page size, 1 to 10,000; defaults to 100. */
  readonly limit?: number;
}

/** One page of the change feed. */
export interface ChangeFeedPage {
  /** The events of this page, in commit order. */
  readonly items: readonly AuditEvent[];
  /**
   * Pass as `after` to read on. Never `null`: on an empty page it is the cursor that was given
   * (or the feed's start), so a reader can poll with it until new events commit.
   */
  readonly next: string;
}

/**
 * The audit trail of every write, which is also the change feed a host tails (a transactional
 * outbox): an event is written in the same transaction as its write, so it exists exactly when
 * the write committed.
 */
export interface AuditLog {
  /**
   * Records the events of this transaction's writes. Call it as the last step of the
   * transaction's work (several calls in a row for a large batch): the store allocates the events'
   * ids (their feed positions) in commit order, and may hold other appending transactions back
   * from this call until this one ends. It also allocates the `transactionId`: the same for every
   * event this transaction appends, over all its calls, and one no other committed transaction has
   * (a rolled-back transaction's may be reused, as its events never commit). The events come with
   * their `recordVersion`, which the store keeps as given.
   * @param events - the events, without ids and transaction id
   * @returns the events with their ids and transaction id, in the order given
   * @throws StaffcoreError `VALIDATION` naming the event's index and field when one is malformed; none of the batch is written
   */
  append(events: readonly NewAuditEvent[]): Promise<AuditEvent[]>;
  /**
   * Reads one record's committed events, oldest first. Like `since`, it leaves out the events this
   * transaction appended itself: they are read once it commits.
   * @param query - the record and the page
   * @returns one page
   * @throws StaffcoreError `VALIDATION` naming `entity`, `recordId`, `limit` or `after` (a cursor this store did not hand out)
   */
  forRecord(query: AuditTrailQuery): Promise<Page<AuditEvent>>;
  /**
   * Reads the committed events after a cursor, in commit order. Every committed event is read
   * exactly once by a reader that follows the `next` cursors, even while other transactions are
   * writing: an event that commits later never lands before a position already read.
   * @param query - the cursor and the page size
   * @returns one page and the cursor to resume from
   * @throws StaffcoreError `VALIDATION` naming `limit` or `after` (a cursor this store did not hand out)
   */
  since(query?: ChangeFeedQuery): Promise<ChangeFeedPage>;
}

/** Every repository of a store, as seen inside one transaction. */
export type Repositories = {
  readonly customers: CustomerRepository;
  readonly branches: BranchRepository;
  /** The audit trail and change feed. */
  readonly audit: AuditLog;
  /** Aggregate queries for financial reports; a store without them is read through its repositories. */
  readonly financials?: Financials;
} & { readonly [E in Exclude<EntityName, 'customers' | 'branches'>]: Repository<E> };

/** How a transaction runs. */
export interface TransactionOptions {
  /**
   * The work only reads. A store may then run it without a transaction of its own (PostgreSQL:
   * no BEGIN and COMMIT, two round trips fewer; each statement sees what was committed when it
   * started, as at READ COMMITTED). Every write method refuses with `STORE`.
   */
  readonly readOnly?: boolean;
}

/**
 * A store: where staffcore keeps its records. Everything is read and written inside
 * `transaction`, which is all-or-nothing: when `work` throws, no write of it remains.
 *
 * The shared conformance suite (`staffcore/testing`) is the definition of a correct store.
 */
export interface Store {
  /** A short name for messages and benchmarks (`memory`, `postgres`). */
  readonly name: string;
  /**
   * Runs `work` in a transaction: its writes are kept when it resolves and all undone when it throws.
   * @param work - reads and writes through the repositories it is given
   * @param options - `readOnly` for work that only reads
   * @returns what `work` returns
   * @throws StaffcoreError `STORE` when read-only work tries to write
   */
  transaction<R>(work: (tx: Repositories) => Promise<R>, options?: TransactionOptions): Promise<R>;
  /** Releases what the store holds (connections it opened itself). The store is unusable afterwards. */
  dispose(): Promise<void>;
}
