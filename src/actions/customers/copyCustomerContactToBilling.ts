import { z } from 'zod';
import { parseOrThrow } from '../../errors/index.js';
import type { Customer } from '../../model/index.js';
import { copyContactToBilling } from '../../rules/copyContactToBilling.js';
import { conflictUnlessVersion } from '../_internal/conflictUnlessVersion.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import type { ActionContext } from '../ActionContext.js';

/** Which record to copy the contact address of, and optionally the version read. */
export interface CopyContactToBillingInput {
  /** The Customer ID. */
  readonly id: string;
  /** The version read; when given, a newer stored version fails with `CONFLICT`. */
  readonly version?: number;
}

const Input = z.object({ id: z.string(), version: z.number().int().positive().optional() });

/**
 * Copies a customer's contact address to its billing address in one call.
 *
 * @param ctx - the action context
 * @param input - the record (and the version read)
 * @returns the saved record
 * @throws StaffcoreError `VALIDATION` (no contact address), `NOT_FOUND`, `FORBIDDEN`, `CONFLICT`
 */
export async function copyCustomerContactToBilling(ctx: ActionContext, input: CopyContactToBillingInput): Promise<Customer> {
  const { id, version } = parseOrThrow(Input, input, 'copy to billing');
  requirePermission(ctx, 'customer.edit');
  return ctx.store.transaction(async (tx) => {
    const current = await getCustomerInScope(tx, await loadAccess(ctx, tx), id);
    conflictUnlessVersion(current, version);
    return tx.customers.update({
      ...copyContactToBilling(current),
      updatedAt: ctx.clock.now().toISOString(),
      updatedBy: ctx.actor.id,
    } as Customer);
  });
}
