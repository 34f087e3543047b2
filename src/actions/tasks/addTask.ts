import * as z from 'zod';
import { AddTaskInput, Task } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/** What `tasks.add` produced. */
export const AddTaskResult = z.strictObject({
  /** The saved task, incomplete. */
  task: Task,
});
/** What `tasks.add` produced. */
export type AddTaskResult = z.output<typeof AddTaskResult>;

/**
 * `tasks.add`: adds a to-do linked to the record (a customer or department), assigned to the
 * actor unless another rep is named. While it is incomplete the record's view shows the tasks
 * icon. Refuses with `VALIDATION`, `FORBIDDEN` (no `task.edit`), `NOT_FOUND`, `STATUS_BLOCKED` (a deleted record).
 *
 * @example
 * ```ts
 * const { task } = await sc.tasks.add({ customerId: '3', title: 'Send the rate sheet' });
 * task.assignedToId //=> 'dana'
 * ```
 */
export const addTask = defineAction({
  name: 'tasks.add',
  summary: 'Adds a task on a record, assigned to the actor by default.',
  input: AddTaskInput,
  result: AddTaskResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED'],
  subject: 'task',
  permission: 'task.edit',
  async run(run, input): Promise<AddTaskResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'newTask', customer);
    const task = await run.tx.tasks.insert({
      customerId: customer.id,
      assignedToId: input.assignedToId ?? run.actor.id,
      title: input.title,
      dueDate: input.dueDate ?? null,
      completed: false,
      completedAt: null,
      completedBy: null,
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    return { task };
  },
});
