import type { ActionDefinition } from './_internal/defineAction.js';
import type { ActionGroups } from './createStaffcore.js';

/**
 * Every action of the groups given, as one list in the groups' order: each with its name
 * (`customers.add`), summary, input and result schemas, permission, whether it only reads, and the
 * refusal codes it can raise — what a host needs to build routes, forms, an API document or a
 * permission screen.
 *
 * @param groups - action groups, as given to `createStaffcore` (`{ customers, orders }`, `allActions`)
 * @returns the actions
 * @example
 * ```ts
 * import { allActions, listActions } from 'staffcore';
 *
 * for (const action of listActions(allActions)) {
 *   console.log(action.name, action.permission, action.readOnly ? 'reads' : 'writes');
 * }
 * ```
 * @category Start here
 */
export function listActions(groups: ActionGroups): readonly ActionDefinition[] {
  return Object.values(groups).flatMap((members) => Object.values(members) as ActionDefinition[]);
}
