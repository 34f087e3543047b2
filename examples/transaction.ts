import { bootstrapHierarchy, createStaffcore, customers, orders, standardRoles, tasks } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

const store = memoryStore();
const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
const sc = createStaffcore({
  store,
  actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
  actions: { customers, orders, tasks },
});

// A customer, its first order and a task: all three, or none.
const { customer } = await sc.transaction(async (tx) => {
  const { customer } = await tx.customers.add({ name: 'Harbor Foods' });
  await tx.orders.create({ customerId: customer.id, jobTitle: 'Picker', startDate: '2026-12-07' });
  await tx.tasks.add({ customerId: customer.id, title: 'Call about the first order' });
  return { customer };
});
const { items } = await sc.orders.list({ customerId: customer.id });
console.log(items.length); //=> 1

// A refusal inside rolls back what came before it.
await sc
  .transaction(async (tx) => {
    await tx.customers.add({ name: 'Harbor Foods West' });
    await tx.orders.create({ customerId: customer.id, jobTitle: 'Picker', startDate: 'not a date' });
  })
  .catch((error: unknown) => console.log((error as { code: string }).code)); //=> 'VALIDATION'
console.log((await sc.customers.search({ text: 'West' })).items.length); //=> 0
