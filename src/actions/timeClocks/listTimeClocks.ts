import type * as z from 'zod';
import { ListTimeClocksInput, TimeClock, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/** What `timeClocks.list` found: the devices assigned to the record, oldest assignment first, in one page (`next` is `null`). */
export const ListTimeClocksResult = pageOf(TimeClock);
/** What `timeClocks.list` found. */
export type ListTimeClocksResult = z.output<typeof ListTimeClocksResult>;

/**
 * `timeClocks.list`: the time-clock devices assigned to a record, oldest assignment first, all in
 * one page (`{ items, next: null }`). Refuses with `NOT_FOUND`, `FORBIDDEN`.
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
