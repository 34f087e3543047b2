import { entities, type EntityName, type Repositories } from '../../adapters/port/index.js';
import { StaffcoreError, messages } from '../../errors/index.js';
import type { Actor, Branch, BranchId, Customer, CustomerId, Worksite, WorksiteId } from '../../model/index.js';
import type { AddressStandardizer } from '../../rules/addressStandardizer.js';
import type { Integrations } from '../../rules/integrations.js';
import type { StatusCatalog } from '../../rules/statusCatalog.js';
import type { BranchHierarchy } from '../../tree/BranchHierarchy.js';
import type { ReportRegistry } from '../../reports/ReportRegistry.js';

type Field = string | readonly (string | number)[];

/**
 * What an action's run function works with, inside its one transaction: the repositories (whose
 * writes are recorded for the audit trail and stamped), the actor, the instant of the action,
 * the actor's scope, and the scoped reads every action shares.
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
  /** The reports the instance can run: the built-in ones and the host's. */
  readonly reports: ReportRegistry;
  /**
   * Reads a customer the actor may see.
   * @param id - the Customer ID
   * @param field - the input field that named it, for the error
   * @returns the record
   * @throws StaffcoreError `NOT_FOUND` when there is none or it lies outside the actor's scope
   */
  customer(id: CustomerId, field?: Field): Promise<Customer>;
  /**
   * Reads a worksite of a customer the actor may see.
   * @param id - the worksite's id
   * @param field - the input field that named it
   * @returns the worksite
   * @throws StaffcoreError `NOT_FOUND`
   */
  worksite(id: WorksiteId, field?: Field): Promise<Worksite>;
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
 */
export function notFound(entity: EntityName | 'reports', id: string, field: Field): StaffcoreError {
  const said = entity === 'reports' ? 'report' : entities[entity].label;
  const label = said.charAt(0).toUpperCase() + said.slice(1);
  return new StaffcoreError('NOT_FOUND', messages.notFound(label, id), { details: { entity, id, path: pathOf(field) } });
}

/** Builds the run of one action inside its transaction. */
export function createActionRun(parts: Omit<ActionRun, 'customer' | 'worksite' | 'branch' | 'expectVersion'>): ActionRun {
  const { tx, scope, hierarchy } = parts;
  const customer = async (id: CustomerId, field: Field = 'id'): Promise<Customer> => {
    const found = await tx.customers.get(id);
    if (!found || !scope.has(found.branchId)) throw notFound('customers', id, field);
    return found;
  };
  return {
    ...parts,
    customer,
    async worksite(id, field = 'worksiteId') {
      const found = await tx.worksites.get(id);
      const owner = found ? await tx.customers.get(found.customerId) : null;
      if (!found || !owner || !scope.has(owner.branchId)) throw notFound('worksites', id, field);
      return found;
    },
    branch(id, field = 'branchId') {
      const found = hierarchy.get(id);
      if (!found || !scope.has(found.id)) throw notFound('branches', id, field);
      return found;
    },
    expectVersion(record, version, entity = 'customers') {
      if (version !== undefined && record.version !== version) {
        throw new StaffcoreError('CONFLICT', messages.conflict(entities[entity].label, record.id), {
          details: { entity, id: record.id, expected: version, stored: record.version },
        });
      }
    },
  };
}
