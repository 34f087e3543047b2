import * as z from 'zod';
import { Bar, ListBarsInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedPage } from '../_internal/ownedRecord.js';

/** What `bars.list` found: one page of bars, newest first. */
export const ListBarsResult = pageOf(Bar);
/** What `bars.list` found. */
export type ListBarsResult = z.output<typeof ListBarsResult>;

/**
 * `bars.list`: the do-not-assign bars set on a record, its subtree or its whole tree, newest first,
 * one page at a time — those in force by default, lifted ones too with `active: false`. (A
 * department's employees are also kept off by tree-wide bars on its ancestors: list with
 * `scope: 'master'` from the record to see them.) Refuses with `NOT_FOUND`, `FORBIDDEN`.
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
