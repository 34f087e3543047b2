import { z } from 'zod';
import { parseOrThrow } from '../../errors/index.js';
import { CustomerId, NewWorksiteInput, type Customer, type Worksite } from '../../model/index.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import { prepareAddress } from '../_internal/prepareAddress.js';
import type { ActionContext } from '../ActionContext.js';

/** What adding a worksite produced. */
export interface AddWorksiteResult {
  /** The saved worksite. */
  readonly worksite: Worksite;
  /** The customer as saved afterwards (its `defaultWorksiteId` may have changed). */
  readonly customer: Customer;
}

const Input = z.object({ customerId: CustomerId, worksite: NewWorksiteInput });

/**
 * Adds a worksite (a place employees are sent) to a customer. The customer's first worksite
 * becomes its default; a later one does when `makeDefault` is set.
 *
 * @param ctx - the action context
 * @param customerId - the Customer ID
 * @param worksite - the worksite's name, address, time zone, directions and dress code
 * @returns the worksite and the customer as saved
 * @throws StaffcoreError `VALIDATION`, `NOT_FOUND`, `FORBIDDEN` (no `worksite.edit`), `STANDARDIZATION_REQUIRED`
 */
export async function addWorksite(ctx: ActionContext, customerId: string, worksite: NewWorksiteInput): Promise<AddWorksiteResult> {
  const input = parseOrThrow(Input, { customerId, worksite }, 'worksite');
  requirePermission(ctx, 'worksite.edit');
  return ctx.store.transaction(async (tx) => {
    const access = await loadAccess(ctx, tx);
    const customer = await getCustomerInScope(tx, access, input.customerId, 'customerId');
    const address = await prepareAddress(ctx, input.worksite.address, access.hierarchy.chain(customer.branchId), 'worksite.address');
    const saved = await tx.worksites.insert({
      customerId: customer.id,
      name: input.worksite.name ?? address.line1,
      address,
      timeZone: input.worksite.timeZone ?? null,
      directions: input.worksite.directions ?? '',
      dressCode: input.worksite.dressCode ?? '',
      createdAt: ctx.clock.now().toISOString(),
    } as Parameters<typeof tx.worksites.insert>[0]);
    const becomesDefault = customer.defaultWorksiteId === null || input.worksite.makeDefault === true;
    const updated = becomesDefault
      ? await tx.customers.update({
          ...customer,
          defaultWorksiteId: saved.id,
          updatedAt: ctx.clock.now().toISOString(),
          updatedBy: ctx.actor.id,
        })
      : customer;
    return { worksite: saved, customer: updated };
  });
}
