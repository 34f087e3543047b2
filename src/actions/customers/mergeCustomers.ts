import * as z from 'zod';
import { entityNames, type Page } from '../../adapters/port/index.js';
import type { EntityName, RecordOf } from '../../adapters/port/entities.js';
import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { Customer, CustomerId, CustomValueSchema, MergeCustomersInput, StatusChange } from '../../model/index.js';
import { statusOf } from '../../rules/statusOf.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * The kinds of record a merge moves from the duplicate to the survivor by their `customerId`.
 * @category Action results
 */
export const mergedEntities = [
  'worksites',
  'contacts',
  'messages',
  'tasks',
  'orders',
  'assignments',
  'invoices',
  'invoiceLines',
  'payments',
  'bars',
  'timeClocks',
  'hotlistMembers',
  'favorites',
] as const satisfies readonly EntityName[];

/**
 * One change a merge makes (or, in a dry run, would make): a record changes one field
 * (`update`), a bookmark is removed (`remove`), or a history record is added (`insert`).
 * @category Action results
 */
export const MergeChange = z.discriminatedUnion('operation', [
  z
    .strictObject({
      /** A record changes one field. */
      operation: z.literal('update'),
      /** The kind of record, as the store names it. */
      entity: z.enum(entityNames),
      /** The record's id. */
      id: z.string(),
      /** The field (`customerId`, `parentId`, `status`, `duplicateOfId`, `defaultWorksiteId`). */
      field: z.string(),
      /** Its value before. */
      before: z.string().nullable(),
      /** Its value after. */
      after: z.string().nullable(),
    })
    .readonly(),
  z
    .strictObject({
      /**
       * A record is removed: the duplicate's hotlist membership or favorite when the survivor is
       * already on that hotlist or that rep's favorites (a bookmark, never a customer record).
       */
      operation: z.literal('remove'),
      /** The kind of record. */
      entity: z.enum(['hotlistMembers', 'favorites']),
      /** The record's id. */
      id: z.string(),
    })
    .readonly(),
  z
    .strictObject({
      /** A history record is added: the duplicate's status change, a department's move. */
      operation: z.literal('insert'),
      /** The kind of record. */
      entity: z.enum(['statusChanges', 'customerMoves']),
      /** The record it is about. */
      customerId: CustomerId,
    })
    .readonly(),
]);
/**
 * One change a merge makes (or, in a dry run, would make).
 * @category Action results
 */
export type MergeChange = z.output<typeof MergeChange>;

/**
 * What `customers.merge` did, or in a dry run would do.
 * @category Action results
 */
export const MergeCustomersResult = z.strictObject({
  /** Whether this was a dry run (nothing written). */
  dryRun: z.boolean(),
  /** The duplicate, as saved (unchanged in a dry run). */
  from: Customer,
  /** The survivor. */
  into: Customer,
  /** Every change, in the order it is made. The commit makes exactly the changes its dry run lists. */
  changes: z.array(MergeChange).readonly(),
  /** The duplicate's status-history entry (`null` in a dry run). */
  statusChange: StatusChange.nullable(),
  /**
   * The duplicate's custom values, each beside the survivor's value of the same field (`null`
   * when it has none): the survivor keeps its own values and the duplicate keeps its own (marked
   * deleted), so a rep reads here, before merging, which ones to copy over with `customers.update`.
   */
  duplicateCustomValues: z
    .array(
      z.strictObject({
        /** The custom field. */
        field: z.string(),
        /** The duplicate's value. */
        duplicate: CustomValueSchema,
        /** The survivor's value of the field, `null` when it has none. */
        survivor: CustomValueSchema,
      }),
    )
    .readonly(),
});
/**
 * What `customers.merge` did, or in a dry run would do.
 * @category Action results
 */
export type MergeCustomersResult = z.output<typeof MergeCustomersResult>;

/** A kind of record a merge moves. */
type MergedEntity = (typeof mergedEntities)[number];

