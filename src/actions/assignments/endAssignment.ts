import * as z from 'zod';
import { Assignment, EndAssignmentInput } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/**
 * What `assignments.end` produced.
 * @category Action results
 */
export const EndAssignmentResult = z.strictObject({
  /** The assignment, now `ended`, with its end date and reason. */
  assignment: Assignment,
});
/**
 * What `assignments.end` produced.
 * @category Action results
 */
export type EndAssignmentResult = z.output<typeof EndAssignmentResult>;

/**
 * The `assignments.end` action; its documentation is on the `end` member of its group (`assignments.ts`), where editors and the reference show it.
 * @category Action results
 */
export const endAssignment = defineAction({
  name: 'assignments.end',
  summary: 'Ends an assignment on its last day worked.',
  input: EndAssignmentInput,
  result: EndAssignmentResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'BUSINESS_RULE'],
  subject: 'assignment',
  permission: 'assignment.edit',
  correctsDeleted: true,
  async run(run, input): Promise<EndAssignmentResult> {
    const { record: assignment } = await ownedRecordToChange(run, 'assignments', input, (found) =>
      found.state === 'ended' ? messages.assignmentAlreadyEnded(found.id) : null,
    );
    if (input.endDate < assignment.startDate) throw businessRule(messages.endBeforeAssignmentStart(assignment.startDate), ['endDate']);
    const ended = await run.tx.assignments.update({ ...assignment, state: 'ended', endDate: input.endDate, endReason: input.reason });
    const order = await run.tx.orders.get(assignment.orderId);
    if (order?.state === 'filled') await run.tx.orders.update({ ...order, state: 'open' });
    return { assignment: ended };
  },
});
