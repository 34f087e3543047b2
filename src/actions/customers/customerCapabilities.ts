import * as z from 'zod';
import { CapabilitiesInput } from '../../model/index.js';
import { EffectiveStatus, effectiveStatus } from '../../rules/effectiveStatus.js';
import { checkRecordAction } from '../../rules/recordMenu.js';
import { Verdict } from '../../rules/Verdict.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `customers.capabilities` found: what a record offers the actor right now, each answer with its reason.
 * @category Action results
 */
export const CapabilitiesResult = z.strictObject({
  /** The record's own and effective status. */
  status: EffectiveStatus,
  /** May the actor create a new order for the record? */
  createOrder: Verdict,
  /** May the actor assign employees to the record's orders? */
  assignEmployees: Verdict,
});
/**
 * What `customers.capabilities` found.
 * @category Action results
 */
export type CapabilitiesResult = z.output<typeof CapabilitiesResult>;

/**
 * The `customers.capabilities` action; its documentation is on the `capabilities` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const customerCapabilities = defineAction({
  name: 'customers.capabilities',
  summary: 'Explains the effective status and whether a new order or an assignment is allowed.',
  input: CapabilitiesInput,
  result: CapabilitiesResult,
  refusals: ['NOT_FOUND'],
  subject: 'customer',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id }): Promise<CapabilitiesResult> {
    const customer = await run.customer(id);
    const path = [customer, ...(await run.tx.customers.ancestors(customer.id))];
    // The record menu's rule, so these answers agree with the menu and with the actions.
    const context = { actor: run.actor, path, integrations: run.integrations, catalog: run.statuses };
    return {
      status: effectiveStatus(path, run.statuses),
      createOrder: checkRecordAction('newOrder', context),
      assignEmployees: checkRecordAction('assignEmployee', context),
    };
  },
});
