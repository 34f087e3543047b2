/**
 * The soak's starting data, written through the public actions (so it is in the change feed like
 * everything else): a hierarchy of three levels, and root customers each with a tree of
 * departments, worksites, a contact, a credit limit, an open order with an assignment, and an invoice.
 */
import { format, subDays } from 'date-fns';
import { bootstrapHierarchy, allActions, createStaffcore, standardRoles, type Staffcore } from '../../src/index.js';
import type { Store } from '../../src/adapters/port/index.js';

/** What the workers need to know of the seeded data. */
export interface Seeded {
  /** The hierarchy's root level: the workers act there, so they see every record. */
  readonly companyBranchId: string;
  /** Every level. */
  readonly branchIds: readonly string[];
  /** How many customer records were seeded. */
  readonly customers: number;
}

const roots = ['Acme Manufacturing', 'Northwind Logistics', 'Globex Foods', 'Initech Health', 'Umbrella Retail', 'Stark Warehouse', 'Wayne Labs', 'Wonka Foods'];

/** A day `n` days before today: recent enough that no seeded invoice is overdue for long (which would block orders). */
const daysAgo = (n: number) => format(subDays(new Date(), n), 'yyyy-MM-dd');

async function seedTree(sc: Staffcore, name: string, branchId: string, n: number): Promise<number> {
  const address = { line1: `${100 + n} Main St`, city: 'Minneapolis', region: 'MN', postalCode: '55401' };
  const { customer: root } = await sc.customers.add({ name, branchId, address, phone: `+1 612 555 01${String(n).padStart(2, '0')}` });
  await sc.credit.setLimit({ customerId: root.id, limit: '250000.00' });
  const { customer: plant } = await sc.departments.add({ name: `${name} Plant`, parentId: root.id, address: { ...address, line1: `${200 + n} Lake St` } });
  const { customer: dock } = await sc.departments.add({ name: `${name} Dock`, parentId: plant.id });
  await sc.departments.add({ name: `${name} Office`, parentId: root.id });
  await sc.contacts.add({ customerId: plant.id, firstName: 'Pat', lastName: 'Young', title: 'Plant supervisor' });
  const { order } = await sc.orders.create({ customerId: plant.id, jobTitle: 'Forklift operator', positions: 4, startDate: daysAgo(30), payRate: '18.00', billRate: '27.00' });
  const { assignment } = await sc.assignments.create({ orderId: order.id, employeeId: `E-${1 + (n % 8)}` });
  await sc.invoices.create({ customerId: plant.id, invoiceDate: daysAgo(10), lines: [{ assignmentId: assignment.id, hours: '40' }] });
  await sc.orders.create({ customerId: dock.id, jobTitle: 'Picker', positions: 3, startDate: daysAgo(20), payRate: '17.00', billRate: '25.50' });
  return 4;
}

/**
 * Seeds an empty, migrated store.
 * @param store - the store (on the coordinator's own connections, which are not terminated)
 * @returns the levels and the number of customers
 */
export async function seedSoak(store: Store): Promise<Seeded> {
  const company = await bootstrapHierarchy(
    store,
    { name: 'Soak Staffing', kind: 'company', setup: { defaultWorkerCompCode: '8810', defaultTerms: { label: 'Net 30', netDays: 30 } } },
    { by: 'soak-seed' },
  );
  const sc = createStaffcore({
    actions: allActions,
    store,
    actor: { id: 'soak-seed', name: 'Soak seed', branchId: company.id, roles: [standardRoles.administrator] },
    integrations: { timeClock: true, twitter: true },
  });
  const branchIds = [company.id];
  for (const region of ['North', 'South']) {
    const { branch } = await sc.hierarchy.addLevel({ name: `${region} region`, parentId: company.id, kind: 'region' });
    branchIds.push(branch.id);
    for (const city of region === 'North' ? ['Minneapolis', 'Duluth'] : ['Rochester', 'Mankato']) {
      const { branch: office } = await sc.hierarchy.addLevel({ name: city, parentId: branch.id, kind: 'branch', setup: { defaultWorkerCompCode: '5403' } });
      branchIds.push(office.id);
    }
  }
  let customers = 0;
  for (const [n, name] of roots.entries()) customers += await seedTree(sc, name, branchIds[n % branchIds.length]!, n);
  return { companyBranchId: company.id, branchIds, customers };
}
