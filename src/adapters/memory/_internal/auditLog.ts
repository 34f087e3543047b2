import { checkNewAuditEvents } from '../../_internal/auditEventChecks.js';
import { checkFeedQuery, checkTrailQuery, feedPage, trailPage } from '../../_internal/auditQueries.js';
import type { AuditLog } from '../../port/Repository.js';
import type { Session } from './Session.js';

/**
 * The audit log inside the transaction `session`. Reads see committed events only, not those the
 * transaction appended itself: a reader that saw a position it later lost to a rollback would skip
 * the event that takes the position next.
 */
export function auditLog(session: Session): AuditLog {
  return {
    async append(events) {
      return session.appendEvents(checkNewAuditEvents(events));
    },
    async forRecord(query) {
      const read = checkTrailQuery(query);
      return trailPage(session.feed.forRecord(read.entity, read.recordId, read.after, read.limit + 1), read.limit);
    },
    async since(query) {
      const read = checkFeedQuery(query);
      return feedPage(session.feed.since(read.after, read.limit), read);
    },
  };
}
