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
  const where = blocker.id === path[0]?.id ? '' : ' (an ancestor of this record)';
  return {
    allowed: false,
    code: 'STATUS_BLOCKED',
    reason: `Customer ${blocker.id}${where} is "${name}", which ${refusal}`,
    customerId: blocker.id,
  };
}
