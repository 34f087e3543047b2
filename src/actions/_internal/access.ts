import type { Repositories, Store } from '../../adapters/port/index.js';
import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { Actor, Permission } from '../../model/index.js';
import { hasPermission } from '../../rules/hasPermission.js';
import { BranchHierarchy } from '../../tree/BranchHierarchy.js';
import { readAll } from './readAll.js';

/**
 * The hierarchy and the levels the actor may see.
 * @category Action results
 */
export interface Access {
  readonly hierarchy: BranchHierarchy;
  /** The ids of the actor's level and every level below it. */
  readonly scope: ReadonlySet<string>;
}

/**
 * Throws `FORBIDDEN` unless the actor's roles grant the permission.
 * @category Action results
 */
export function requirePermission(actor: Actor, permission: Permission): void {
  const verdict = hasPermission(actor, permission);
  if (!verdict.allowed) throw new StaffcoreError('FORBIDDEN', verdict.reason, { details: { permission } });
}

/** The hierarchy a store held at one version, and the scopes worked out from it so far. */
interface CachedHierarchy {
  readonly version: string;
  readonly hierarchy: BranchHierarchy;
  readonly scopes: Map<string, ReadonlySet<string>>;
}

/**
 * The hierarchy read last from each store. Building it reads every level, so it is kept while the
 * store's hierarchy version stays the same (a version any process writing a level changes).
 */
const cache = new WeakMap<Store, CachedHierarchy>();

/**
 * Loads the hierarchy (from the cache while the store's hierarchy version holds) and works out
 * the actor's scope.
 * @category Action results
 */
export async function loadAccess(store: Store, actor: Actor, tx: Repositories): Promise<Access> {
  const version = await tx.branches.hierarchyVersion();
  let cached = cache.get(store);
  if (!cached || cached.version !== version) {
    const branches = await readAll((after) => tx.branches.find({ limit: 10_000, after }));
    cached = { version, hierarchy: BranchHierarchy.from(branches), scopes: new Map() };
    cache.set(store, cached);
  }
  const { hierarchy, scopes } = cached;
  if (!hierarchy.get(actor.branchId)) {
    throw new StaffcoreError('FORBIDDEN', messages.actorOutsideHierarchy(actor.branchId, hierarchy.size === 0), {
      details: { path: ['actor', 'branchId'] },
    });
  }
  let scope = scopes.get(actor.branchId);
  if (!scope) scopes.set(actor.branchId, (scope = new Set(hierarchy.subtreeIds(actor.branchId))));
  return { hierarchy, scope };
}
