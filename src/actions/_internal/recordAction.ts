import { StaffcoreError } from '../../errors/index.js';
import type { Customer } from '../../model/index.js';
import { checkRecordAction, recordMenuItems, type RecordMenuItemId } from '../../rules/recordMenu.js';
import type { ActionRun } from './ActionRun.js';
import { customerPath } from './customerPath.js';

/**
 * Refuses an action of a record's menu the way the menu explains it: the same rule
 * (`checkRecordAction`) decides both, so an entry the menu enables runs and one it disables
 * fails with the code and reason the menu shows.
 * @param run - the action's run
 * @param id - the menu entry the action is
 * @param customer - the record, one the actor may see
 * @returns the record's path (the record, its parent, …, its root) when the rule read it; the record alone otherwise
 * @throws StaffcoreError `FORBIDDEN`, `INTEGRATION_MISSING`, `STATUS_BLOCKED` or `BUSINESS_RULE`
 * @category Action results
 */
export async function enforceRecordAction(run: ActionRun, id: RecordMenuItemId, customer: Customer): Promise<Customer[]> {
  const entry = recordMenuItems.find((item) => item.id === id)!;
  const path = entry.status === 'orders' || entry.status === 'assignments' ? await customerPath(run, customer) : [customer];
  const verdict = checkRecordAction(id, { actor: run.actor, path, integrations: run.integrations, catalog: run.statuses });
  if (!verdict.allowed) {
    throw new StaffcoreError(verdict.code, verdict.reason, {
      details: {
        entity: 'customers',
        id: verdict.customerId ?? customer.id,
        requestedId: customer.id,
        menuItem: id,
        ...(verdict.code === 'INTEGRATION_MISSING' ? { integration: entry.integration } : {}),
        ...(verdict.code === 'FORBIDDEN' ? { permission: entry.permission } : {}),
      },
    });
  }
  return path;
}