/** What a merge needs of a repository whose records belong to a customer: read them by customer, save, remove. */
interface OwnedByCustomer<T> {
  find(query: { readonly where: { readonly customerId: string }; readonly orderBy: 'id'; readonly limit: number; readonly after: string | null }): Promise<Page<T>>;
  updateMany(records: readonly T[]): Promise<T[]>;
  remove(id: string, version: number): Promise<void>;
}

/** The repositories a merge moves records in, typed so that `merged[entity]` holds `RecordOf<entity>`. */
type MergedRepositories = { readonly [E in MergedEntity]: OwnedByCustomer<RecordOf<E>> };

/** What a merge does to one kind of record: the records it moves to the survivor, and those it removes. */
interface Plan<E extends MergedEntity = MergedEntity> {
  readonly entity: E;
  readonly moves: readonly RecordOf<E>[];
  readonly removals: readonly RecordOf<E>[];
}

/**
 * Plans one kind of record: all of the duplicate's move, except those whose `sameAs` key the
 * survivor already holds (a hotlist it is on, a rep who bookmarked it), which are removed.
 */
async function planOf<E extends MergedEntity>(
  merged: MergedRepositories,
  entity: E,
  from: Customer,
  into: Customer,
  sameAs?: (record: RecordOf<E>) => string,
): Promise<Plan<E>> {
  const repository = merged[entity];
  const ownedBy = (customer: Customer) => readAll((after) => repository.find({ where: { customerId: customer.id }, orderBy: 'id', limit: 1000, after }));
  const owned = await ownedBy(from);
  if (!sameAs) return { entity, moves: owned, removals: [] };
  const taken = new Set((await ownedBy(into)).map(sameAs));
  return { entity, moves: owned.filter((record) => !taken.has(sameAs(record))), removals: owned.filter((record) => taken.has(sameAs(record))) };
}

/** Saves one plan: the moved records with the survivor's id, in one batch; the removals one by one. */
async function applyPlan<E extends MergedEntity>(merged: MergedRepositories, plan: Plan<E>, into: Customer): Promise<void> {
  const repository = merged[plan.entity];
  if (plan.moves.length > 0) await repository.updateMany(plan.moves.map((record) => ({ ...record, customerId: into.id })));
  for (const record of plan.removals) await repository.remove(record.id, record.version);
}

