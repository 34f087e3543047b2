import { listAuditTrail } from './listAuditTrail.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The audit trail of a record.
 *
 * Give it to {@link createStaffcore} as `actions: { audit }`: the instance's `audit.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const audit = defineGroup('audit', {
  /**
   * `audit.list`: reads one record's audit trail, oldest first — every write to it, who made it,
   * when, through which action, and the fields before and after. The record must exist and lie in
   * the actor's scope. Refuses with `VALIDATION`, `NOT_FOUND`, `FORBIDDEN` (no `audit.read`).
   *
   * @example
   * ```ts
   * const page = await sc.audit.list({ entity: 'customers', id: '3' });
   * page.items.map((event) => [event.action, event.operation]) //=> [['customers.add', 'insert'], ['customers.update', 'update']]
   * page.items[1].changes.notes //=> { before: '', after: 'Call first' }
   * ```
   */
  list: listAuditTrail,
});
