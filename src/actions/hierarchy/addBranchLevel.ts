import * as z from 'zod';
import { AddBranchLevelInput, Branch } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `hierarchy.addLevel` saved. */
export const AddBranchLevelResult = z.strictObject({
  /** The saved level. */
  branch: Branch,
});
/** What `hierarchy.addLevel` saved. */
export type AddBranchLevelResult = z.output<typeof AddBranchLevelResult>;

/**
 * `hierarchy.addLevel`: adds a level (region, branch, …) to the hierarchy, below a level within
 * the actor's scope; the root level is made with `bootstrapHierarchy`. Refuses with `VALIDATION`,
 * `FORBIDDEN` (no `hierarchy.manage`), `NOT_FOUND` (a parent outside the actor's level).
 */
export const addBranchLevel = defineAction({
  name: 'hierarchy.addLevel',
  summary: "Adds a level below one within the actor's level.",
  input: AddBranchLevelInput,
  result: AddBranchLevelResult,
  refusals: ['NOT_FOUND'],
  subject: 'branch',
  permission: 'hierarchy.manage',
  async run(run, level): Promise<AddBranchLevelResult> {
    const parent = run.branch(level.parentId, 'parentId');
    return { branch: await run.tx.branches.insert({ ...level, parentId: parent.id }) };
  },
});
