import * as z from 'zod';
import { StatusDefinition } from '../model/index.js';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog.js';
import { statusOf } from './statusOf.js';

/**
 * A record's place on the path to its root: its id and its own status.
 * @category Rules
 */
export interface StatusPathEntry {
  readonly id: string;
  readonly status: string;
}

/**
 * What a record may do given its own status and its ancestors'.
 * @category Rules
 */
export const EffectiveStatus = z
  .strictObject({
    /** The record's own status. */
    own: StatusDefinition,
    /** The most restrictive status on the path to the root (the record's own when none is stricter). */
    effective: StatusDefinition,
    /** The record whose status is the effective one. */
    decidedById: z.string(),
    /** Whether orders may be created: every status on the path allows them. */
    allowsOrders: z.boolean(),
    /** Whether employees may be assigned: every status on the path allows it. */
    allowsAssignments: z.boolean(),
    /** Whether the record shows in active searches (its own status decides). */
    inActiveSearches: z.boolean(),
  })
  .readonly();
/**
 * What a record may do given its own status and its ancestors'.
 * @category Rules
 */
export type EffectiveStatus = z.output<typeof EffectiveStatus>;

const freedom = (status: StatusDefinition) => Number(status.allowsOrders) + Number(status.allowsAssignments);

/**
 * Works out a record's effective status: a hold or deletion higher in the tree applies below it,
 * so the effective status is the most restrictive along the path to the root (nearest wins a tie).
 *
 * @param path - the record first, then its parent, …, up to the root
 * @param catalog - the organization's status catalog
 * @returns the own and effective statuses and what they allow
 * @throws StaffcoreError `VALIDATION` when the path is empty or holds an unknown status
 * @example
 * ```ts
 * effectiveStatus([{ id: '7', status: 'A' }, { id: '1', status: 'H' }]).allowsOrders //=> false
 * ```
 * @category Rules
 */
export function effectiveStatus(path: readonly StatusPathEntry[], catalog: StatusCatalog = defaultStatusCatalog): EffectiveStatus {
  const [self] = path;
  if (!self) return statusOf('', catalog) as never;
  const own = statusOf(self.status, catalog);
  let effective = own;
  let decidedById = self.id;
  let allowsOrders = own.allowsOrders;
  let allowsAssignments = own.allowsAssignments;
  for (const entry of path.slice(1)) {
    const status = statusOf(entry.status, catalog);
    allowsOrders &&= status.allowsOrders;
    allowsAssignments &&= status.allowsAssignments;
    if (freedom(status) < freedom(effective)) {
      effective = status;
      decidedById = entry.id;
    }
  }
  return { own, effective, decidedById, allowsOrders, allowsAssignments, inActiveSearches: own.inActiveSearches };
}
