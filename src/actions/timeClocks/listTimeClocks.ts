import type * as z from 'zod';
import { ListTimeClocksInput, TimeClock, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/**
 * What `timeClocks.list` found: the devices assigned to the record, oldest assignment first, in one page (`next` is `null`).
 * @category Action results
 */
export const ListTimeClocksResult = pageOf(TimeClock);
/**
 * What `timeClocks.list` found.
 * @category Action results
 */
export type ListTimeClocksResult = z.output<typeof ListTimeClocksResult>;

/**
 * The `timeClocks.list` action; its documentation is on the `list` member of its group (`timeClocks.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listTimeClocks = defineAction({
  name: 'timeClocks.list',
  summary: 'Lists the devices assigned to a record.',
  input: ListTimeClocksInput,
  result: ListTimeClocksResult,
  refusals: ['NOT_FOUND'],
  subject: 'time clock list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListTimeClocksResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    return { items: await readAll((after) => run.tx.timeClocks.find({ where: { customerId: customer.id }, orderBy: 'assignedAt', limit: 1000, after })), next: null };
  },
});
