import { compareCodePoints } from '../../adapters/port/sortKey.js';
import { ListTasksInput, type Task } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';
import { scopedIds } from '../_internal/scopedIds.js';

/** What `tasks.list` found. */
export interface ListTasksResult {
  /** The tasks: by due date (those without one last), then title. */
  readonly items: readonly Task[];
}

/**
 * `tasks.list`: the tasks of a record (`account`), its subtree or its whole tree (`master`) —
 * incomplete ones by default, every one with `incompleteOnly: false` — by due date, then title.
 * Refuses with `NOT_FOUND`, `FORBIDDEN`.
 */
export const listTasks = defineAction({
  name: 'tasks.list',
  summary: 'Lists the tasks of a record, its subtree or its whole tree: incomplete ones, or all.',
  input: ListTasksInput,
  subject: 'task list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListTasksResult> {
    const customerId = await scopedIds(run, input.customerId, input.scope);
    const all = await readAll((after) => run.tx.tasks.find({ where: { customerId }, limit: 1000, after }));
    const due = (task: Task) => task.dueDate ?? '9999-99-99';
    const items = all
      .filter((task) => !input.incompleteOnly || !task.completed)
      .sort((a, b) => compareCodePoints(due(a), due(b)) || compareCodePoints(a.title, b.title) || compareCodePoints(a.id, b.id));
    return { items };
  },
});
