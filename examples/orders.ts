import { assignments, bars, bootstrapHierarchy, createStaffcore, credit as creditActions, customers, fixedClock, invoices, isStaffcoreError, orders, standardRoles } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

const store = memoryStore();
const company = await bootstrapHierarchy(store, {
  name: 'Northstar Staffing',
  kind: 'company',
  setup: { defaultWorkerCompCode: '8810', defaultTerms: { label: 'Net 30', netDays: 30 } },
});
const clock = fixedClock('2026-11-02T09:00:00Z');
const rep = { branchId: company.id, salesTeamId: 'twin-cities' };
const sc = createStaffcore({ actions: { customers, orders, assignments, bars, credit: creditActions, invoices }, store, clock, actor: { ...rep, id: 'dana', name: 'Dana Reyes', roles: [standardRoles.salesRep] } });
const billing = createStaffcore({ actions: { customers, orders, assignments, bars, credit: creditActions, invoices }, store, clock, actor: { ...rep, id: 'bo', name: 'Bo Lind', roles: [standardRoles.billing] } });
const admin = createStaffcore({ actions: { customers, orders, assignments, bars, credit: creditActions, invoices }, store, clock, actor: { ...rep, id: 'ana', name: 'Ana Ortiz', roles: [standardRoles.administrator] } });

const { customer } = await sc.customers.add({ name: 'Bolt Logistics' });
await sc.customers.changeStatus({ id: customer.id, to: 'A', reason: 'Credit approved' });
await admin.credit.setLimit({ customerId: customer.id, limit: '5000.00' });

const { order, credit } = await sc.orders.create({
  customerId: customer.id,
  jobTitle: 'Forklift operator',
  startDate: '2026-11-02',
  payRate: '18.50',
  billRate: '27.75',
  estimatedHours: '80',
});
console.log(order.estimatedBilling, credit.decision); //=> '2220.00' 'allowed'

const { assignment: placed } = await sc.assignments.create({ orderId: order.id, employeeId: 'E-101' });
await sc.bars.add({ customerId: customer.id, employeeId: 'E-204', covers: 'tree', reason: 'Safety violation' });
try {
  await sc.assignments.create({ orderId: order.id, employeeId: 'E-204' });
} catch (error) {
  if (isStaffcoreError(error)) console.log(error.code); //=> 'EMPLOYEE_BARRED'
}

const { invoice } = await billing.invoices.create({ customerId: customer.id, invoiceDate: '2026-11-07', lines: [{ assignmentId: placed.id, hours: '40' }] });
console.log(invoice.billed, invoice.cost, invoice.dueDate); //=> '1110.00' '740.00' '2026-12-07'

const { decision } = await sc.credit.check({ customerId: customer.id, orderAmount: '1000.00' });
console.log(decision.decision, decision.figures.exposure); //=> 'warned' '4330.00'
