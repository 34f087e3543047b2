import type { StatusChange } from '../../model/index.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import { readAll } from '../_internal/readAll.js';
import type { ActionContext } from '../ActionContext.js';

/**
 * Reads the status history of a record, oldest first (in the order of the record versions the
 * changes produced, so changes within one instant keep their order).
 *
 * @param ctx - the action context
 * @param id - the Customer ID
 * @returns every recorded status change of the record
 * @throws StaffcoreError `NOT_FOUND`, `FORBIDDEN`
 */
export async function listStatusChanges(ctx: ActionContext, id: string): Promise<StatusChange[]> {
  requirePermission(ctx, 'customer.read');
  return ctx.store.transaction(async (tx) => {
    const customer = await getCustomerInScope(tx, await loadAccess(ctx, tx), id);
    const events = await readAll((after) => tx.statusChanges.find({ where: { customerId: customer.id }, orderBy: 'at', limit: 1000, after }));
    return events.sort((a, b) => a.recordVersion - b.recordVersion);
  });
}
