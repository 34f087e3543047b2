import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import * as z from 'zod';
import { Customer, CustomerMove, MoveCustomerInput } from '../../model/index.js';
import { statusOf } from '../../rules/statusOf.js';
import { enforceRecordAction } from '../_internal/recordAction.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `customers.move` did.
 * @category Action results
 */
export const MoveCustomerResult = z.strictObject({
  /** The record at its new place. */
  customer: Customer,
  /** The recorded move; `null` when the record already had that parent (nothing was written). */
  move: CustomerMove.nullable(),
});
/**
 * What `customers.move` did.
 * @category Action results
 */
export type MoveCustomerResult = z.output<typeof MoveCustomerResult>;

/**
 * The `customers.move` action; its documentation is on the `move` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
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
