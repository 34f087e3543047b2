import * as z from 'zod';
import { CalendarDate, bootstrapHierarchy, createStaffcore, customers, defineCustomFields, departments, inheritedField, reports, standardRoles } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';

// The agency's own fields, declared once: validated, typed, stored, audited, searchable and reported.
const customFields = defineCustomFields({
  customers: {
    vmsId: z.string().max(40),
    unionShop: z.boolean().default(false),
    orientationDate: CalendarDate.optional(),
    industry: inheritedField(z.enum(['food', 'metal', 'logistics']).optional()),
  },
});

const store = memoryStore();
const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing', kind: 'company' });
const sc = createStaffcore({
  actions: { customers, departments, reports },
  customFields,
  store,
  actor: { id: 'bea', name: 'Bea Lund', branchId: company.id, roles: [standardRoles.administrator] },
});

const { customer } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1042', industry: 'food' } });
const { customer: dock } = await sc.departments.add({ name: 'Harbor Foods Dock', parentId: customer.id, custom: { vmsId: 'V-1043' } });
console.log(customer.custom.unionShop, dock.custom.industry); //=> false 'food'

// Found through an index on both stores.
const { items } = await sc.customers.search({ custom: { vmsId: 'V-1042' } });
console.log(items.map((found) => found.name).join()); //=> 'Harbor Foods'

// An undeclared field is a compile error, and VALIDATION naming it at run time.
const refused = await sc.customers.add({ name: 'Acme', custom: { vmsId: 'V-7', region2: 'north' } as never }).catch((error: { details: { path: unknown[] } }) => error);
console.log('details' in refused && refused.details.path.join('.')); //=> 'custom.region2'

// One column per field in the customer snapshot.
const { csv } = await sc.reports.csv({ name: 'customer.snapshot', params: { customerId: customer.id, scope: 'subtree' } });
console.log(csv.split('\r\n')[0]!.endsWith('vmsId,unionShop,orientationDate,industry')); //=> true
