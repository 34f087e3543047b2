import { z } from 'zod';
import { parseOrThrow } from '../../errors/index.js';
import { CustomerPatch, type Address, type Customer } from '../../model/index.js';
import { conflictUnlessVersion } from '../_internal/conflictUnlessVersion.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import { prepareAddress } from '../_internal/prepareAddress.js';
import type { ActionContext } from '../ActionContext.js';

/** A change to a customer record, based on the version the rep read. */
export interface UpdateCustomerInput {
  /** The Customer ID. */
  readonly id: string;
  /** The version the changes are based on; a newer stored version fails with `CONFLICT`. */
  readonly version: number;
  /** The fields to change; `null` clears a field. */
  readonly changes: CustomerPatch;
}

const UpdateInput = z.object({ id: z.string(), version: z.number().int().positive(), changes: CustomerPatch });

/**
 * Changes fields of a customer record. Addresses go through the standardizer as on creation.
 * Status, parent and branch have their own actions.
 *
 * @param ctx - the action context
 * @param input - the id, the version read, and the changes
 * @returns the saved record with its new version
 * @throws StaffcoreError `VALIDATION`, `NOT_FOUND`, `FORBIDDEN` (no `customer.edit`), `CONFLICT`
 * (the record changed since `version`), `STANDARDIZATION_REQUIRED`
 */
export async function updateCustomer(ctx: ActionContext, input: UpdateCustomerInput): Promise<Customer> {
  const { id, version, changes } = parseOrThrow(UpdateInput, input, 'customer update');
  requirePermission(ctx, 'customer.edit');
  return ctx.store.transaction(async (tx) => {
    const access = await loadAccess(ctx, tx);
    const current = await getCustomerInScope(tx, access, id);
    conflictUnlessVersion(current, version);
    const chain = access.hierarchy.chain(current.branchId);
    const address = async (value: unknown, field: string): Promise<Address | null> =>
      value === null ? null : prepareAddress(ctx, value, chain, `changes.${field}`);
    const { contactAddress, billingAddress, ...plain } = changes;
    const next: Customer = {
      ...current,
      ...plain,
      ...(contactAddress !== undefined ? { contactAddress: await address(contactAddress, 'contactAddress') } : {}),
      ...(billingAddress !== undefined ? { billingAddress: await address(billingAddress, 'billingAddress') } : {}),
      version,
      updatedAt: ctx.clock.now().toISOString(),
      updatedBy: ctx.actor.id,
    } as Customer;
    return tx.customers.update(next);
  });
}
