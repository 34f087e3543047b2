import { z } from 'zod';
import { Instant } from './dates.js';
import { AuditEventId, RepId } from './ids.js';

/** What a write did to a record: created it, changed it, or removed it. */
export const AuditOperation = z.enum(['insert', 'update', 'remove']);
/** What a write did to a record. */
export type AuditOperation = z.infer<typeof AuditOperation>;

/**
 * One field's value before and after a write, as JSON. On an `insert` every field's `before` is
 * `null`; on a `remove` every field's `after` is `null`.
 */
export const FieldChange = z.object({ before: z.json(), after: z.json() });
/** One field's value before and after a write. */
export type FieldChange = z.infer<typeof FieldChange>;

/**
 * One write in the audit trail and the change feed: who, when, through which action, which
 * record, and the fields it changed (before and after). An event exists exactly when its write
 * committed: it is written in the same transaction.
 */
export const AuditEvent = z.object({
  /** The event's position in the change feed, allocated in commit order. */
  id: AuditEventId,
  /** When the action ran (the action's clock). */
  at: Instant,
  /** The service rep whose action wrote the record. */
  actorId: RepId,
  /** The action, as named on a staffcore instance (`customers.add`, `worksites.setDefault`). */
  action: z.string().regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/),
  /** The kind of record written, as the store names it (`customers`, `worksites`, …). */
  entity: z.string().regex(/^[a-z][A-Za-z]*$/),
  /** The id of the record written. */
  recordId: z.string().min(1).max(64),
  /** Whether the write created, changed or removed the record. */
  operation: AuditOperation,
  /** The fields the write changed, each with its value before and after. */
  changes: z.record(z.string(), FieldChange),
});
/** One write in the audit trail and the change feed. */
export type AuditEvent = z.infer<typeof AuditEvent>;

/** An audit event as an action hands it to the store, which allocates its `id`. */
export const NewAuditEvent = AuditEvent.omit({ id: true });
/** An audit event before the store allocated its position. */
export type NewAuditEvent = z.infer<typeof NewAuditEvent>;
