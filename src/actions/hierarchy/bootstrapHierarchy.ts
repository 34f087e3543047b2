import type { Store } from '../../adapters/port/index.js';
import { StaffcoreError, parseOrThrow } from '../../errors/index.js';
import { NewBranchInput, type Branch } from '../../model/index.js';

/**
 * Creates the root level of an empty hierarchy (the company). Every other level is added by an
 * actor working at or above its parent, with `hierarchy.addLevel`.
 *
 * @param store - the store
 * @param root - the root level's name, kind and setup (`parentId` must be left out or null)
 * @returns the saved root level
 * @throws StaffcoreError `VALIDATION`, `CONFLICT` when the hierarchy already has levels
 * @example
 * ```ts
 * const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing', kind: 'company' });
 * ```
 */
export async function bootstrapHierarchy(store: Store, root: NewBranchInput): Promise<Branch> {
  const level = parseOrThrow(NewBranchInput, root, 'branch');
  if (level.parentId !== null) {
    throw new StaffcoreError('VALIDATION', 'Invalid branch: parentId: the root level has no parent', { details: { path: ['parentId'] } });
  }
  return store.transaction(async (tx) => {
    if ((await tx.branches.count()) > 0) {
      throw new StaffcoreError('CONFLICT', 'The hierarchy already has levels; add more with hierarchy.addLevel');
    }
    return tx.branches.insert(level as Parameters<typeof tx.branches.insert>[0]);
  });
}
