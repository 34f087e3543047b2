import { bootstrapHierarchy, contacts, createStaffcore, customers, departments, messageActions, standardRoles, tasks } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

const store = memoryStore();
const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
const sc = createStaffcore({
  actions: { customers, departments, contacts, messages: messageActions, tasks },
  store,
  actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
  integrations: { timeClock: true },
});

const { customer: acme } = await sc.customers.add({ name: 'Acme Manufacturing' });
const { customer: dock } = await sc.departments.add({ name: 'Loading dock', parentId: acme.id });

await sc.contacts.add({ customerId: dock.id, firstName: 'Pat', lastName: 'Young', title: 'Dock supervisor' });
await sc.messages.log({ customerId: dock.id, method: 'phone', text: 'Needs two forklift operators on Monday' });
const { task } = await sc.tasks.add({ customerId: dock.id, title: 'Send the rate sheet' });
console.log(task.assignedToId, (await sc.customers.view({ id: dock.id })).hasIncompleteTasks); //=> 'dana' true

await sc.customers.changeStatus({ id: acme.id, to: 'H', reason: 'Credit check' });
const view = await sc.customers.view({ id: dock.id });
console.log(view.effectiveStatus.code, view.blockedBy?.name); //=> 'H' 'Acme Manufacturing'

const { menu: entries } = await sc.customers.actions({ id: dock.id });
const menu = Object.fromEntries(entries.map((entry) => [entry.id, entry]));
console.log(menu.newOrder?.enabled, menu.newOrder?.code); //=> false 'STATUS_BLOCKED'
console.log(menu.assignTimeClock?.enabled, menu.shareWithTwitter?.code); //=> true 'INTEGRATION_MISSING'
