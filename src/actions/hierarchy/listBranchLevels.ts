import type * as z from 'zod';
import { Branch, ListBranchLevelsInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `hierarchy.list` read: the actor's level and every level below it, parents before children, in one page (`next` is `null`).
 * @category Action results
 */
export const ListBranchLevelsResult = pageOf(Branch);
/**
 * What `hierarchy.list` read.
 * @category Action results
 */
export type ListBranchLevelsResult = z.output<typeof ListBranchLevelsResult>;

/**
 * The `hierarchy.list` action; its documentation is on the `list` member of its group (`hierarchy.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listBranchLevels = defineAction({
  name: 'hierarchy.list',
  summary: "Lists the levels within the actor's level, parents first.",
  input: ListBranchLevelsInput,
  result: ListBranchLevelsResult,
  refusals: [],
  subject: 'hierarchy list',
  permission: 'hierarchy.read',
  readOnly: true,
  async run(run): Promise<ListBranchLevelsResult> {
    return { items: run.hierarchy.subtreeIds(run.actor.branchId).map((id) => run.branch(id)), next: null };
  },
});
