import type { Repositories } from '../../adapters/port/index.js';
import { StaffcoreError, messages } from '../../errors/index.js';
import type { Actor, Permission } from '../../model/index.js';
import { hasPermission } from '../../rules/hasPermission.js';
import { BranchHierarchy } from '../../tree/BranchHierarchy.js';
import { readAll } from './readAll.js';

/** The hierarchy and the levels the actor may see, loaded once per transaction. */
export interface Access {
  readonly hierarchy: BranchHierarchy;
  /** The ids of the actor's level and every level below it. */
  readonly scope: ReadonlySet<string>;
}

/** Throws `FORBIDDEN` unless the actor's roles grant the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  const verdict = hasPermission(actor, permission);
  if (!verdict.allowed) throw new StaffcoreError('FORBIDDEN', verdict.reason, { details: { permission } });
}

/** Loads the hierarchy and works out the actor's scope. */
export async function loadAccess(actor: Actor, tx: Repositories): Promise<Access> {
  const branches = await readAll((after) => tx.branches.find({ limit: 10_000, after }));
  const hierarchy = BranchHierarchy.from(branches);
  if (!hierarchy.get(actor.branchId)) {
    throw new StaffcoreError('FORBIDDEN', messages.actorOutsideHierarchy(actor.branchId), {
      details: { path: ['actor', 'branchId'] },
    });
  }
  return { hierarchy, scope: new Set(hierarchy.subtreeIds(actor.branchId)) };
}
