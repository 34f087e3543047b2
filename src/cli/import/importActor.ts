import type { Store } from '../../adapters/port/index.js';
import { standardRoles, type ActorInput } from '../../index.js';
import { UsageError } from '../check/InputError.js';
import { importMessages } from './importMessages.js';
import type { ImportCommand } from './parseImportArgs.js';

/** The database is not ready for an import (not migrated, no branch hierarchy): one line, exit code 2. */
export class NotReadyError extends Error {
  override name = 'NotReadyError';
}

/**
 * The actor `staffcore import` runs as. A service rep stored under `--actor` acts as stored (its
 * name, branch, sales team and roles); otherwise the id names a new actor with the role of
 * `--role` (administrator by default) at the hierarchy's root level. `--role` and `--branch`
 * override what is stored.
 * @param store - the store the import writes to
 * @param command - the parsed command (`actor`, `role`, `branch`, `schema`)
 * @returns the actor, for `createStaffcore`
 * @throws NotReadyError when the hierarchy is empty or has several roots and no `--branch`
 * @throws UsageError when `--branch` names no branch
 */
export async function importActor(store: Store, command: Pick<ImportCommand, 'actor' | 'role' | 'branch' | 'schema'>): Promise<ActorInput> {
  return store.transaction(async (tx) => {
    const rep = await tx.reps.get(command.actor);
    let branchId = command.branch ?? rep?.branchId ?? null;
    if (branchId !== null && command.branch !== null && !(await tx.branches.get(branchId))) throw new UsageError(importMessages.unknownBranch(branchId));
    if (branchId === null) {
      const roots = await tx.branches.find({ where: { parentId: null }, limit: 2 });
      if (roots.items.length === 0) throw new NotReadyError(importMessages.noHierarchy(command.schema));
      if (roots.items.length > 1) throw new NotReadyError(importMessages.manyRoots);
      branchId = roots.items[0]!.id;
    }
    const roles = command.role !== null ? [standardRoles[command.role]] : rep ? rep.roles : [standardRoles.administrator];
    return { id: command.actor, name: rep?.name ?? command.actor, branchId, salesTeamId: rep?.salesTeamId ?? null, roles };
  });
}
