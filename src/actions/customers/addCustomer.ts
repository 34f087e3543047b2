import { StaffcoreError, fieldError, messages } from '../../errors/index.js';
import { AddCustomerInput, type Customer, type Worksite } from '../../model/index.js';
import { findLikelyDuplicates, normalizeCustomerName, type DuplicateMatch } from '../../rules/findLikelyDuplicates.js';
import { resolveCustomerDefaults, type ResolvedDefaults } from '../../rules/resolveCustomerDefaults.js';
import { statusOf } from '../../rules/statusOf.js';
import { defineAction } from '../_internal/defineAction.js';
import { prepareAddress } from '../_internal/prepareAddress.js';

/** What `customers.add` produced. */
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
 * `customers.add`: adds a customer record (or, with `parentId`, a department). Only the name is
 * required; the rest is defaulted from the hierarchy, the parent and the rep. An address fills
 * the contact address and creates the first worksite, which becomes the default. Every new record
 * starts with the catalog's initial status (`P`).
 *
 * Refuses with `VALIDATION` (bad input), `FORBIDDEN` (no `customer.add`, or a branch outside the
 * rep's level), `NOT_FOUND` (parent outside the rep's scope), `STATUS_BLOCKED` (parent deleted),
 * `STANDARDIZATION_REQUIRED`.
 */
export const addCustomer = defineAction({
  input: AddCustomerInput,
  subject: 'customer',
  permission: 'customer.add',
  async run(run, entered): Promise<AddCustomerResult> {
    const { tx } = run;
    const parent = entered.parentId ? await run.customer(entered.parentId, 'parentId') : null;
    if (parent && statusOf(parent.status, run.statuses).isDeletion) {
      throw new StaffcoreError('STATUS_BLOCKED', messages.parentDeleted(parent.id), {
        details: { entity: 'customer', id: parent.id, path: ['parentId'] },
      });
    }
    if (entered.branchId !== undefined) {
      if (!run.hierarchy.get(entered.branchId)) {
        throw fieldError('customer', ['branchId'], messages.unknownBranch(entered.branchId));
      }
      if (!run.scope.has(entered.branchId)) {
        throw new StaffcoreError('FORBIDDEN', messages.branchOutOfScope(entered.branchId), { details: { path: ['branchId'] } });
      }
    }

    const chainOf = (branchId: Customer['branchId']) => run.hierarchy.chain(branchId);
    const resolved = resolveCustomerDefaults({
      input: {
        branchId: entered.branchId,
        accountManagerId: entered.accountManagerId,
        salesTeamId: entered.salesTeamId,
        defaultWorkerCompCode: entered.defaultWorkerCompCode,
        terms: entered.terms,
        billingAddress: undefined,
      },
      actor: run.actor,
      branchChain: chainOf,
      parent,
    });
    const values = resolved.values;
    const chain = chainOf(values.branchId);
    const contactAddress = entered.address ? await prepareAddress(run, entered.address, chain, ['address']) : null;
    const billingAddress = entered.billingAddress
      ? await prepareAddress(run, entered.billingAddress, chain, ['billingAddress'])
      : values.billingAddress;
    const provenance: ResolvedDefaults['provenance'] = entered.billingAddress
      ? { ...resolved.provenance, billingAddress: { source: 'input', description: 'set on the record' } }
      : resolved.provenance;

    let customer = await tx.customers.insert({
      name: entered.name,
      parentId: parent?.id ?? null,
      status: run.statuses.initial,
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
      createdAt: run.now,
      createdBy: run.actor.id,
      updatedAt: run.now,
      updatedBy: run.actor.id,
    });

    let worksite: Worksite | null = null;
    if (contactAddress) {
      worksite = await tx.worksites.insert({
        customerId: customer.id,
        name: entered.name,
        address: contactAddress,
        timeZone: null,
        directions: '',
        dressCode: '',
        createdAt: run.now,
      });
      customer = await tx.customers.update({ ...customer, defaultWorksiteId: worksite.id });
    }

    const nameWords = normalizeCustomerName(entered.name).split(' ').filter((word) => word.length > 0);
    const probe = nameWords.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
    const similar = probe ? await tx.customers.search({ text: probe, branchIds: [...run.scope], limit: 500 }) : { items: [] };
    const isDeleted = (code: string) => run.statuses.statuses.find((s) => s.code === code)?.isDeletion ?? false;
    const likelyDuplicates = findLikelyDuplicates(
      { name: entered.name, phone: entered.phone, contactAddress },
      similar.items.filter((c) => c.id !== customer.id),
      isDeleted,
    );
    return { customer, worksite, defaults: provenance, likelyDuplicates };
  },
});
