import * as messages from '../../errors/messages.js';
import * as z from 'zod';
import { CompleteTaskInput, Task } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';

/**
 * What `tasks.complete` produced.
 * @category Action results
 */
export const CompleteTaskResult = z.strictObject({
  /** The task, now completed, with who and when. */
  task: Task,
});
/**
 * What `tasks.complete` produced.
 * @category Action results
 */
export type CompleteTaskResult = z.output<typeof CompleteTaskResult>;

/**
 * The `tasks.complete` action; its documentation is on the `complete` member of its group (`tasks.ts`), where editors and the reference show it.
 * @category Action results
 */
export const completeTask = defineAction({
  name: 'tasks.complete',
  summary: 'Marks a task done.',
  input: CompleteTaskInput,
  result: CompleteTaskResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'BUSINESS_RULE'],
  subject: 'task',
  permission: 'task.edit',
  correctsDeleted: true,
  async run(run, input): Promise<CompleteTaskResult> {
    const { record } = await ownedRecordToChange(run, 'tasks', input, (found) => (found.completed ? messages.taskAlreadyCompleted(found.id) : null));
    return { task: await run.tx.tasks.update({ ...record, completed: true, completedAt: run.now, completedBy: run.actor.id }) };
  },
});
