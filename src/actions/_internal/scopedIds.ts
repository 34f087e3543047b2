import type { CustomerId, CustomerScope } from '../../model/index.js';
import type { ActionRun } from './ActionRun.js';
import { recordsInScope } from './customerScope.js';

/**
 * The ids of the records a scoped list reads for one record (see `recordsInScope`), after checking
 * the record is one the actor may see.
 * @param run - the action's run
 * @param customerId - the record the list is opened from
 * @param scope - the view
 * @returns the ids, the record's first
 * @throws StaffcoreError `NOT_FOUND` naming `customerId`
 * @category Action results
 */
export async function scopedIds(run: ActionRun, customerId: CustomerId, scope: CustomerScope): Promise<string[]> {
  const customer = await run.customer(customerId, 'customerId');
  return (await recordsInScope(run, customer, scope)).map((record) => record.id);
}
