import { fieldError, parseOptions, validationError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { AuditEvent } from '../../model/index.js';
import type { ChangeFeedPage, Page } from '../port/Repository.js';
import { badCursor, decodeCursor, encodeCursor } from '../port/cursor.js';
import { checkLimit } from './queryChecks.js';
import { checkQueryText } from './storable.js';

// The key marks a cursor as a feed position, so a `find` cursor handed to the audit log is refused.
const positionKey = 'audit';
// Positions stay below 2^53 (15 digits), so a JS number holds any of them exactly.
const positionPattern = /^(0|[1-9][0-9]{0,14})$/;

/** The cursor after feed position `position`; position 0 is the feed's start. */
export function encodePosition(position: number | string): string {
  return encodeCursor(positionKey, String(position));
}

/** The feed position a cursor holds: 0 (the start) for none; a `VALIDATION` error naming `after` for a foreign cursor. */
export function decodePosition(cursor: unknown): number {
  if (cursor === undefined || cursor === null) return 0;
  const decoded = decodeCursor(cursor as string);
  if (decoded?.key !== positionKey || !positionPattern.test(decoded.id)) throw badCursor();
  return Number(decoded.id);
}

function checkObject(query: unknown, what: string): Readonly<Record<string, unknown>> {
  if (query === undefined) return {};
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw fieldError(what, [], messages.expected('an object'));
  }
  return query as Readonly<Record<string, unknown>>;
}

/** A checked change-feed read: the position to read after, the cursor it came from, the page size. */
export interface FeedRead {
  /** Read the events after this position. */
  readonly after: number;
  /** The cursor given, or the feed's start: the `next` of an empty page. */
  readonly cursor: string;
  /** The page size. */
  readonly limit: number;
}

/** Checks the query of `AuditLog.since`. */
export function checkFeedQuery(query: unknown): FeedRead {
  const { after, limit } = checkObject(query, 'query');
  const position = decodePosition(after);
  return { after: position, cursor: typeof after === 'string' ? after : encodePosition(0), limit: checkLimit(limit as number | undefined) };
}

/** One page of the change feed: `next` is the last event's position, or the cursor read from when the page is empty. */
export function feedPage(items: readonly AuditEvent[], read: FeedRead): ChangeFeedPage {
  const last = items[items.length - 1];
  return { items, next: last ? encodePosition(last.id) : read.cursor };
}

/** A checked audit-trail read: which record, after which position, how many. */
export interface TrailRead {
  /** The kind of record. */
  readonly entity: string;
  /** The record's id. */
  readonly recordId: string;
  /** Read the record's events after this position. */
  readonly after: number;
  /** The page size. */
  readonly limit: number;
}

/**
 * Checks the query of `AuditLog.forRecord`. The entity and id are checked as an event's are, so
 * the trail of any event that can be appended can be read.
 */
export function checkTrailQuery(query: unknown): TrailRead {
  const fields = checkObject(query, 'audit trail query');
  const entity = AuditEvent.shape.entity.safeParse(fields['entity'], parseOptions);
  if (!entity.success) throw validationError(entity.error, 'audit trail query', ['entity']);
  const recordId = AuditEvent.shape.recordId.safeParse(fields['recordId'], parseOptions);
  if (!recordId.success) throw validationError(recordId.error, 'audit trail query', ['recordId']);
  return { entity: entity.data, recordId: checkQueryText(recordId.data, ['recordId']), after: decodePosition(fields['after']), limit: checkLimit(fields['limit'] as number | undefined) };
}

/**
 * One page of an audit trail from up to `limit + 1` events in position order: the extra one only
 * tells that a next page exists.
 */
export function trailPage(events: readonly AuditEvent[], limit: number): Page<AuditEvent> {
  const items = events.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: events.length > limit && last ? encodePosition(last.id) : null };
}
