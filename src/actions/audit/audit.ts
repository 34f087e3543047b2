import { listAuditTrail } from './listAuditTrail.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The audit trail of a record.
 *
 * Give it to {@link createStaffcore} as `actions: { audit }`: the instance's `audit.…` calls are these actions.
 * @namespace
 */
export const audit = defineGroup('audit', {
  /** Reads one record's audit trail, oldest first. */
  list: listAuditTrail,
});
