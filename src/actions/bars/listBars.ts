import type { Page } from '../../adapters/port/index.js';
import { ListBarsInput, type Bar } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedPage } from '../_internal/ownedRecord.js';

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
  subject: 'bar list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<Page<Bar>> {
    return scopedPage(run, 'bars', input, (customerId) => (input.active ? { customerId, state: 'active' } : { customerId }), 'createdAt');
  },
});
