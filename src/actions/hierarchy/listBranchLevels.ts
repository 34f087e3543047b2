import { ListBranchLevelsInput, type Branch } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `hierarchy.list` read. */
export interface ListBranchLevelsResult {
  /** The actor's level and every level below it, parents before children. */
  readonly branches: readonly Branch[];
}

/** `hierarchy.list`: lists the levels of the hierarchy within the actor's scope. Refuses with `FORBIDDEN`. */
export const listBranchLevels = defineAction({
  name: 'hierarchy.list',
  summary: "Lists the levels within the actor's level, parents first.",
  input: ListBranchLevelsInput,
  subject: 'hierarchy list',
  permission: 'hierarchy.read',
  readOnly: true,
  async run(run): Promise<ListBranchLevelsResult> {
    return { branches: run.hierarchy.subtreeIds(run.actor.branchId).map((id) => run.branch(id)) };
  },
});
