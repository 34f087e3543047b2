import * as z from 'zod';
import { AuditEvent, ChangesSinceInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * One page of the change feed (`changes.since`).
 * @category Action results
 */
export const ChangesSinceResult = z.strictObject({
  /** The events of this page, in commit order. */
  items: z.array(AuditEvent).readonly(),
  /** Pass as `after` to read on. Never `null`: with nothing new, it is the cursor to poll with (the feed has no last page). */
  next: z.string(),
});
/**
 * One page of the change feed: a page whose `next` is never `null`.
 * @category Action results
 */
export type ChangesSinceResult = z.output<typeof ChangesSinceResult>;

/**
 * The `changes.since` action; its documentation is on the `since` member of its group (`changes.ts`), where editors and the reference show it.
 * @category Action results
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