/**
 * The `customers.merge` action; its documentation is on the `merge` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const mergeCustomers = defineAction({
  name: 'customers.merge',
  summary: 'Merges a duplicate into the surviving record (a dry run lists every change first) and marks it deleted, \"duplicate of\".',
  input: MergeCustomersInput,
  result: MergeCustomersResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'TREE_CYCLE'],
  subject: 'merge',
  permission: 'customer.merge',
  correctsDeleted: true,
  async run(run, input): Promise<MergeCustomersResult> {
    if (input.from === input.into) throw fieldError('merge', ['into'], messages.mergeIntoItself);
    // Both trees at once, in one order: what the merge plans from stays as read until it commits.
    await run.lockTrees([input.from, input.into]);
    const from = await run.customer(input.from, 'from');
    const into = await run.customer(input.into, 'into');
    await enforceRecordAction(run, 'mergeDuplicate', from);
    if (statusOf(into.status, run.statuses).isDeletion) {
      throw new StaffcoreError('STATUS_BLOCKED', messages.recordDeleted(into.id, 'nothing can be merged into it'), { details: { entity: 'customers', id: into.id, path: ['into'] } });
    }
    if ((await run.tx.customers.ancestors(into.id)).some((ancestor) => ancestor.id === from.id)) {
      throw new StaffcoreError('TREE_CYCLE', messages.underOwnDescendant(from.id, into.id), { details: { entity: 'customers', id: from.id, path: ['into'] } });
    }
    const { tx } = run;
    const children = await readAll((after) => tx.customers.find({ where: { parentId: from.id }, orderBy: 'id', limit: 1000, after }));
    const outside = children.find((child) => !run.scope.has(child.branchId));
    if (outside) throw new StaffcoreError('FORBIDDEN', messages.cascadeOutOfScope(outside.id), { details: { entity: 'customers', id: outside.id } });

    const merged: MergedRepositories = tx;
    const plans: Plan[] = [];
    for (const entity of mergedEntities) {
      if (entity === 'hotlistMembers') plans.push(await planOf(merged, entity, from, into, (member) => member.hotlistId));
      else if (entity === 'favorites') plans.push(await planOf(merged, entity, from, into, (favorite) => favorite.repId));
      else plans.push(await planOf(merged, entity, from, into));
    }

    const changes: MergeChange[] = [];
    for (const child of children) {
      changes.push({ operation: 'update', entity: 'customers', id: child.id, field: 'parentId', before: from.id, after: into.id });
      changes.push({ operation: 'insert', entity: 'customerMoves', customerId: child.id });
    }
    for (const plan of plans) {
      for (const record of plan.moves) changes.push({ operation: 'update', entity: plan.entity, id: record.id, field: 'customerId', before: from.id, after: into.id });
      for (const record of plan.removals) changes.push({ operation: 'remove', entity: plan.entity as 'hotlistMembers' | 'favorites', id: record.id });
    }
    const deletion = run.statuses.statuses.find((status) => status.isDeletion)!;
    changes.push({ operation: 'update', entity: 'customers', id: from.id, field: 'status', before: from.status, after: deletion.code });
    changes.push({ operation: 'update', entity: 'customers', id: from.id, field: 'duplicateOfId', before: from.duplicateOfId, after: into.id });
    if (from.defaultWorksiteId !== null) {
      changes.push({ operation: 'update', entity: 'customers', id: from.id, field: 'defaultWorksiteId', before: from.defaultWorksiteId, after: null });
    }
    // Exactly one default when any worksite exists: a survivor without one takes the duplicate's
    // default (or its first worksite) along with the worksites.
    const movedWorksites = (plans.find((plan) => plan.entity === 'worksites') as Plan<'worksites'>).moves;
    const newDefault =
      into.defaultWorksiteId === null && movedWorksites.length > 0
        ? (movedWorksites.find((worksite) => worksite.id === from.defaultWorksiteId) ?? movedWorksites[0]!).id
        : null;
    if (newDefault !== null) changes.push({ operation: 'update', entity: 'customers', id: into.id, field: 'defaultWorksiteId', before: null, after: newDefault });
    changes.push({ operation: 'insert', entity: 'statusChanges', customerId: from.id });
    const duplicateCustomValues = Object.entries(from.custom).map(([field, value]) => ({ field, duplicate: value, survivor: into.custom[field] ?? null }));
    if (input.dryRun) return { dryRun: true, from, into, changes, statusChange: null, duplicateCustomValues };

    for (const child of children) {
      const moved = await tx.customers.update({ ...child, parentId: into.id });
      await tx.customerMoves.insert({ customerId: child.id, fromParentId: from.id, toParentId: into.id, recordVersion: moved.version, at: run.now, by: run.actor.id });
    }
    for (const plan of plans) await applyPlan(merged, plan, into);
    const latest = (await tx.customers.get(from.id))!;
    const saved = await tx.customers.update({ ...latest, status: deletion.code, duplicateOfId: into.id, defaultWorksiteId: null });
    if (newDefault !== null) {
      const survivor = (await tx.customers.get(into.id))!;
      await tx.customers.update({ ...survivor, defaultWorksiteId: newDefault });
    }
    const statusChange = await tx.statusChanges.insert({
      customerId: from.id,
      from: from.status,
      to: deletion.code,
      reason: messages.mergedReason(into.id, input.reason),
      duplicateOfId: into.id,
      merged: true,
      cascadedFromId: null,
      recordVersion: saved.version,
      at: run.now,
      by: run.actor.id,
    });
    return { dryRun: false, from: saved, into: (await tx.customers.get(into.id))!, changes, statusChange, duplicateCustomValues };
  },
});
