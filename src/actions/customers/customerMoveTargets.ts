import * as z from 'zod';
import * as messages from '../../errors/messages.js';
import { CustomerId, MoveTargetsInput, pageOf, type Customer } from '../../model/index.js';
import { statusOf } from '../../rules/statusOf.js';
import { defineAction } from '../_internal/defineAction.js';
import type { ActionRun } from '../_internal/ActionRun.js';

/**
 * Why a record cannot be the new parent of a move: the record itself, one of its departments, deleted, or outside the rep's scope.
 * @category Action results
 */
export const NotAMoveTargetReason = z.enum(['itself', 'descendant', 'deleted', 'outOfScope']);
/**
 * Why a record cannot be the new parent of a move.
 * @category Action results
 */
export type NotAMoveTargetReason = z.output<typeof NotAMoveTargetReason>;

true satisfies [Exclude<NotAMoveTargetReason, keyof typeof messages.notAMoveTarget> | Exclude<keyof typeof messages.notAMoveTarget, NotAMoveTargetReason>] extends [never]
  ? true
  : false;

/**
 * One candidate new parent of a move, and whether it may be one.
 * @category Action results
 */
export const MoveTarget = z.strictObject({
  /** The record's id. */
  id: CustomerId,
  /** Its parent, `null` for a root customer. */
  parentId: CustomerId.nullable(),
  /** Its name; `null` for a record outside the rep's scope, which the rep may not read. */
  name: z.string().nullable(),
  /** Its depth in the tree, 0 for the root. */
  depth: z.number().int().nonnegative(),
  /** Whether the record may become the new parent. */
  valid: z.boolean(),
  /** Why not, when it may not. */
  reason: NotAMoveTargetReason.nullable(),
  /** The reason in words. */
  message: z.string().nullable(),
});
/**
 * One candidate new parent of a move, and whether it may be one.
 * @category Action results
 */
export type MoveTarget = z.output<typeof MoveTarget>;

/**
 * What `customers.moveTargets` found, one page: without `rootId`, root customers by name (`next`
 * reads on); with it, that root's whole tree, parents first (`next` is `null`).
 * @category Action results
 */
export const MoveTargetsResult = pageOf(MoveTarget);
/**
 * What `customers.moveTargets` found, one page.
 * @category Action results
 */
export type MoveTargetsResult = z.output<typeof MoveTargetsResult>;

/**
 * Marks each record of `nodes` as a valid new parent for `record`, or says why not: the record
 * itself, one of its own departments, a deleted record, or one outside the rep's scope.
 */
function markTargets(run: ActionRun, record: Customer, nodes: readonly Customer[], depthOf: (node: Customer) => number): MoveTarget[] {
  const below = new Set<string>([record.id]);
  return nodes.map((node) => {
    // Nodes come parents first, so a node's parent was seen before it.
    if (node.parentId !== null && below.has(node.parentId)) below.add(node.id);
    const reason: NotAMoveTargetReason | null = !run.scope.has(node.branchId)
      ? 'outOfScope'
      : node.id === record.id
        ? 'itself'
        : below.has(node.id)
          ? 'descendant'
          : statusOf(node.status, run.statuses).isDeletion
            ? 'deleted'
            : null;
    return {
      id: node.id,
      parentId: node.parentId,
      name: reason === 'outOfScope' ? null : node.name,
      depth: depthOf(node),
      valid: reason === null,
      reason,
      message: reason === null ? null : messages.notAMoveTarget[reason],
    };
  });
}

/**
 * The `customers.moveTargets` action; its documentation is on the `moveTargets` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const customerMoveTargets = defineAction({
  name: 'customers.moveTargets',
  summary: "Lists where a record could move: the root customers, or one root's tree marked valid or not, and why.",
  input: MoveTargetsInput,
  result: MoveTargetsResult,
  refusals: ['NOT_FOUND'],
  subject: 'move targets',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id, rootId, limit, after }): Promise<MoveTargetsResult> {
    const record = await run.customer(id);
    if (rootId === undefined) {
      const page = await run.tx.customers.search({ rootsOnly: true, branchIds: [...run.scope], orderBy: 'name', limit, after: after ?? null });
      return { items: markTargets(run, record, page.items, () => 0), next: page.next };
    }
    const root = await run.customer(rootId, 'rootId');
    const tree = await run.tx.customers.subtree(root.id);
    const depth = new Map<string, number>();
    const depthOf = (node: Customer) => {
      const d = node.parentId === null || node.id === root.id ? 0 : (depth.get(node.parentId) ?? 0) + 1;
      depth.set(node.id, d);
      return d;
    };
    return { items: markTargets(run, record, tree, depthOf), next: null };
  },
});
