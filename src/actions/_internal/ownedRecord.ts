import type { Page, Repository, Where } from '../../adapters/port/index.js';
import { entities, type RecordOf, type SortField } from '../../adapters/port/entities.js';
import type { Customer, CustomerId, CustomerScope } from '../../model/index.js';
import { notFound, type ActionRun } from './ActionRun.js';
import { businessRule } from './customerPath.js';
import { scopedIds } from './scopedIds.js';

/**
 * The kinds of record that belong to one customer record and are reached by their own id.
 * @category Action results
 */
export type OwnedEntity = 'orders' | 'assignments' | 'bars' | 'invoices' | 'contacts' | 'tasks' | 'worksites';

/** The owned repositories of a transaction, typed so that `owned[entity]` is `Repository<entity>`. */
type OwnedRepositories = { readonly [E in OwnedEntity]: Repository<E> };

/** A record of an owned kind, with the customer it belongs to (every owned kind has one). */
type Owned<E extends OwnedEntity> = RecordOf<E> & { readonly customerId: CustomerId };

/**
 * Reads a record that belongs to a customer, when the actor may see that customer; otherwise it
 * reads as not found, like the customer itself.
 * @param run - the action's run
 * @param entity - the kind of record
 * @param id - its id
 * @param field - the input field that named it
 * @returns the record and its customer
 * @throws StaffcoreError `NOT_FOUND` naming the field
 * @category Action results
 */
export async function ownedRecord<E extends OwnedEntity>(
  run: ActionRun,
  entity: E,
  id: string,
  field: string,
): Promise<{ readonly record: Owned<E>; readonly customer: Customer }> {
  const owned: OwnedRepositories = run.tx;
  let record: Owned<E> | null = await owned[entity].get(id);
  if (record && run.locking) {
    // Lock the customer's tree, then read the record again: what the rule checks is now as committed.
    await run.lockTrees([record.customerId]);
    record = await owned[entity].get(id);
  }
  const owner = record ? await run.tx.customers.get(record.customerId) : null;
  if (!record || !owner || !run.scope.has(owner.branchId)) throw notFound(entity, id, field);
  return { record, customer: owner };
}

/**
 * Reads an owned record to change it: as `ownedRecord` (by the input's `id`), at the version the
 * caller read, and refused when it is already in its final state (an order closed, a bar lifted, an
 * assignment ended).
 * @param run - the action's run
 * @param entity - the kind of record
 * @param ref - the input's `id` and optional `version`
 * @param finished - says why the record cannot change any more, or `null` when it can
 * @returns the record and its customer
 * @throws StaffcoreError `NOT_FOUND`, `CONFLICT`, `BUSINESS_RULE` (the message `finished` gave, on `id`)
 * @category Action results
 */
export async function ownedRecordToChange<E extends OwnedEntity>(
  run: ActionRun,
  entity: E,
  ref: { readonly id: string; readonly version?: number | undefined },
  finished: (record: Owned<E>) => string | null,
): Promise<{ readonly record: Owned<E>; readonly customer: Customer }> {
  const found = await ownedRecord(run, entity, ref.id, 'id');
  run.expectVersion(found.record, ref.version, entity);
  const reason = finished(found.record);
  if (reason !== null) throw businessRule(reason, ['id']);
  return found;
}

/**
 * The input every scoped list of owned records takes.
 * @category Action results
 */
export interface ScopedListInput {
  readonly customerId: CustomerId;
  readonly scope: CustomerScope;
  readonly limit: number;
  readonly after?: string | null | undefined;
}

/**
 * One page of the owned records of a record, its subtree or its whole tree (`scopedIds`), newest
 * first by the given field.
 * @param run - the action's run
 * @param entity - the kind of record
 * @param input - the record, its view and the page asked for
 * @param where - the filters, given the ids of the records in view
 * @param orderBy - the field to order by, newest first
 * @throws StaffcoreError `NOT_FOUND` naming `customerId`
 * @category Action results
 */
export async function scopedPage<E extends OwnedEntity>(
  run: ActionRun,
  entity: E,
  input: ScopedListInput,
  where: (customerId: readonly string[]) => Where<E>,
  orderBy: SortField<E>,
): Promise<Page<RecordOf<E>>> {
  const owned: OwnedRepositories = run.tx;
  const customerId = await scopedIds(run, input.customerId, input.scope);
  return owned[entity].find({ where: where(customerId), orderBy, direction: 'desc', limit: input.limit, after: input.after ?? null });
}
