import { StaffcoreError, parseOrThrow } from '../../errors/index.js';
import { NewCustomerInput, type Customer, type Worksite } from '../../model/index.js';
import { findLikelyDuplicates, normalizeCustomerName, type DuplicateMatch } from '../../rules/findLikelyDuplicates.js';
import { resolveCustomerDefaults, type ResolvedDefaults } from '../../rules/resolveCustomerDefaults.js';
import { statusOf } from '../../rules/statusOf.js';
import { checkBranchInScope, getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import { prepareAddress } from '../_internal/prepareAddress.js';
import type { ActionContext } from '../ActionContext.js';

/** What adding a customer produced. */
export interface AddCustomerResult {
  /** The saved record. */
  readonly customer: Customer;
  /** The first worksite, created from the address given at creation (and the default), or `null`. */
  readonly worksite: Worksite | null;
  /** The effective defaults and where each came from. */
  readonly defaults: ResolvedDefaults['provenance'];
  /** Existing records in the rep's scope that look like the same business; reported, never blocking. */
  readonly likelyDuplicates: readonly DuplicateMatch[];
}

/**
 * Adds a customer record (or, with `parentId`, a department). Only the name is required; the rest
 * is defaulted from the hierarchy, the parent and the rep. An address fills the contact address and
 * creates the first worksite, which becomes the default. Every new record starts with the catalog's
 * initial status (`P`).
 *
 * @param ctx - the action context
 * @param input - what the rep entered
 * @returns the record, its first worksite, the defaults' provenance and likely duplicates
 * @throws StaffcoreError `VALIDATION` (bad input; nothing saved), `FORBIDDEN` (no `customer.add`
 * permission, or a branch outside the rep's level), `NOT_FOUND` (parent outside the rep's scope),
 * `STATUS_BLOCKED` (parent deleted), `STANDARDIZATION_REQUIRED`
 */
export async function addCustomer(ctx: ActionContext, input: NewCustomerInput): Promise<AddCustomerResult> {
  const entered = parseOrThrow(NewCustomerInput, input, 'customer');
  requirePermission(ctx, 'customer.add');
  return ctx.store.transaction(async (tx) => {
    const access = await loadAccess(ctx, tx);
    const parent = entered.parentId ? await getCustomerInScope(tx, access, entered.parentId, 'parentId') : null;
    if (parent && statusOf(parent.status, ctx.statuses).isDeletion) {
      throw new StaffcoreError('STATUS_BLOCKED', `Customer ${parent.id} is deleted; no department can be added under it`, {
        details: { path: ['parentId'], id: parent.id },
      });
    }
    if (entered.branchId !== undefined) checkBranchInScope(access, entered.branchId);

    const chainOf = (branchId: string) => access.hierarchy.chain(branchId);
    const billingEntered = entered.billingAddress;
    const resolved = resolveCustomerDefaults({
      input: {
        branchId: entered.branchId,
        accountManagerId: entered.accountManagerId,
        salesTeamId: entered.salesTeamId,
        defaultWorkerCompCode: entered.defaultWorkerCompCode,
        terms: entered.terms,
        billingAddress: undefined,
      },
      actor: ctx.actor,
      branchChain: chainOf,
      parent,
    });
    const values = resolved.values;
    const chain = chainOf(values.branchId);
    const contactAddress = entered.address ? await prepareAddress(ctx, entered.address, chain, 'address') : null;
    const billingAddress = billingEntered ? await prepareAddress(ctx, billingEntered, chain, 'billingAddress') : values.billingAddress;
    const provenance = billingEntered
      ? { ...resolved.provenance, billingAddress: { source: 'input', description: 'set on the record' } as const }
      : resolved.provenance;

    const now = ctx.clock.now().toISOString();
    let customer = await tx.customers.insert({
      name: entered.name,
      parentId: parent?.id ?? null,
      status: ctx.statuses.initial,
      branchId: values.branchId,
      contactAddress,
      billingAddress,
      defaultWorksiteId: null,
      phone: entered.phone ?? null,
      email: entered.email ?? null,
      socialHandles: entered.socialHandles ?? [],
      accountManagerId: values.accountManagerId,
      salesTeamId: values.salesTeamId,
      defaultWorkerCompCode: values.defaultWorkerCompCode,
      terms: values.terms,
      notes: entered.notes ?? '',
      duplicateOfId: null,
      createdAt: now,
      createdBy: ctx.actor.id,
      updatedAt: now,
      updatedBy: ctx.actor.id,
    } as Parameters<typeof tx.customers.insert>[0]);

    let worksite: Worksite | null = null;
    if (contactAddress) {
      worksite = await tx.worksites.insert({
        customerId: customer.id,
        name: entered.name,
        address: contactAddress,
        timeZone: null,
        directions: '',
        dressCode: '',
        createdAt: now,
      } as Parameters<typeof tx.worksites.insert>[0]);
      customer = await tx.customers.update({ ...customer, defaultWorksiteId: worksite.id });
    }

    const nameWords = normalizeCustomerName(entered.name).split(' ').filter((word) => word.length > 0);
    const probe = nameWords.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
    const similar = probe
      ? await tx.customers.search({ text: probe, branchIds: [...access.scope], limit: 500 })
      : { items: [] as Customer[] };
    const isDeleted = (code: string) => ctx.statuses.statuses.find((s) => s.code === code)?.isDeletion ?? false;
    const likelyDuplicates = findLikelyDuplicates(
      { name: entered.name, phone: entered.phone, contactAddress },
      similar.items.filter((c) => c.id !== customer.id),
      isDeleted,
    );
    return { customer, worksite, defaults: provenance, likelyDuplicates };
  });
}
