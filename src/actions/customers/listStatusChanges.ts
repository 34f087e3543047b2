import type * as z from 'zod';
import { StatusChange, StatusHistoryInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { byTimeThenVersion } from '../_internal/historyOrder.js';
import { recordsInScope } from '../_internal/customerScope.js';
import { readAll } from '../_internal/readAll.js';

/**
 * What `customers.statusHistory` read: every recorded status change, oldest first, in one page (`next` is `null`).
 * @category Action results
 */
export const StatusHistoryResult = pageOf(StatusChange);
/**
 * What `customers.statusHistory` read.
 * @category Action results
 */
export type StatusHistoryResult = z.output<typeof StatusHistoryResult>;

/**
 * The `customers.statusHistory` action; its documentation is on the `statusHistory` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listStatusChanges = defineAction({
  name: 'customers.statusHistory',
  summary: "Reads a record's status history, oldest first.",
  input: StatusHistoryInput,
  result: StatusHistoryResult,
  refusals: ['NOT_FOUND'],
  subject: 'status history',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id, scope }): Promise<StatusHistoryResult> {
    const customer = await run.customer(id);
    const ids = (await recordsInScope(run, customer, scope)).map((record) => record.id);
    const changes = await readAll((after) => run.tx.statusChanges.find({ where: { customerId: ids }, orderBy: 'at', limit: 1000, after }));
    // A record's changes in the order of the versions they produced (which also orders changes
    // within one instant); several records' changes by time, each record's in that order.
    const byVersion = (a: StatusChange, b: StatusChange) => a.recordVersion - b.recordVersion;
    return { items: changes.sort(scope === 'account' ? byVersion : byTimeThenVersion), next: null };
  },
});
