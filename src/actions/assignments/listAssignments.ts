import * as z from 'zod';
import { Assignment, ListAssignmentsInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedPage } from '../_internal/ownedRecord.js';

/**
 * What `assignments.list` found: one page of assignments, newest start first.
 * @category Action results
 */
export const ListAssignmentsResult = pageOf(Assignment);
/**
 * What `assignments.list` found.
 * @category Action results
 */
export type ListAssignmentsResult = z.output<typeof ListAssignmentsResult>;

/**
 * The `assignments.list` action; its documentation is on the `list` member of its group (`assignments.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listAssignments = defineAction({
  name: 'assignments.list',
  summary: 'Lists the assignments of a record, its subtree or its whole tree: active ones, or all.',
  input: ListAssignmentsInput,
  result: ListAssignmentsResult,
  refusals: ['NOT_FOUND'],
  subject: 'assignment list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListAssignmentsResult> {
    return scopedPage(
      run,
      'assignments',
      input,
      (customerId) => ({ customerId, ...(input.active ? { state: 'active' } : {}), ...(input.orderId ? { orderId: input.orderId } : {}) }),
      'startDate',
    );
  },
});
