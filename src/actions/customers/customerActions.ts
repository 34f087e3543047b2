import { CustomerRef } from '../../model/index.js';
import { recordMenu, type RecordMenuEntry } from '../../rules/recordMenu.js';
import { customerPath } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `customers.actions` returns: the record's actions menu. */
export interface CustomerActionsResult {
  /** The Customer ID. */
  readonly customerId: string;
  /** Every entry of the menu, in menu order, enabled or not and why. */
  readonly items: readonly RecordMenuEntry[];
}

/**
 * `customers.actions`: the record's actions menu — every entry with whether it is enabled for the
 * actor and, when not, the code and reason — by the actor's roles, the organization's
 * integrations and the record's effective status. It applies the rule the actions themselves
 * apply (`checkRecordAction`), so an enabled entry runs and a disabled one fails with the reason
 * shown. Refuses with `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * const { items } = await sc.customers.actions({ id: '3' });
 * items.find((item) => item.id === 'newOrder')
 * //=> { id: 'newOrder', label: 'New order', action: 'orders.create', enabled: false, code: 'STATUS_BLOCKED', reason: 'Customer 1 (an ancestor of this record) is "Hold for credit check", which allows no new orders' }
 * ```
 */
export const customerActions = defineAction({
  name: 'customers.actions',
  summary: "The record's actions menu: every entry enabled or not, and why, by roles, integrations and status.",
  input: CustomerRef,
  subject: 'customer',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id }): Promise<CustomerActionsResult> {
    const customer = await run.customer(id);
    const path = await customerPath(run, customer);
    return { customerId: customer.id, items: recordMenu({ actor: run.actor, path, integrations: run.integrations, catalog: run.statuses }) };
  },
});
