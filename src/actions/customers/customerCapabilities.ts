import { canAssignEmployees } from '../../rules/canAssignEmployees.js';
import { canCreateOrder } from '../../rules/canCreateOrder.js';
import { effectiveStatus, type EffectiveStatus } from '../../rules/effectiveStatus.js';
import type { Verdict } from '../../rules/Verdict.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import type { ActionContext } from '../ActionContext.js';
import { hasPermission } from '../../rules/hasPermission.js';

/** What a record offers the actor right now, each answer with its reason. */
export interface CustomerCapabilities {
  /** The record's own and effective status. */
  readonly status: EffectiveStatus;
  /** May the actor create a new order for the record? */
  readonly createOrder: Verdict;
  /** May the actor assign employees to the record's orders? */
  readonly assignEmployees: Verdict;
}

/**
 * Explains what a record allows the actor: the effective status along the path to the root, and
 * whether a new order or an assignment is allowed (status and permission), each with its reason.
 *
 * @param ctx - the action context
 * @param id - the Customer ID
 * @returns the effective status and the verdicts
 * @throws StaffcoreError `NOT_FOUND`, `FORBIDDEN` (no `customer.read`)
 */
export async function customerCapabilities(ctx: ActionContext, id: string): Promise<CustomerCapabilities> {
  requirePermission(ctx, 'customer.read');
  return ctx.store.transaction(async (tx) => {
    const customer = await getCustomerInScope(tx, await loadAccess(ctx, tx), id);
    const path = [customer, ...(await tx.customers.ancestors(customer.id))];
    const both = (permission: Verdict, status: Verdict): Verdict => (permission.allowed ? status : permission);
    return {
      status: effectiveStatus(path, ctx.statuses),
      createOrder: both(hasPermission(ctx.actor, 'order.create'), canCreateOrder(path, ctx.statuses)),
      assignEmployees: both(hasPermission(ctx.actor, 'assignment.edit'), canAssignEmployees(path, ctx.statuses)),
    };
  });
}
