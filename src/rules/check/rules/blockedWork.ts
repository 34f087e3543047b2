import * as messages from '../../../errors/messages.js';
import type { StatusDefinition } from '../../../model/index.js';
import { effectiveStatus, type StatusPathEntry } from '../../effectiveStatus.js';
import type { CheckContext, CheckVisitor, RelatedRecord } from '../CheckRule.js';
import { Column } from '../_internal/Column.js';
import { recordNameOf } from '../recordValues.js';

const worked = 1;
const allowed = 2;

/** The statuses on a record's path to its root, nearest first (a cycle is followed once round). */
function pathOf(context: CheckContext, start: number): { place: number; status: StatusDefinition }[] {
  const { index } = context;
  const path: { place: number; status: StatusDefinition }[] = [];
  const seen = new Set<number>();
  for (let node = start; node !== -1 && !seen.has(node); node = index.parentOf(node)) {
    seen.add(node);
    const status = index.statusAt(node);
    if (status) path.push({ place: node, status });
  }
  return path;
}

/**
 * The visitor of `order-on-blocked-customer` or `assignment-on-blocked-customer`: an open order
 * or an active assignment on a customer whose effective status (the core's
 * {@link effectiveStatus}, over the statuses up its tree) allows no such work. Worked out once per
 * customer; the finding names the nearest record whose own status forbids it.
 */
export function blockedWork(context: CheckContext, kind: 'order' | 'assignment'): CheckVisitor {
  const decided = new Column((n) => new Uint8Array(n));
  const { catalog } = context;
  const allows = (status: StatusDefinition) => (kind === 'order' ? status.allowsOrders : status.allowsAssignments);
  const visit = ({ value, location, customerId, customer }: RelatedRecord) => {
    const state = value['state'];
    if (state !== undefined && state !== (kind === 'order' ? 'open' : 'active')) return;
    let known = decided.get(customer);
    let path: ReturnType<typeof pathOf> | undefined;
    if (!(known & worked)) {
      path = pathOf(context, customer);
      const entries: StatusPathEntry[] = path.map(({ place, status }) => ({ id: String(place), status: status.code }));
      const effective = entries.length === 0 ? undefined : effectiveStatus(entries, catalog);
      const ok = effective === undefined || (kind === 'order' ? effective.allowsOrders : effective.allowsAssignments);
      known = worked | (ok ? allowed : 0);
      decided.set(customer, known);
    }
    if (known & allowed) return;
    const blocker = (path ?? pathOf(context, customer)).find(({ status }) => !allows(status));
    if (!blocker) return;
    context.report(
      messages.checkBlocked(kind, recordNameOf(value['id']) ?? `#${location.index}`, customerId, blocker.status.code, blocker.status.name, blocker.place !== customer),
      recordNameOf(value['id']),
      ['customerId'],
      location,
    );
  };
  return kind === 'order' ? { order: visit } : { assignment: visit };
}
