import * as z from 'zod';
import { ListTasksInput, Task, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { pageInMemory } from '../../adapters/port/pageInMemory.js';
import { readAll } from '../_internal/readAll.js';
import { scopedIds } from '../_internal/scopedIds.js';

/**
 * What `tasks.list` found: one page of tasks, by due date (those without one last), then title.
 * @category Action results
 */
export const ListTasksResult = pageOf(Task);
/**
 * What `tasks.list` found.
 * @category Action results
 */
export type ListTasksResult = z.output<typeof ListTasksResult>;

/**
 * The `tasks.list` action; its documentation is on the `list` member of its group (`tasks.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listTasks = defineAction({
  name: 'tasks.list',
  summary: 'Lists the tasks of a record, its subtree or its whole tree: incomplete ones, or all.',
  input: ListTasksInput,
  result: ListTasksResult,
  refusals: ['NOT_FOUND'],
  subject: 'task list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListTasksResult> {
    const customerId = await scopedIds(run, input.customerId, input.scope);
    const all = await readAll((after) => run.tx.tasks.find({ where: { customerId }, limit: 1000, after }));
    const listed = all.filter((task) => !input.incompleteOnly || !task.completed);
    // Due date (none last), then title: the separator sorts below every character of a title.
    return pageInMemory(listed, (task) => [`${task.dueDate ?? '9999-99-99'}\u0000${task.title}`, task.id], input);
  },
});
