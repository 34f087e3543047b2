import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';
import { CustomerScope } from './customerScope.js';
import { Instant } from './dates.js';
import { AuditEventId, RepId } from './ids.js';

/**
 * What a write did to a record: created it, changed it, or removed it.
 * @category Records
 */
export const AuditOperation = z.enum(['insert', 'update', 'remove'], worded);
/**
 * What a write did to a record.
 * @category Records
 */
export type AuditOperation = z.infer<typeof AuditOperation>;

/**
 * A JSON value: what a field's value before or after a write is, as the audit trail keeps it.
 * @category Records
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The schema of a {@link JsonValue}: zod's own, typed by name (so a declaration never spells a type of zod's that an older zod lacks). */
const jsonValue = (): z.ZodType<JsonValue> => z.json(worded) as z.ZodType<JsonValue>;

/**
 * One field's value before and after a write, as JSON. On an `insert` every field's `before` is
 * `null`; on a `remove` every field's `after` is `null`.
 * @category Records
 */
export const FieldChange = z.object({ before: jsonValue(), after: jsonValue() }, worded);
/**
 * One field's value before and after a write.
 * @category Records
 */
export type FieldChange = z.infer<typeof FieldChange>;

/**
 * One write in the audit trail and the change feed: who, when, through which action, which
 * record, the record's version after the write, the transaction the write committed in, and the
 * fields it changed (before and after). An event exists exactly when its write committed: it is
 * written in the same transaction.
 * @category Records
 */
export const AuditEvent = z.object({
  /**
   * The event's position in the change feed, allocated in commit order; unique, so a consumer that
   * receives an event twice recognizes the repeat by it.
   */
  id: AuditEventId,
  /**
   * The id of the transaction the write committed in, allocated by the store when the events are
   * appended: every event of one action (one transaction) carries the same one, and no two
   * transactions share one. Opaque: compare it, do not parse it. (staffcore's stores use the feed
   * position of the transaction's first event; an event recorded before the feed carried
   * transaction ids is a transaction of its own.)
   */
  transactionId: z.string(worded).min(1).max(64),
  /**
   * The record's version after the write: the `version` an insert or update stored. A removal
   * leaves no record, so it takes the version after the last one the record had (its last
   * version + 1), which keeps a record's events in strictly ascending `recordVersion` (ascending,
   * not consecutive: several writes of one record in one action make one event). `null` only on an
   * event recorded before events carried versions.
   */
  recordVersion: z.number(worded).int().positive().nullable(),
  /** When the action ran (the action's clock). */
  at: Instant,
  /** The service rep whose action wrote the record. */
  actorId: RepId,
  /** The action, as named on a staffcore instance (`customers.add`, `worksites.setDefault`). */
  action: z.string(worded).regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/),
  /** The kind of record written, as the store names it (`customers`, `worksites`, …). */
  entity: z.string(worded).regex(/^[a-z][A-Za-z]*$/),
  /** The id of the record written. */
  recordId: z.string(worded).min(1).max(64),
  /** Whether the write created, changed or removed the record. */
  operation: AuditOperation,
  /** The fields the write changed, each with its value before and after. */
  changes: z.record(z.string(worded), FieldChange, worded),
}, worded);
/**
 * One write in the audit trail and the change feed.
 * @category Records
 */
export type AuditEvent = z.infer<typeof AuditEvent>;

/**
 * An audit event as an action hands it to the store, which allocates its `id` and `transactionId`.
 * @category Records
 */
export const NewAuditEvent = AuditEvent.omit({ id: true, transactionId: true });
/**
 * An audit event before the store allocated its position and transaction id.
 * @category Records
 */
export type NewAuditEvent = z.infer<typeof NewAuditEvent>;

/**
 * Reads one record's audit trail, oldest first (`audit.list`).
 * @category Records
 */
export const AuditListInput = z.strictObject({
  /** The kind of record, as the store names it: `customers`, `worksites`, `branches`, … */
  entity: z.string(worded).max(40).regex(/^[a-z][A-Za-z]*$/, messages.entityName),
  /** The record's id. */
  id: z.string(worded).max(64, { abort: true }).regex(/^[A-Za-z0-9_-]{1,64}$/, messages.notAnId),
  /**
   * For a customer record: `account` (default) its own trail; `subtree` also its departments';
   * `master` its whole tree's (as the tree stands now), merged in feed order.
   */
  scope: CustomerScope.default('account'),
  /** The page size, 1 to 1,000; 100 by default. */
  limit: z.number(worded).int().min(1).max(1000).default(100),
  /** The `next` cursor of the previous page. */
  after: z.string(worded).max(2000).nullable().optional(),
}, worded);
/**
 * Reads one record's audit trail.
 * @category Records
 */
export type AuditListInput = z.input<typeof AuditListInput>;

/**
 * Reads the change feed after a cursor (`changes.since`).
 * @category Records
 */
export const ChangesSinceInput = z.strictObject({
  /** The `next` cursor of the previous page; left out or `null` reads from the first event. */
  after: z.string(worded).max(2000).nullable().optional(),
  /** The page size, 1 to 10,000; 100 by default. */
  limit: z.number(worded).int().min(1).max(10_000).default(100),
}, worded);
/**
 * Reads the change feed after a cursor.
 * @category Records
 */
export type ChangesSinceInput = z.input<typeof ChangesSinceInput>;
