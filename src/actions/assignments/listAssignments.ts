import type { Page } from '../../adapters/port/index.js';
import { ListAssignmentsInput, type Assignment } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedPage } from '../_internal/ownedRecord.js';

/**
 * `assignments.list`: the assignments of a record (`account`), its subtree or its whole tree
 * (`master`), newest start first, one page at a time — active ones by default ("view active
 * assignments"), active and ended with `active: false` ("view assignments"), optionally of one
 * order. Refuses with `NOT_FOUND`, `FORBIDDEN`.
 */
export const listAssignments = defineAction({
  name: 'assignments.list',
  summary: 'Lists the assignments of a record, its subtree or its whole tree: active ones, or all.',
  input: ListAssignmentsInput,
  subject: 'assignment list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<Page<Assignment>> {
    return scopedPage(
      run,
      'assignments',
      input,
      (customerId) => ({ customerId, ...(input.active ? { state: 'active' } : {}), ...(input.orderId ? { orderId: input.orderId } : {}) }),
      'startDate',
    );
  },
});
