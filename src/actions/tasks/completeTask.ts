import * as messages from '../../errors/messages.js';
import * as z from 'zod';
import { CompleteTaskInput, Task } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';

/** What `tasks.complete` produced. */
export const CompleteTaskResult = z.strictObject({
  /** The task, now completed, with who and when. */
  task: Task,
});
/** What `tasks.complete` produced. */
export type CompleteTaskResult = z.output<typeof CompleteTaskResult>;

/**
 * `tasks.complete`: marks a task done, recording who and when. Refuses with `NOT_FOUND`,
 * `FORBIDDEN` (no `task.edit`), `CONFLICT`, `BUSINESS_RULE` (already completed).
 *
 * @example
 * ```ts
 * const { task } = await sc.tasks.complete({ id: '6' });
 * task.completed //=> true
 * ```
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
