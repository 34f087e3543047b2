import { EndAssignmentInput, type Assignment } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/**
 * `assignments.end`: ends an assignment on its last day worked, with a reason; a `filled` order
 * opens again for the freed position. Ending is allowed whatever the customer's status (a hold
 * stops new work, not the end of current work). Refuses with `NOT_FOUND`, `FORBIDDEN` (no
 * `assignment.edit`), `CONFLICT`, `BUSINESS_RULE` (already ended, an end before the start).
 */
export const endAssignment = defineAction({
  name: 'assignments.end',
  summary: 'Ends an assignment on its last day worked.',
  input: EndAssignmentInput,
  subject: 'assignment',
  permission: 'assignment.edit',
  correctsDeleted: true,
  async run(run, input): Promise<Assignment> {
    const { record: assignment } = await ownedRecordToChange(run, 'assignments', input, (found) =>
      found.state === 'ended' ? messages.assignmentAlreadyEnded(found.id) : null,
    );
    if (input.endDate < assignment.startDate) throw businessRule(messages.endBeforeAssignmentStart(assignment.startDate), ['endDate']);
    const ended = await run.tx.assignments.update({ ...assignment, state: 'ended', endDate: input.endDate, endReason: input.reason });
    const order = await run.tx.orders.get(assignment.orderId);
    if (order?.state === 'filled') await run.tx.orders.update({ ...order, state: 'open' });
    return ended;
  },
});
