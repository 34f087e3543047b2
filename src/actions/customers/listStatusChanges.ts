import { StatusHistoryInput, type StatusChange } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/** What `customers.statusHistory` read. */
export interface StatusHistoryResult {
  /** Every recorded status change of the record, oldest first. */
  readonly changes: readonly StatusChange[];
}

/**
 * `customers.statusHistory`: reads the status history of a record, oldest first (in the order of
 * the record versions the changes produced, so changes within one instant keep their order).
 * Refuses with `NOT_FOUND`, `FORBIDDEN`.
 */
export const listStatusChanges = defineAction({
  input: StatusHistoryInput,
  subject: 'status history',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id }): Promise<StatusHistoryResult> {
    const customer = await run.customer(id);
    const changes = await readAll((after) => run.tx.statusChanges.find({ where: { customerId: customer.id }, orderBy: 'at', limit: 1000, after }));
    return { changes: changes.sort((a, b) => a.recordVersion - b.recordVersion) };
  },
});
