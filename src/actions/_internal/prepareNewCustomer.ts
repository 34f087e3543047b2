import { unstorableTextAt } from '../../adapters/port/unstorableText.js';
import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { AddCustomerInput, Address, Customer } from '../../model/index.js';
import type { Draft } from '../../adapters/port/index.js';
import { resolveCustomerDefaults, type ResolvedDefaults } from '../../rules/resolveCustomerDefaults.js';
import { checkRecordAction } from '../../rules/recordMenu.js';
import type { ActionRun } from './ActionRun.js';
import { prepareAddress } from './prepareAddress.js';
import type * as z from 'zod';

/**
 * A new customer record worked out from what a rep entered, ready to insert.
 * @category Action results
 */
export interface PreparedCustomer {
  /** The record to insert (its default worksite is set once the worksite exists). */
  readonly draft: Draft<Customer>;
  /** The contact address, which also becomes the first worksite; `null` without one. */
  readonly contactAddress: Address | null;
  /** The effective defaults and where each came from. */
  readonly provenance: ResolvedDefaults['provenance'];
}

type Path = readonly (string | number)[];

/**
 * Applies the rules of adding a customer to one parsed input: the parent in scope and not
 * deleted, the branch in scope, the defaults from the parent, the rep and the hierarchy, the
 * addresses standardized where the branch requires it, the custom values checked against the
 * instance's declaration (inherited ones taken from the parent). Writes nothing.
 *
 * @param at - where the input sits in the caller's input (`['rows', 3]` in a bulk import), for errors
 * @category Action results
 */
export async function prepareNewCustomer(run: ActionRun, entered: z.output<typeof AddCustomerInput>, at: Path = []): Promise<PreparedCustomer> {
  // Text no store can save is refused here, naming the field, before a lookup or an insert fails on it
  // (in an import, as the row's refusal).
  const unstorable = unstorableTextAt(entered);
  if (unstorable) throw fieldError('customer', [...at, ...unstorable], messages.unstorableText);
  const parent = entered.parentId ? await run.customer(entered.parentId, [...at, 'parentId']) : null;
  if (parent) {
    // The menu's "add department" rule: the same check (and message) whichever action adds under a parent.
    const verdict = checkRecordAction('addDepartment', { actor: run.actor, path: [parent], integrations: run.integrations, catalog: run.statuses });
    if (!verdict.allowed) {
      throw new StaffcoreError(verdict.code, verdict.reason, { details: { entity: 'customers', id: parent.id, path: [...at, 'parentId'] } });
    }
  }
  if (entered.branchId !== undefined) {
    if (!run.hierarchy.get(entered.branchId)) throw fieldError('customer', [...at, 'branchId'], messages.unknownBranch(entered.branchId));
    if (!run.scope.has(entered.branchId)) {
      throw new StaffcoreError('FORBIDDEN', messages.branchOutOfScope(entered.branchId), { details: { path: [...at, 'branchId'] } });
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
  const contactAddress = entered.address ? await prepareAddress(run, entered.address, chain, [...at, 'address']) : null;
  const billingAddress = entered.billingAddress
    ? await prepareAddress(run, entered.billingAddress, chain, [...at, 'billingAddress'])
    : values.billingAddress;
  // Declared fields marked inherited take the parent's value when the department is given none.
  const custom = run.customFields.of('customers').parseNew(entered.custom, [...at, 'custom'], parent?.custom ?? null);
  const provenance: ResolvedDefaults['provenance'] = entered.billingAddress
    ? { ...resolved.provenance, billingAddress: { source: 'input', description: messages.setOnRecord } }
    : resolved.provenance;
  return {
    contactAddress,
    provenance,
    draft: {
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
      custom,
      createdAt: run.now,
      createdBy: run.actor.id,
      updatedAt: run.now,
      updatedBy: run.actor.id,
    },
  };
}

/**
 * The first worksite of a new customer, made from its contact address.
 * @category Action results
 */
export function firstWorksite(run: Pick<ActionRun, 'now'>, customer: Pick<Customer, 'id' | 'name'>, address: Address) {
  return {
    customerId: customer.id,
    name: customer.name,
    address,
    timeZone: null,
    directions: '',
    dressCode: '',
    createdAt: run.now,
  };
}
