import { fieldError, parseOptions, validationError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { NewAuditEvent } from '../../model/index.js';
import { checkStorableKeys, storableAs } from './storable.js';
import { atIndex } from './storeErrors.js';

/**
 * Checks the events handed to `AuditLog.append`, all before any is written: each against
 * `NewAuditEvent`, and its strings against what PostgreSQL can hold.
 * @returns the parsed copies (instants normalized to UTC, unknown fields such as an `id` dropped)
 * @throws StaffcoreError `VALIDATION` naming the event's index and field
 */
export function checkNewAuditEvents(events: unknown): NewAuditEvent[] {
  if (!Array.isArray(events)) {
    throw fieldError('audit events', [], messages.expected('a list of events'));
  }
  return events.map((event: unknown, index) => {
    try {
      const result = NewAuditEvent.safeParse(event, parseOptions);
      if (!result.success) throw validationError(result.error, 'audit event');
      checkStorableKeys('audit event', result.data);
      return storableAs('audit event', result.data);
    } catch (error) {
      throw atIndex(error, index);
    }
  });
}
