import * as z from 'zod';
import { AuditEvent, ChangesSinceInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** One page of the change feed (`changes.since`). */
export const ChangesSinceResult = z.strictObject({
  /** The events of this page, in commit order. */
  items: z.array(AuditEvent).readonly(),
  /** Pass as `after` to read on. Never `null`: with nothing new, it is the cursor to poll with (the feed has no last page). */
  next: z.string(),
});
/** One page of the change feed: a page whose `next` is never `null`. */
export type ChangesSinceResult = z.output<typeof ChangesSinceResult>;

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
export const changesSince = defineAction({
  name: 'changes.since',
  summary: 'Reads the change feed after a cursor, in commit order.',
  input: ChangesSinceInput,
  result: ChangesSinceResult,
  refusals: [],
  subject: 'change feed query',
  permission: 'changes.read',
  readOnly: true,
  async run(run, query): Promise<ChangesSinceResult> {
    const page = await run.tx.audit.since({ after: query.after ?? null, limit: query.limit });
    return { items: page.items, next: page.next };
  },
});
