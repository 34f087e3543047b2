import { type AuditEvent, bootstrapHierarchy, changes, createStaffcore, customers, standardRoles } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

const store = memoryStore();
const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
const sc = createStaffcore({
  actions: { customers, changes },
  store,
  actor: { id: 'sync', name: 'Search indexer', branchId: company.id, roles: [standardRoles.administrator] },
});
const { customer } = await sc.customers.add({ name: 'Acme Manufacturing' });
await sc.customers.changeStatus({ id: customer.id, to: 'A' }); // the record and its status history: one transaction

// The consumer's copy: each record's fields (null once removed) at a version, and the last event applied.
const copy = new Map<string, { version: number | null; fields: Record<string, unknown> | null }>();
let lastApplied = 0;
const sizes: number[] = [];
/** Applies one action's writes together (in one transaction of your own database). */
function apply(transaction: readonly AuditEvent[]): void {
  if (transaction.length === 0) return;
  for (const event of transaction) {
    if (Number(event.id) <= lastApplied) continue; // delivered again: applied already
    lastApplied = Number(event.id);
    const key = `${event.entity}/${event.recordId}`;
    const held = copy.get(key);
    if (held?.version != null && event.recordVersion != null && event.recordVersion <= held.version) continue; // older than the copy
    const after = Object.fromEntries(Object.entries(event.changes).map(([field, change]) => [field, change.after]));
    // a removal leaves a tombstone at its version, so an older event of the record arriving late is ignored
    copy.set(key, { version: event.recordVersion, fields: event.operation === 'remove' ? null : { ...held?.fields, ...after } });
  }
  sizes.push(transaction.length);
}

let cursor: string | null = null; // the cursor saved last time, or null to read from the start
let open: AuditEvent[] = []; // the last transaction read, which the next page may continue
for (;;) {
  const page = await sc.changes.since({ after: cursor, limit: 2 });
  for (const event of page.items) {
    if (open.length > 0 && open[0]!.transactionId !== event.transactionId) {
      apply(open); // another transaction begins: the open one is whole
      open = [];
    }
    open.push(event);
  }
  if (page.items.length === 0) {
    apply(open); // nothing follows: the open one is whole
    open = [];
  }
  cursor = page.next; // save it when nothing is held back (open is empty); a replay is skipped by id
  if (page.items.length === 0) break; // a tailing consumer waits here and polls again
}
console.log(sizes.join(' '), copy.get(`customers/${customer.id}`)?.fields?.['status']); //=> '1 1 2' 'A'
console.log(copy.get(`customers/${customer.id}`)?.version === (await sc.customers.get({ id: customer.id })).customer.version); //=> true
