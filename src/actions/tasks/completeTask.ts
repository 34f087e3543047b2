import * as messages from '../../errors/messages.js';
import { CompleteTaskInput, type Task } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';

/**
 * `tasks.complete`: marks a task done, recording who and when. Refuses with `NOT_FOUND`,
 * `FORBIDDEN` (no `task.edit`), `CONFLICT`, `BUSINESS_RULE` (already completed).
 */
export const completeTask = defineAction({
  name: 'tasks.complete',
  summary: 'Marks a task done.',
  input: CompleteTaskInput,
  subject: 'task',
  permission: 'task.edit',
  correctsDeleted: true,
  async run(run, input): Promise<Task> {
    const { record } = await ownedRecordToChange(run, 'tasks', input, (found) => (found.completed ? messages.taskAlreadyCompleted(found.id) : null));
    return run.tx.tasks.update({ ...record, completed: true, completedAt: run.now, completedBy: run.actor.id });
  },
});
