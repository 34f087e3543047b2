import type { Customer } from '../../model/index.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import type { ActionContext } from '../ActionContext.js';

/**
 * Reads a customer record the actor may see.
 *
 * @param ctx - the action context
 * @param id - the Customer ID
 * @returns the record
 * @throws StaffcoreError `NOT_FOUND` when there is no such record or it lies outside the actor's
 * hierarchy level, `FORBIDDEN` without `customer.read`, `VALIDATION` for a malformed id
 */
export async function getCustomer(ctx: ActionContext, id: string): Promise<Customer> {
  requirePermission(ctx, 'customer.read');
  return ctx.store.transaction(async (tx) => getCustomerInScope(tx, await loadAccess(ctx, tx), id));
}
