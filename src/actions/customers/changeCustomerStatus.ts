import * as z from 'zod';
import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { ChangeStatusInput, Customer, StatusChange } from '../../model/index.js';
import { statusOf } from '../../rules/statusOf.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `customers.changeStatus` did.
 * @category Action results
 */
export const ChangeStatusResult = z.strictObject({
  /** The record the change was asked for, as saved. */
  customer: Customer,
  /** Every record changed (the record first, then cascaded departments), as saved. */
  changed: z.array(Customer).readonly(),
  /** The status-history entries written, one per changed record. */
  events: z.array(StatusChange).readonly(),
});
/**
 * What `customers.changeStatus` did.
 * @category Action results
 */
export type ChangeStatusResult = z.output<typeof ChangeStatusResult>;

/**
 * The `customers.changeStatus` action; its documentation is on the `changeStatus` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const changeCustomerStatus = defineAction({
  name: 'customers.changeStatus',
  summary: "Changes a record's status (optionally its whole subtree's), recorded with who, when and why.",
  input: ChangeStatusInput,
  result: ChangeStatusResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED'],
  subject: 'status change',
  permission: 'customer.changeStatus',
  correctsDeleted: true,
  async run(run, asked): Promise<ChangeStatusResult> {
    const known = run.statuses.statuses.some((status) => status.code === asked.to);
    if (!known) throw fieldError('status change', ['to'], messages.unknownStatus(asked.to));
    const target = statusOf(asked.to, run.statuses);
    if (target.isDeletion && asked.reason === undefined) {
      throw fieldError('status change', ['reason'], messages.deletionNeedsReason);
    }
    if (asked.duplicateOfId !== undefined && !target.isDeletion) {
      throw fieldError('status change', ['duplicateOfId'], messages.duplicateOnlyOnDeletion);
    }
    const { tx } = run;
    const record = await run.customer(asked.id);
    await enforceRecordAction(run, 'changeStatus', record);
    run.expectVersion(record, asked.version);
    const affected = asked.cascade ? await tx.customers.subtree(record.id) : [record];
    const outside = affected.find((c) => !run.scope.has(c.branchId));
    if (outside) {
      throw new StaffcoreError('FORBIDDEN', messages.cascadeOutOfScope(outside.id), { details: { entity: 'customers', id: outside.id } });
    }
    if (asked.duplicateOfId !== undefined) {
      const original = await run.customer(asked.duplicateOfId, 'duplicateOfId');
      if (affected.some((c) => c.id === original.id)) throw fieldError('status change', ['duplicateOfId'], messages.duplicateOfItself);
    }
    const toChange = affected.filter((c) => c.status !== target.code);
    if (toChange.length === 0) throw fieldError('status change', ['to'], messages.statusUnchanged(target.code));
    if (!target.isDeletion) {
      // A record deleted as a duplicate stays deleted, also when a cascade reaches it (the record itself was checked by the menu rule).
      const duplicate = toChange.find((c) => c.duplicateOfId !== null && statusOf(c.status, run.statuses).isDeletion);
      if (duplicate) {
        throw new StaffcoreError('STATUS_BLOCKED', messages.mergedDuplicate(duplicate.id, duplicate.duplicateOfId!), {
          details: { entity: 'customers', id: duplicate.id, path: ['cascade'] },
        });
      }
    }

    const next = toChange.map((before) => ({
      ...before,
      status: target.code,
      // "Duplicate of" belongs to a deletion: a record leaving it is nobody's duplicate.
      duplicateOfId: !target.isDeletion ? null : before.id === record.id ? (asked.duplicateOfId ?? null) : before.duplicateOfId,
    }));

    // Set-based: one write of every changed record and one of their history entries, whatever the subtree's size.
    const changed = await tx.customers.updateMany(next);
    const events = await tx.statusChanges.insertMany(
      changed.map((saved, index) => {
        const before = toChange[index]!;
        return {
          customerId: before.id,
          from: before.status,
          to: target.code,
          reason: asked.reason ?? null,
          duplicateOfId: before.id === record.id ? (asked.duplicateOfId ?? null) : null,
          merged: false,
          cascadedFromId: before.id === record.id ? null : record.id,
          recordVersion: saved.version,
          at: run.now,
          by: run.actor.id,
        };
      }),
    );
    const customer = changed.find((c) => c.id === record.id) ?? record;
    return { customer, changed, events };
  },
});
