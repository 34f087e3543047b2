import { StaffcoreError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { StatusDefinition } from '../model/index.js';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog.js';

/**
 * Looks up a status by its code.
 *
 * @param code - the status code, e.g. `H`
 * @param catalog - the organization's catalog; the default P/A/H/I/X when left out
 * @returns the status's definition: its name and what it allows
 * @throws StaffcoreError `VALIDATION` when the catalog has no such status
 * @example
 * ```ts
 * statusOf('H').allowsOrders //=> false
 * statusOf('H').name //=> 'Hold for credit check'
 * ```
 * @category Rules
 */
export function statusOf(code: string, catalog: StatusCatalog = defaultStatusCatalog): StatusDefinition {
  const status = catalog.statuses.find((s) => s.code === code);
  if (!status) {
    const issue = { path: ['status'], message: messages.unknownStatus(String(code)) };
    throw new StaffcoreError('VALIDATION', issue.message, { details: { path: issue.path, issues: [issue] } });
  }
  return status;
}
