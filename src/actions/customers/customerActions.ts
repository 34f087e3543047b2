import * as z from 'zod';
import { CustomerId, CustomerRef } from '../../model/index.js';
import { RecordMenuEntry, recordMenu } from '../../rules/recordMenu.js';
import { customerPath } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `customers.actions` returns: the record's actions menu. The menu is not a list to page
 * through (it holds every entry, in menu order), so it is `menu`, not a page's `items`.
 * @category Action results
 */
export const CustomerActionsResult = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
  /** Every entry of the menu, in menu order, enabled or not and why. */
  menu: z.array(RecordMenuEntry).readonly(),
});
/**
 * What `customers.actions` returns: the record's actions menu.
 * @category Action results
 */
export type CustomerActionsResult = z.output<typeof CustomerActionsResult>;

/**
 * The `customers.actions` action; its documentation is on the `actions` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const customerActions = defineAction({
  name: 'customers.actions',
  summary: "The record's actions menu: every entry enabled or not, and why, by roles, integrations and status.",
  input: CustomerRef,
  result: CustomerActionsResult,
  refusals: ['NOT_FOUND'],
  subject: 'customer',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id }): Promise<CustomerActionsResult> {
    const customer = await run.customer(id);
    const path = await customerPath(run, customer);
    return { customerId: customer.id, menu: recordMenu({ actor: run.actor, path, integrations: run.integrations, catalog: run.statuses }) };
  },
});
