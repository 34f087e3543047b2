import type { AuditEvent } from '../../../model/index.js';

/** The first index of `events` (sorted by position) whose position is above `after`. */
function firstAfter(events: readonly AuditEvent[], after: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (Number(events[mid]!.id) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The committed audit events: the feed in position order (event `n` at index `n - 1`, as
 * positions have no gaps) and, per record, that record's events in position order.
 */
export class AuditFeed {
  private readonly events: AuditEvent[] = [];
  private readonly byRecord = new Map<string, Map<string, AuditEvent[]>>();

  /** The position of the last committed event; 0 when there is none. */
  get last(): number {
    return this.events.length;
  }

  /** Adds committed events, which must carry the positions right after {@link last}, in order. */
  commit(events: readonly AuditEvent[]): void {
    for (const event of events) {
      if (Number(event.id) !== this.events.length + 1) throw new Error(`staffcore: audit event ${event.id} committed out of order`);
      this.events.push(event);
      let records = this.byRecord.get(event.entity);
      if (!records) this.byRecord.set(event.entity, (records = new Map()));
      let trail = records.get(event.recordId);
      if (!trail) records.set(event.recordId, (trail = []));
      trail.push(event);
    }
  }

  /** Up to `limit` events after position `after`, in position order. */
  since(after: number, limit: number): AuditEvent[] {
    return this.events.slice(after, after + limit);
  }

  /** Up to `limit` events of one record after position `after`, in position order. */
  forRecord(entity: string, recordId: string, after: number, limit: number): AuditEvent[] {
    const trail = this.byRecord.get(entity)?.get(recordId) ?? [];
    const start = firstAfter(trail, after);
    return trail.slice(start, start + limit);
  }

  /** A copy of every committed event, in position order. */
  all(): AuditEvent[] {
    return [...this.events];
  }

  /** Forgets every event. */
  clear(): void {
    this.events.length = 0;
    this.byRecord.clear();
  }
}
