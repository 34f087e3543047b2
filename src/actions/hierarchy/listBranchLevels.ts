import type { Branch } from '../../model/index.js';
import { loadAccess } from '../_internal/access.js';
import type { ActionContext } from '../ActionContext.js';

/**
 * Lists the levels of the hierarchy within the actor's scope (their own level and those below it).
 *
 * @param ctx - the action context
 * @returns the levels, parents before children
 * @throws StaffcoreError `FORBIDDEN` when the actor's level is not in the hierarchy
 */
export async function listBranchLevels(ctx: ActionContext): Promise<Branch[]> {
  return ctx.store.transaction(async (tx) => {
    const access = await loadAccess(ctx, tx);
    return access.hierarchy.subtreeIds(ctx.actor.branchId).map((id) => access.hierarchy.get(id)!);
  });
}
