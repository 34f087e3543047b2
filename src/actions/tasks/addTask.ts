import * as z from 'zod';
import { AddTaskInput, Task } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `tasks.add` produced.
 * @category Action results
 */
export const AddTaskResult = z.strictObject({
  /** The saved task, incomplete. */
  task: Task,
});
/**
 * What `tasks.add` produced.
 * @category Action results
 */
export type AddTaskResult = z.output<typeof AddTaskResult>;

/**
 * The `tasks.add` action; its documentation is on the `add` member of its group (`tasks.ts`), where editors and the reference show it.
 * @category Action results
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
