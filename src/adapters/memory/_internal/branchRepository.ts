import type { BranchRepository } from '../../port/Repository.js';
import { repository } from './repository.js';
import type { Session } from './Session.js';

/** The repository of the hierarchy's levels inside the transaction `session`, with its version token. */
export function branchRepository(session: Session): BranchRepository {
  return {
    ...repository('branches', session),
    async hierarchyVersion() {
      const committed = String(session.table('branches').revision);
      // Levels this transaction wrote are not committed: a token of this transaction alone, which
      // no later reader sees, so nothing cached under it outlives a rollback.
      const pending = session.writes.get('branches')?.size ?? 0;
      return pending === 0 ? committed : `${committed}+tx${session.serial}.${pending}`;
    },
  };
}
