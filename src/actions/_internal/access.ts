import type { Repositories } from '../../adapters/port/index.js';
import { StaffcoreError, messages } from '../../errors/index.js';
import type { Customer, Permission } from '../../model/index.js';
import { hasPermission } from '../../rules/hasPermission.js';
import { BranchHierarchy } from '../../tree/BranchHierarchy.js';
import type { ActionContext } from '../ActionContext.js';
import { readAll } from './readAll.js';

/** The hierarchy and the levels the actor may see, loaded once per action. */
export interface Access {
  readonly hierarchy: BranchHierarchy;
  /** The ids of the actor's level and every level below it. */
  readonly scope: ReadonlySet<string>;
}

/** Throws `FORBIDDEN` unless the actor's roles grant the permission. */
export function requirePermission(ctx: ActionContext, permission: Permission): void {
  const verdict = hasPermission(ctx.actor, permission);
  if (!verdict.allowed) throw new StaffcoreError('FORBIDDEN', verdict.reason, { details: { permission } });
}

/** Loads the hierarchy and works out the actor's scope. */
export async function loadAccess(ctx: ActionContext, tx: Repositories): Promise<Access> {
  const branches = await readAll((after) => tx.branches.find({ limit: 10_000, after }));
  const hierarchy = BranchHierarchy.from(branches);
  if (!hierarchy.get(ctx.actor.branchId)) {
    throw new StaffcoreError('FORBIDDEN', `The actor's hierarchy level ${ctx.actor.branchId} is not in the hierarchy`, {
      details: { path: ['actor', 'branchId'] },
    });
  }
  return { hierarchy, scope: new Set(hierarchy.subtreeIds(ctx.actor.branchId)) };
}

/** Reads a customer the actor may see; one outside the actor's scope reads as not found. */
export async function getCustomerInScope(tx: Repositories, access: Access, id: string, field = 'id'): Promise<Customer> {
  const customer = await tx.customers.get(checkedId(id, field));
  if (!customer || !access.scope.has(customer.branchId)) {
    throw new StaffcoreError('NOT_FOUND', messages.notFound('Customer', String(id)), {
      details: { entity: 'customer', id: String(id), path: [field] },
    });
  }
  return customer;
}

/** Checks that a branch exists and lies within the actor's scope. */
export function checkBranchInScope(access: Access, branchId: string): void {
  if (!access.hierarchy.get(branchId)) {
    throw new StaffcoreError('VALIDATION', `Invalid customer: branchId: ${messages.unknownBranch(branchId)}`, {
      details: { path: ['branchId'] },
    });
  }
  if (!access.scope.has(branchId)) {
    throw new StaffcoreError('FORBIDDEN', messages.branchOutOfScope(branchId), { details: { path: ['branchId'] } });
  }
}

function checkedId(id: unknown, field: string): string {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new StaffcoreError('VALIDATION', `Invalid ${field}: must be a record id`, { details: { path: [field] } });
  }
  return id;
}
