import * as messages from '../errors/messages.js';
import { statusCapability } from './_internal/statusCapability.js';
import type { StatusPathEntry } from './effectiveStatus.js';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog.js';
import type { Verdict } from './Verdict.js';

/**
 * Tells whether a new order may be created for a record, given the statuses on its path to the root.
 *
 * @param path - the record first, then its parent, …, up to the root
 * @param catalog - the organization's status catalog
 * @returns allowed, or `STATUS_BLOCKED` naming the record and status that block it
 * @example
 * ```ts
 * canCreateOrder([{ id: '7', status: 'H' }])
 * //=> { allowed: false, code: 'STATUS_BLOCKED', reason: 'Customer 7 is "Hold for credit check", which allows no new orders', customerId: '7' }
 * ```
 * @category Rules
 */
export function canCreateOrder(path: readonly StatusPathEntry[], catalog: StatusCatalog = defaultStatusCatalog): Verdict {
  return statusCapability(path, catalog, 'allowsOrders', messages.refusesOrders);
}
