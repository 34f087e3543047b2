import * as z from 'zod';
import { Bar, ListBarsInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedPage } from '../_internal/ownedRecord.js';

/**
 * What `bars.list` found: one page of bars, newest first.
 * @category Action results
 */
export const ListBarsResult = pageOf(Bar);
/**
 * What `bars.list` found.
 * @category Action results
 */
export type ListBarsResult = z.output<typeof ListBarsResult>;

/**
 * The `bars.list` action; its documentation is on the `list` member of its group (`bars.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listBars = defineAction({
  name: 'bars.list',
  summary: 'Lists the bars of a record, its subtree or its whole tree.',
  input: ListBarsInput,
  result: ListBarsResult,
  refusals: ['NOT_FOUND'],
  subject: 'bar list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListBarsResult> {
    return scopedPage(run, 'bars', input, (customerId) => (input.active ? { customerId, state: 'active' } : { customerId }), 'createdAt');
  },
});
