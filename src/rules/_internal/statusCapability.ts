import * as messages from '../../errors/messages.js';
import { effectiveStatus, type StatusPathEntry } from '../effectiveStatus.js';
import type { StatusCatalog } from '../statusCatalog.js';
import type { Verdict } from '../Verdict.js';

/**
 * Checks one status flag along a record's path and explains a refusal.
 * @category Rules
 */
export function statusCapability(
  path: readonly StatusPathEntry[],
  catalog: StatusCatalog,
  flag: 'allowsOrders' | 'allowsAssignments',
  refusal: string,
): Verdict {
  const status = effectiveStatus(path, catalog);
  if (status[flag]) return { allowed: true };
  const blocker = path.find((entry) => !catalog.statuses.find((s) => s.code === entry.status)?.[flag]) ?? path[0]!;
  const name = catalog.statuses.find((s) => s.code === blocker.status)?.name ?? blocker.status;
  return {
    allowed: false,
    code: 'STATUS_BLOCKED',
    reason: messages.statusRefuses(blocker.id, blocker.id !== path[0]?.id, name, refusal),
    customerId: blocker.id,
  };
}
