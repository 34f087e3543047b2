import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import * as z from 'zod';
import { Customer, CustomerMove, MoveCustomerInput } from '../../model/index.js';
import { statusOf } from '../../rules/statusOf.js';
import { enforceRecordAction } from '../_internal/recordAction.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `customers.move` did. */
export const MoveCustomerResult = z.strictObject({
  /** The record at its new place. */
  customer: Customer,
  /** The recorded move; `null` when the record already had that parent (nothing was written). */
  move: CustomerMove.nullable(),
});
/** What `customers.move` did. */
export type MoveCustomerResult = z.output<typeof MoveCustomerResult>;

/**
 * `customers.move`: moves a record, with every department below it, under another parent in one
 * atomic step; `newParentId: null` promotes it to a root customer. The move is recorded (who,
 * when, from, to) in the move history and the audit trail. Refuses, writing nothing, a move under
 * the record itself or one of its own departments (`TREE_CYCLE`), under a deleted record
 * (`STATUS_BLOCKED`), to or of a record outside the rep's scope (`NOT_FOUND`), from a stale
 * version (`CONFLICT`).
 */
export const moveCustomer = defineAction({
  name: 'customers.move',
  summary: 'Moves a record, with its departments, under another parent (or makes it a root), recorded in the move history.',
  input: MoveCustomerInput,
  result: MoveCustomerResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED', 'TREE_CYCLE'],
  subject: 'move',
  permission: 'customer.move',
  async run(run, { id, newParentId, version }): Promise<MoveCustomerResult> {
    // Both trees at once, in one order: two moves between the same trees never wait for each other.
    await run.lockTrees(newParentId === null ? [id] : [id, newParentId]);
    const record = await run.customer(id);
    await enforceRecordAction(run, 'changeParent', record);
    run.expectVersion(record, version);
    if (record.parentId === newParentId) return { customer: record, move: null };
    if (newParentId !== null) {
      const parent = await run.customer(newParentId, 'newParentId');
      if (parent.id === record.id) {
        throw new StaffcoreError('TREE_CYCLE', messages.ownParent(record.id), { details: { entity: 'customers', id: record.id, path: ['newParentId'] } });
      }
      // A cycle is named before a deleted parent, as moveTargets marks a deleted department 'descendant'.
      if ((await run.tx.customers.ancestors(parent.id)).some((ancestor) => ancestor.id === record.id)) {
        throw new StaffcoreError('TREE_CYCLE', messages.underOwnDescendant(record.id, parent.id), {
          details: { entity: 'customers', id: record.id, path: ['newParentId'] },
        });
      }
      if (statusOf(parent.status, run.statuses).isDeletion) {
        throw new StaffcoreError('STATUS_BLOCKED', messages.moveUnderDeleted(parent.id), { details: { entity: 'customers', id: parent.id, path: ['newParentId'] } });
      }
    }
    // The store moves the whole subtree atomically (and checks the cycle again, under its locks).
    const customer = await run.tx.customers.update({ ...record, parentId: newParentId });
    const move = await run.tx.customerMoves.insert({
      customerId: record.id,
      fromParentId: record.parentId,
      toParentId: newParentId,
      recordVersion: customer.version,
      at: run.now,
      by: run.actor.id,
    });
    return { customer, move };
  },
});
