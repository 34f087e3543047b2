import * as z from 'zod';
import { CustomerId, CustomerRef } from '../../model/index.js';
import { RecordMenuEntry, recordMenu } from '../../rules/recordMenu.js';
import { customerPath } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `customers.actions` returns: the record's actions menu. The menu is not a list to page
 * through (it holds every entry, in menu order), so it is `menu`, not a page's `items`.
 */
export const CustomerActionsResult = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
  /** Every entry of the menu, in menu order, enabled or not and why. */
  menu: z.array(RecordMenuEntry).readonly(),
});
/** What `customers.actions` returns: the record's actions menu. */
export type CustomerActionsResult = z.output<typeof CustomerActionsResult>;

/**
 * `customers.actions`: the record's actions menu — every entry with whether it is enabled for the
 * actor and, when not, the code and reason — by the actor's roles, the organization's
 * integrations and the record's effective status. It applies the rule the actions themselves
 * apply (`checkRecordAction`), so an enabled entry runs and a disabled one fails with the reason
 * shown. Refuses with `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * const { menu } = await sc.customers.actions({ id: '3' });
 * menu.find((item) => item.id === 'newOrder')
 * //=> { id: 'newOrder', label: 'New order', action: 'orders.create', enabled: false, code: 'STATUS_BLOCKED', reason: 'Customer 1 (an ancestor of this record) is "Hold for credit check", which allows no new orders' }
 * ```
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
