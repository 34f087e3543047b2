import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { missingParent } from './storeErrors.js';

/**
 * Checks that giving record `id` the parent `newParentId` keeps the customer tree a tree: the
 * parent exists and is neither the record nor one of its descendants.
 *
 * @param id - the record being moved
 * @param newParentId - its new parent, or null to make it a root
 * @param parentOf - the current parent of a record: `null` for a root, `undefined` only when the record does
 *   not exist (do not write `read(id)?.parentId ?? undefined`: that makes every root look missing)
 * @throws StaffcoreError `TREE_CYCLE`, or `VALIDATION` when the new parent does not exist
 */
export function checkParentChange(
  id: string,
  newParentId: string | null,
  parentOf: (id: string) => string | null | undefined,
): void {
  if (newParentId === null) return;
  if (newParentId === id) {
    throw new StaffcoreError('TREE_CYCLE', messages.ownParent(id), { details: { id, path: ['parentId'] } });
  }
  let cursor: string | null | undefined = parentOf(newParentId);
  if (cursor === undefined) throw missingParent(newParentId);
  const seen = new Set<string>([newParentId]);
  while (cursor !== null && cursor !== undefined) {
    if (cursor === id) {
      throw new StaffcoreError('TREE_CYCLE', messages.underOwnDescendant(id, newParentId), {
        details: { id, path: ['parentId'], newParentId },
      });
    }
    if (seen.has(cursor)) break;
    seen.add(cursor);
    cursor = parentOf(cursor);
  }
}
