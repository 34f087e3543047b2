import { bootstrapHierarchy, createStaffcore, customers, standardRoles } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

const store = memoryStore();
const company = await bootstrapHierarchy(store, {
  name: 'Northstar Staffing',
  kind: 'company',
  setup: { defaultWorkerCompCode: '8810', defaultTerms: { label: 'Net 30', netDays: 30 } },
});

const sc = createStaffcore({
  actions: { customers },
  store,
  actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, salesTeamId: 'twin-cities', roles: [standardRoles.salesRep] },
});

const { customer, worksite, defaults } = await sc.customers.add({
  name: 'Acme Manufacturing',
  address: { line1: '400 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401' },
});
console.log(customer.status); //=> 'P'
console.log(customer.defaultWorkerCompCode, defaults.defaultWorkerCompCode.description); //=> '8810' 'branch Northstar Staffing setup'
console.log(customer.defaultWorksiteId === worksite?.id); //=> true

const held = await sc.customers.changeStatus({ id: customer.id, to: 'H', reason: 'Credit check' });
const { createOrder } = await sc.customers.capabilities({ id: customer.id });
console.log(held.customer.status, createOrder.allowed); //=> 'H' false
