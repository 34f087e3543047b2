import * as messages from '../errors/messages.js';
import type { Actor, Permission } from '../model/index.js';
import type { Verdict } from './Verdict.js';

/**
 * Tells whether the actor's security roles grant a permission.
 *
 * @param actor - the service rep acting
 * @param permission - the permission an action needs
 * @returns allowed, or `FORBIDDEN` with the reason
 * @example
 * ```ts
 * import { hasPermission, standardRoles } from 'staffcore';
 *
 * hasPermission({ roles: [standardRoles.salesRep] }, 'customer.add') //=> { allowed: true }
 * hasPermission({ roles: [standardRoles.salesRep] }, 'changes.read').allowed //=> false
 * ```
 * @category Rules
 */
export function hasPermission(actor: Pick<Actor, 'roles'>, permission: Permission): Verdict {
  if (actor.roles.some((role) => role.permissions.includes(permission))) return { allowed: true };
  return { allowed: false, code: 'FORBIDDEN', reason: messages.forbidden(permission) };
}
