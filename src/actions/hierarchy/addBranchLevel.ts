import * as z from 'zod';
import { AddBranchLevelInput, Branch } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `hierarchy.addLevel` saved.
 * @category Action results
 */
export const AddBranchLevelResult = z.strictObject({
  /** The saved level. */
  branch: Branch,
});
/**
 * What `hierarchy.addLevel` saved.
 * @category Action results
 */
export type AddBranchLevelResult = z.output<typeof AddBranchLevelResult>;

/**
 * The `hierarchy.addLevel` action; its documentation is on the `addLevel` member of its group (`hierarchy.ts`), where editors and the reference show it.
 * @category Action results
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
