import type { Store } from '../../adapters/port/index.js';
import { StaffcoreError, fieldError, isStaffcoreError, parseOrThrow } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { NewBranchInput, RepId, type Branch } from '../../model/index.js';
import { systemClock, type Clock } from '../../rules/clock.js';
import { WriteLog } from '../_internal/recordWrites.js';

/**
 * Options of {@link bootstrapHierarchy}.
 * @category Start here
 */
export interface BootstrapOptions {
  /** Who set the hierarchy up, for the audit trail; `system` when left out. */
  readonly by?: string;
  /** Where the time comes from; the system clock when left out. */
  readonly clock?: Clock;
}

/**
 * Creates the root level of an empty hierarchy (the company). Every other level is added by an
 * actor working at or above its parent, with `hierarchy.addLevel`. The write is recorded in the
 * audit trail like an action's (`hierarchy.bootstrap`).
 *
 * @param store - the store
 * @param root - the root level's name, kind and setup (`parentId` must be left out or null)
 * @param options - who set it up and the clock, for the audit trail
 * @returns the saved root level
 * @throws StaffcoreError `VALIDATION`, `CONFLICT` when the hierarchy already has levels
 * @example
 * ```ts
 * import { bootstrapHierarchy } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore();
 * const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing', kind: 'company' });
 * company.parentId //=> null
 * ```
 * @category Start here
 */
export async function bootstrapHierarchy(store: Store, root: NewBranchInput, options: BootstrapOptions = {}): Promise<Branch> {
  const level = parseOrThrow(NewBranchInput, root, 'branch');
  if (level.parentId !== null) throw fieldError('branch', ['parentId'], messages.rootLevelHasNoParent);
  const by = parseOrThrow(RepId, options.by ?? 'system', 'bootstrap options', ['by']);
  const now = (options.clock ?? systemClock).now().toISOString();
  try {
    return await store.transaction(async (raw) => {
      if ((await raw.branches.count()) > 0) throw new StaffcoreError('CONFLICT', messages.hierarchyExists, { details: { entity: 'branches' } });
      const log = new WriteLog({ now, actorId: by });
      const branch = await log.wrap(raw).branches.insert(level);
      await raw.audit.append(log.events('hierarchy.bootstrap'));
      return branch;
    });
  } catch (error) {
    if (isStaffcoreError(error)) throw error;
    throw new StaffcoreError('INTERNAL', messages.unexpected('hierarchy.bootstrap'), { cause: error });
  }
}
