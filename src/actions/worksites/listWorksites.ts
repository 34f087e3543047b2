import type { Worksite } from '../../model/index.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import { readAll } from '../_internal/readAll.js';
import type { ActionContext } from '../ActionContext.js';

/**
 * Lists a customer's worksites, by name.
 *
 * @param ctx - the action context
 * @param customerId - the Customer ID
 * @returns the worksites
 * @throws StaffcoreError `NOT_FOUND`, `FORBIDDEN`
 */
export async function listWorksites(ctx: ActionContext, customerId: string): Promise<Worksite[]> {
  requirePermission(ctx, 'customer.read');
  return ctx.store.transaction(async (tx) => {
    const customer = await getCustomerInScope(tx, await loadAccess(ctx, tx), customerId, 'customerId');
    return readAll((after) => tx.worksites.find({ where: { customerId: customer.id }, orderBy: 'name', limit: 1000, after }));
  });
}
