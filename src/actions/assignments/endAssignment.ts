import * as z from 'zod';
import { Assignment, EndAssignmentInput } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/** What `assignments.end` produced. */
export const EndAssignmentResult = z.strictObject({
  /** The assignment, now `ended`, with its end date and reason. */
  assignment: Assignment,
});
/** What `assignments.end` produced. */
export type EndAssignmentResult = z.output<typeof EndAssignmentResult>;

/**
 * `assignments.end`: ends an assignment on its last day worked, with a reason; a `filled` order
 * opens again for the freed position. Ending is allowed whatever the customer's status (a hold
 * stops new work, not the end of current work). Refuses with `NOT_FOUND`, `FORBIDDEN` (no
 * `assignment.edit`), `CONFLICT`, `BUSINESS_RULE` (already ended, an end before the start).
 *
 * @example
 * ```ts
 * const { assignment } = await sc.assignments.end({ id: '7', endDate: '2027-01-29', reason: 'Project finished' });
 * assignment.state //=> 'ended'
 * ```
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
