import { z } from 'zod';
import { StaffcoreError, messages, parseOrThrow } from '../../errors/index.js';
import { CustomerId, WorksiteId, type Customer } from '../../model/index.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import type { ActionContext } from '../ActionContext.js';

const Input = z.object({ customerId: CustomerId, worksiteId: WorksiteId });

/**
 * Makes one of a customer's worksites its default (there is exactly one default when any exist).
 *
 * @param ctx - the action context
 * @param customerId - the Customer ID
 * @param worksiteId - a worksite of that customer
 * @returns the customer as saved
 * @throws StaffcoreError `VALIDATION` (the worksite is another customer's), `NOT_FOUND`, `FORBIDDEN`
 */
export async function setDefaultWorksite(ctx: ActionContext, customerId: string, worksiteId: string): Promise<Customer> {
  const input = parseOrThrow(Input, { customerId, worksiteId }, 'default worksite');
  requirePermission(ctx, 'worksite.edit');
  return ctx.store.transaction(async (tx) => {
    const customer = await getCustomerInScope(tx, await loadAccess(ctx, tx), input.customerId, 'customerId');
    const worksite = await tx.worksites.get(input.worksiteId);
    if (!worksite || worksite.customerId !== customer.id) {
      throw new StaffcoreError('VALIDATION', `Invalid default worksite: worksiteId: ${messages.worksiteNotOfCustomer(input.worksiteId, customer.id)}`, {
        details: { path: ['worksiteId'] },
      });
    }
    if (customer.defaultWorksiteId === worksite.id) return customer;
    return tx.customers.update({
      ...customer,
      defaultWorksiteId: worksite.id,
      updatedAt: ctx.clock.now().toISOString(),
      updatedBy: ctx.actor.id,
    });
  });
}
