import { assignments, bootstrapHierarchy, createStaffcore, customers, departments, fixedClock, invoices, orders, reports as reportActions, standardRoles } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

const store = memoryStore();
const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing', kind: 'company' });
const sc = createStaffcore({
  actions: { customers, departments, orders, assignments, invoices, reports: reportActions },
  store,
  clock: fixedClock('2026-04-30T12:00:00Z'),
  actor: { id: 'bea', name: 'Bea Lund', branchId: company.id, roles: [standardRoles.administrator] },
});

const { customer: acme } = await sc.customers.add({ name: 'Acme, Inc.', terms: { label: 'Net 30', netDays: 30 } });
const { customer: dock } = await sc.departments.add({ name: '=Dock', parentId: acme.id });
const { order } = await sc.orders.create({ customerId: dock.id, jobTitle: 'Loader', startDate: '2026-03-02', payRate: '18.00', billRate: '27.50' });
const { assignment } = await sc.assignments.create({ orderId: order.id, employeeId: 'E-7' });
await sc.invoices.create({ customerId: dock.id, invoiceDate: '2026-03-06', lines: [{ assignmentId: assignment.id, hours: '40' }] });

// The reports a record offers, its Customer ID filled in.
const { items: reports } = await sc.reports.forCustomer({ id: dock.id });
console.log(reports.length, reports.every((report) => report.params.customerId === dock.id)); //=> 8 true

// Acme's whole tree for March: billed 40 h × 27.50, cost 40 h × 18.00, due by Net 30 on 2026-04-05.
const { rows: [row] } = await sc.reports.run({
  name: 'customer.financialSummary',
  params: { customerId: dock.id, scope: 'master', from: '2026-03-01', to: '2026-03-31' },
});
console.log(row?.billed, row?.grossProfitPercent, row?.overdueReceivables); //=> '1100.00' '34.55' '1100.00'

// CSV: quoted where needed, and a name that looks like a formula is neutralized.
const { csv } = await sc.reports.csv({ name: 'customer.snapshot', params: { customerId: acme.id, scope: 'subtree' } });
console.log(csv.includes('"Acme, Inc."'), csv.includes(",'=Dock,")); //=> true true
