import { SearchCustomersInput, type Customer } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** One page of `customers.search`. */
export interface SearchCustomersResult {
  /** The records of this page, in order. */
  readonly items: readonly Customer[];
  /** Pass as `after` to read the next page; `null` on the last page. */
  readonly next: string | null;
}

/**
 * `customers.search`: searches the customer records in the actor's scope by name text, status,
 * hierarchy level and root-only, ordered by name (or id) with ties broken by id, paged with a
 * cursor. Only the statuses the catalog shows in active searches (`P`, `A`, `H` by default) are
 * included unless `includeInactive` or `statuses` says otherwise.
 *
 * Refuses with `VALIDATION`, `FORBIDDEN` (no `customer.read`), `NOT_FOUND` (a `branchId` outside
 * the actor's level).
 */
export const searchCustomers = defineAction({
  input: SearchCustomersInput,
  subject: 'search',
  permission: 'customer.read',
  readOnly: true,
  async run(run, search): Promise<SearchCustomersResult> {
    const branchIds = search.branchId === undefined ? [...run.scope] : run.hierarchy.subtreeIds(run.branch(search.branchId).id);
    const statuses =
      search.statuses ?? (search.includeInactive ? undefined : run.statuses.statuses.filter((s) => s.inActiveSearches).map((s) => s.code));
    const page = await run.tx.customers.search({
      ...(search.text !== undefined && search.text.trim() !== '' ? { text: search.text } : {}),
      ...(statuses !== undefined ? { statuses } : {}),
      branchIds,
      rootsOnly: search.rootsOnly,
      orderBy: search.orderBy,
      limit: search.limit,
      after: search.after ?? null,
    });
    return { items: page.items, next: page.next };
  },
});
