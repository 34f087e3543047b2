import { addTask } from './addTask.js';
import { completeTask } from './completeTask.js';
import { listTasks } from './listTasks.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Tasks linked to records.
 *
 * Give it to {@link createStaffcore} as `actions: { tasks }`: the instance's `tasks.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const tasks = defineGroup('tasks', {
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
  add: addTask,
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
  complete: completeTask,
  /**
   * `tasks.list`: the tasks of a record (`account`), its subtree or its whole tree (`master`) —
   * incomplete ones by default, every one with `incompleteOnly: false` — by due date, then title,
   * one page at a time.
   * Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { items } = await sc.tasks.list({ customerId: '1', scope: 'master' });
   * items.map((task) => [task.title, task.dueDate]) //=> [['Call about the invoice', '2026-12-10'], ['Send the rate sheet', null]]
   * ```
   */
  list: listTasks,
});
