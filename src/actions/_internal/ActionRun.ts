import { entities, type EntityName, type Repositories } from '../../adapters/port/index.js';
import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { Actor, Branch, BranchId, Customer, CustomerId } from '../../model/index.js';
import type { AddressStandardizer } from '../../rules/addressStandardizer.js';
import type { Integrations } from '../../rules/integrations.js';
import type { StatusCatalog } from '../../rules/statusCatalog.js';
import type { BranchHierarchy } from '../../tree/BranchHierarchy.js';
import type { ReportDefinition } from '../../reports/defineReport.js';
import type { CustomFieldSet } from '../../rules/customFields.js';

type Field = string | readonly (string | number)[];

/**
 * What an action's run function works with, inside its one transaction: the repositories (whose
 * writes are recorded for the audit trail and stamped), the actor, the instant of the action,
 * the actor's scope, and the scoped reads every action shares.
 * @category Action results
 */
export interface ActionRun {
  /** The service rep acting. */
  readonly actor: Actor;
  /** The instant of the action (one per action, from the clock), ISO 8601 UTC. */
  readonly now: string;
  /** The organization's status catalog. */
  readonly statuses: StatusCatalog;
  /** The host's address standardizer, or `null`. */
  readonly addressStandardizer: AddressStandardizer | null;
  /** The organization's integrations (time clock, Twitter/X). */
  readonly integrations: Integrations;
  /** The transaction's repositories; every write through them is recorded and stamped. */
  readonly tx: Repositories;
  /** The branch hierarchy. */
  readonly hierarchy: BranchHierarchy;
  /** The ids of the actor's level and every level below it. */
  readonly scope: ReadonlySet<string>;
  /** The host's own reports, as given to `createStaffcore` (the `reports` actions check them and add the built-in ones). */
  readonly reports: readonly ReportDefinition[];
  /** The organization's own fields on customers, contacts, orders and assignments, and the checks of their values. */
  readonly customFields: CustomFieldSet;
  /**
   * Whether the action writes: its reads of customer records (`customer`, owned
   * records) then lock the records' trees first (`lockTrees`), so what its rules read stays as read
   * until it commits.
   */
  readonly locking: boolean;
  /**
   * Locks the trees of these records for the rest of the action (a no-op for a read-only action,
   * or a tree already locked). `customer` and the owned-record reads (`ownedRecord`) call it; an action
   * that reads two trees locks both at once first, so two actions never wait for each other.
   * @param ids - records of the trees to lock
   */
  lockTrees(ids: readonly string[]): Promise<void>;
  /**
   * Reads a customer the actor may see.
   * @param id - the Customer ID
   * @param field - the input field that named it, for the error
   * @returns the record
   * @throws StaffcoreError `NOT_FOUND` when there is none or it lies outside the actor's scope
   */
  customer(id: CustomerId, field?: Field): Promise<Customer>;
  /**
   * Reads a level of the hierarchy within the actor's scope.
   * @param id - the level's id
   * @param field - the input field that named it
   * @returns the level
   * @throws StaffcoreError `NOT_FOUND`
   */
  branch(id: BranchId, field?: Field): Branch;
  /**
   * Fails with `CONFLICT` when the stored record is newer than the version a change is based on.
   * @param record - the stored record
   * @param version - the version the caller read; `undefined` skips the check
   * @param entity - the record's kind, for the message
   */
  expectVersion(record: { readonly id: string; readonly version: number }, version: number | undefined, entity?: EntityName): void;
}

const pathOf = (field: Field): readonly (string | number)[] => (typeof field === 'string' ? [field] : field);

/**
 * The error a record that is missing, or outside the actor's scope, raises: its message names the
 * kind of record as people say it ("Customer 7 was not found"), its details as the store names it
 * (`entity: 'customers'`, the spelling `audit.list` takes).
 * @category Action results
 */
export function notFound(entity: EntityName | 'reports', id: string, field: Field): StaffcoreError {
  const said = entity === 'reports' ? 'report' : entities[entity].label;
  const label = said.charAt(0).toUpperCase() + said.slice(1);
  return new StaffcoreError('NOT_FOUND', messages.notFound(label, id), { details: { entity, id, path: pathOf(field) } });
}

/** The `CONFLICT` errors a caller asked for, by giving the version it read: never retried. */
const askedConflicts = new WeakSet<object>();

/**
 * Marks a `CONFLICT` as one the caller asked for (it gave the version it read, or a preview's
 * versions), so `runAction` returns it rather than running the action again.
 * @param error - the conflict
 * @returns the same error
 * @category Action results
 */
export function askedConflict(error: StaffcoreError): StaffcoreError {
  askedConflicts.add(error);
  return error;
}

/**
 * Whether an error is a `CONFLICT` the caller asked for. Any other conflict met a concurrent write
 * the caller never saw (a record read and written in one action, changed between the two), and
 * running the action again may succeed.
 * @param error - what the action threw
 * @category Action results
 */
export function isAskedConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && askedConflicts.has(error);
}

/** What an action's run is made of: everything it holds but its shared reads. */
type ActionRunParts = Omit<ActionRun, 'customer' | 'branch' | 'expectVersion' | 'lockTrees'>;

/**
 * The run of one action: its parts as fields, the shared reads as methods on the prototype, so
 * setting up an action (a read in a few microseconds on the memory store) makes no closures.
 * @category Action results
 */
export class TransactionRun implements ActionRun {
  declare readonly actor: ActionRun['actor'];
  declare readonly now: string;
  declare readonly statuses: StatusCatalog;
  declare readonly addressStandardizer: AddressStandardizer | null;
  declare readonly integrations: Integrations;
  declare readonly tx: Repositories;
  declare readonly hierarchy: BranchHierarchy;
  declare readonly scope: ReadonlySet<string>;
  declare readonly reports: readonly ReportDefinition[];
  declare readonly customFields: CustomFieldSet;
  declare readonly locking: boolean;
  /** The trees locked so far. */
  private readonly locked = new Set<string>();

  constructor(parts: ActionRunParts) {
    Object.assign(this, parts);
  }

  async lockTrees(ids: readonly string[]): Promise<void> {
    if (!this.locking) return;
    const wanted = [...new Set(ids)].filter((id) => !this.locked.has(id));
    if (wanted.length === 0) return;
    await this.tx.customers.lockTrees(wanted);
    for (const id of wanted) this.locked.add(id);
  }

  async customer(id: CustomerId, field: Field = 'id'): Promise<Customer> {
    await this.lockTrees([id]);
    const found = await this.tx.customers.get(id);
    if (!found || !this.scope.has(found.branchId)) throw notFound('customers', id, field);
    return found;
  }

  branch(id: BranchId, field: Field = 'branchId'): Branch {
    const found = this.hierarchy.get(id);
    if (!found || !this.scope.has(found.id)) throw notFound('branches', id, field);
    return found;
  }

  expectVersion(record: { readonly id: string; readonly version: number }, version: number | undefined, entity: EntityName = 'customers'): void {
    if (version !== undefined && record.version !== version) {
      throw askedConflict(
        new StaffcoreError('CONFLICT', messages.conflict(entities[entity].label, record.id), {
          details: { entity, id: record.id, expected: version, stored: record.version },
        }),
      );
    }
  }
}
