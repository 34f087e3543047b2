import * as messages from '../errors/messages.js';
import { statusCapability } from './_internal/statusCapability.js';
import type { StatusPathEntry } from './effectiveStatus.js';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog.js';
import type { Verdict } from './Verdict.js';

/**
 * Tells whether employees may be assigned to a record's orders, given the statuses on its path to the root.
 *
 * @param path - the record first, then its parent, …, up to the root
 * @param catalog - the organization's status catalog
 * @returns allowed, or `STATUS_BLOCKED` naming the record and status that block it
 * @example
 * ```ts
 * canAssignEmployees([{ id: '9', status: 'A' }, { id: '1', status: 'X' }]).allowed //=> false
 * ```
 * @category Rules
 */
export function canAssignEmployees(path: readonly StatusPathEntry[], catalog: StatusCatalog = defaultStatusCatalog): Verdict {
  return statusCapability(path, catalog, 'allowsAssignments', messages.refusesAssignments);
}
