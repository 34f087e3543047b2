import { StaffcoreError, parseOrThrow } from '../../errors/index.js';
import { NewBranchInput, type Branch } from '../../model/index.js';
import { loadAccess, requirePermission } from '../_internal/access.js';
import type { ActionContext } from '../ActionContext.js';

/**
 * Adds a level (region, branch, …) to the hierarchy, below a level within the actor's scope.
 *
 * @param ctx - the action context
 * @param input - the level's name, parent, kind and setup (worker comp, terms, standardization)
 * @returns the saved level
 * @throws StaffcoreError `VALIDATION`, `FORBIDDEN` (no `hierarchy.manage`, or a parent outside
 * the actor's level; the root level is made with `bootstrapHierarchy`)
 */
export async function addBranchLevel(ctx: ActionContext, input: NewBranchInput): Promise<Branch> {
  const level = parseOrThrow(NewBranchInput, input, 'branch');
  requirePermission(ctx, 'hierarchy.manage');
  return ctx.store.transaction(async (tx) => {
    const access = await loadAccess(ctx, tx);
    if (level.parentId === null || !access.scope.has(level.parentId)) {
      throw new StaffcoreError('FORBIDDEN', 'A new level must sit below a level within the actor\'s hierarchy level', {
        details: { path: ['parentId'] },
      });
    }
    return tx.branches.insert(level as Parameters<typeof tx.branches.insert>[0]);
  });
}
