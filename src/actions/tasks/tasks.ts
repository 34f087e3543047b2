import { addTask } from './addTask.js';
import { completeTask } from './completeTask.js';
import { listTasks } from './listTasks.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Tasks linked to records.
 *
 * Give it to {@link createStaffcore} as `actions: { tasks }`: the instance's `tasks.…` calls are these actions.
 * @namespace
 */
export const tasks = defineGroup('tasks', {
  /** Adds a task on a record, assigned to the actor by default. */
  add: addTask,
  /** Marks a task done. */
  complete: completeTask,
  /** Lists the tasks of a record, its subtree or its whole tree: incomplete ones, or all. */
  list: listTasks,
});
