import { AddBranchLevelInput, type Branch } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `hierarchy.addLevel` saved. */
export interface AddBranchLevelResult {
  /** The saved level. */
  readonly branch: Branch;
}

/**
 * `hierarchy.addLevel`: adds a level (region, branch, …) to the hierarchy, below a level within
 * the actor's scope; the root level is made with `bootstrapHierarchy`. Refuses with `VALIDATION`,
 * `FORBIDDEN` (no `hierarchy.manage`), `NOT_FOUND` (a parent outside the actor's level).
 */
export const addBranchLevel = defineAction({
  name: 'hierarchy.addLevel',
  summary: "Adds a level below one within the actor's level.",
  input: AddBranchLevelInput,
  subject: 'branch',
  permission: 'hierarchy.manage',
  async run(run, level): Promise<AddBranchLevelResult> {
    const parent = run.branch(level.parentId, 'parentId');
    return { branch: await run.tx.branches.insert({ ...level, parentId: parent.id }) };
  },
});
