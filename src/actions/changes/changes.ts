import { changesSince } from './changesSince.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The change feed of every committed write.
 *
 * Give it to {@link createStaffcore} as `actions: { changes }`: the instance's `changes.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const changes = defineGroup('changes', {
  /**
   * `changes.since`: reads the change feed — every committed write, in commit order, exactly once
   * for a reader that follows the `next` cursors. A host tails it to update a search index, a cache
   * or webhooks. The feed covers the whole store (not the actor's scope): it needs `changes.read`,
   * a permission for integrations. Each event carries its position (`id`, to de-duplicate), the
   * record's version after the write (`recordVersion`, to order a record's events) and the id of
   * its transaction (`transactionId`, to apply one action's writes together). Refuses with
   * `VALIDATION` (bad cursor), `FORBIDDEN`.
   *
   * @example
   * ```ts
   * import { bootstrapHierarchy, createStaffcore, standardRoles } from 'staffcore';
   * import { memoryStore } from 'staffcore/adapters/memory';
   *
   * const store = memoryStore();
   * const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
   * const sc = createStaffcore({
   *   store,
   *   actor: { id: 'sync', name: 'Search indexer', branchId: company.id, roles: [standardRoles.administrator] },
   * });
   * const index = (event: unknown) => console.log(event); // your search index, cache or webhook
   *
   * let cursor: string | null = null;
   * const page = await sc.changes.since({ after: cursor, limit: 500 });
   * for (const event of page.items) index(event);
   * cursor = page.next; // store it; poll again with it
   * ```
   */
  since: changesSince,
});
