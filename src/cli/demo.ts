import { bootstrapHierarchy } from '../actions/hierarchy/bootstrapHierarchy.js';
import { allActions } from '../actions/allActions.js';
import { createStaffcore } from '../actions/createStaffcore.js';
import { memoryStore } from '../adapters/memory/memoryStore.js';
import type { Store } from '../adapters/port/index.js';
import { isStaffcoreError } from '../errors/index.js';
import type { ActorInput } from '../model/index.js';
import type { AddressStandardizer } from '../rules/addressStandardizer.js';
import { fixedClock } from '../rules/clock.js';
import { standardRoles } from '../rules/roles.js';

/** What the demo did, for a caller (or a test) to check. */
export interface DemoOutcome {
  /** Every line printed. */
  readonly lines: readonly string[];
  /** The customers added, by their names. */
  readonly customerIds: Readonly<Record<string, string>>;
}

/** A stand-in standardizer for the demo: upper-cases street and city as a postal service would. */
const postalStandardizer: AddressStandardizer = {
  name: 'demo postal service',
  async standardize(address) {
    return { ok: true, address: { ...address, line1: address.line1.toUpperCase(), city: address.city.toUpperCase() } };
  },
};

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Where each line goes; `console.log` when left out. */
  readonly print?: (line: string) => void;
  /** An empty store to build the agency in; a new in-memory store when left out. */
  readonly store?: Store;
}

/**
 * Runs the demo: builds a small agency (a company, a region, two branches, two reps) on an empty
 * store, walks through adding customer records as the articles describe, and prints what happened.
 *
 * @param options - where lines go and which store to use
 * @returns the lines printed and the ids of the customers added
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoOutcome> {
  const print = options.print ?? console.log;
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    print(line);
  };
  const store = options.store ?? memoryStore();
  const clock = fixedClock('2026-11-22T09:00:00Z');

  say(`# staffcore demo: adding customer records (${store.name} store)`);
  say();
  say('## The agency');
  const company = await bootstrapHierarchy(store, {
    name: 'Northstar Staffing',
    kind: 'company',
    setup: { defaultWorkerCompCode: '8810', defaultTerms: { label: 'Net 30', netDays: 30 } },
  });
  const admin = createStaffcore({
    actions: allActions,
    store,
    clock,
    actor: { id: 'admin', name: 'Ada Admin', branchId: company.id, roles: [standardRoles.administrator] },
  });
  const { branch: midwest } = await admin.hierarchy.addLevel({ name: 'Midwest', kind: 'region', parentId: company.id, setup: { defaultWorkerCompCode: '8742' } });
  const { branch: minneapolis } = await admin.hierarchy.addLevel({
    name: 'Minneapolis',
    parentId: midwest.id,
    setup: { requireAddressStandardization: true },
  });
  const { branch: stPaul } = await admin.hierarchy.addLevel({ name: 'St. Paul', parentId: midwest.id, setup: { defaultWorkerCompCode: '5403' } });
  for (const level of (await admin.hierarchy.list()).items) {
    const setup = [
      level.setup.defaultWorkerCompCode ? `worker comp ${level.setup.defaultWorkerCompCode}` : null,
      level.setup.defaultTerms ? `terms ${level.setup.defaultTerms.label}` : null,
      level.setup.requireAddressStandardization ? 'addresses must be standardized' : null,
    ].filter(Boolean);
    say(`- ${level.kind} ${level.name} (level ${level.id})${setup.length ? `: ${setup.join(', ')}` : ''}`);
  }

  const dana: ActorInput = { id: 'dana', name: 'Dana Reyes', branchId: minneapolis.id, salesTeamId: 'twin-cities', roles: [standardRoles.salesRep] };
  const lee: ActorInput = { id: 'lee', name: 'Lee Park', branchId: stPaul.id, salesTeamId: 'east-metro', roles: [standardRoles.salesRep] };
  say(`- reps: ${dana.name} at Minneapolis (sales team twin-cities), ${lee.name} at St. Paul (sales team east-metro)`);

  const asDana = createStaffcore({ actions: allActions, store, clock, actor: dana });
  const asDanaWithPostal = createStaffcore({ actions: allActions, store, clock, actor: dana, addressStandardizer: postalStandardizer });
  const asLee = createStaffcore({ actions: allActions, store, clock, actor: lee });

  say();
  say('## 1. Dana adds a customer with only its name');
  const acme = await asDana.customers.add({ name: 'Acme Manufacturing' });
  say(`Customer ID ${acme.customer.id} "${acme.customer.name}", status ${acme.customer.status} (Prospect)`);
  for (const [field, from] of Object.entries(acme.defaults)) {
    const value = acme.customer[field as keyof typeof acme.customer];
    const shown = value === null ? '(none)' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    say(`- ${field} = ${shown}  ← ${from.description}`);
  }

  say();
  say('## 2. An address at a branch that requires standardization');
  const boltInput = {
    name: 'Bolt Logistics',
    phone: '+1 612 555 0142',
    address: { line1: '400 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401' },
  };
  try {
    await asDana.customers.add(boltInput);
  } catch (error) {
    if (!isStaffcoreError(error)) throw error;
    say(`Without a standardizer: refused, ${error.code}: ${error.message}`);
  }
  const bolt = await asDanaWithPostal.customers.add(boltInput);
  say(`With the postal standardizer: saved as ${bolt.customer.id}, contact address "${bolt.customer.contactAddress?.line1}, ${bolt.customer.contactAddress?.city}"`);
  say(`First worksite ${bolt.worksite?.id} "${bolt.worksite?.name}" is the default: ${bolt.customer.defaultWorksiteId === bolt.worksite?.id}`);
  const { customer: billed } = await asDana.customers.copyContactToBilling({ id: bolt.customer.id });
  say(`Copy contact address to billing: billing address is now "${billed.billingAddress?.line1}"`);

  say();
  say('## 3. A department takes its defaults from its parent');
  const shipping = await asDana.customers.add({ name: 'Acme Shipping', parentId: acme.customer.id });
  say(`Department ${shipping.customer.id} "${shipping.customer.name}" under ${acme.customer.id}: status ${shipping.customer.status}`);
  say(`- worker comp ${shipping.customer.defaultWorkerCompCode} ← ${shipping.defaults.defaultWorkerCompCode.description}`);

  say();
  say('## 4. Scope: a rep of another branch cannot see the record');
  try {
    await asLee.customers.get({ id: acme.customer.id });
  } catch (error) {
    if (!isStaffcoreError(error)) throw error;
    say(`Lee reads ${acme.customer.id}: ${error.code}: ${error.message}`);
  }

  say();
  say('## 5. Hold for credit check, cascading to the departments');
  const hold = await asDana.customers.changeStatus({ id: acme.customer.id, to: 'H', reason: 'Credit application received', cascade: true });
  say(`Changed ${hold.changed.map((c) => `${c.id} "${c.name}"`).join(' and ')} to H`);
  const capabilities = await asDana.customers.capabilities({ id: shipping.customer.id });
  say(`Can Acme Shipping take a new order? ${capabilities.createOrder.allowed ? 'yes' : `no: ${capabilities.createOrder.reason}`}`);

  say();
  say('## 6. Two reps edit the same record');
  const { customer: readA } = await asDana.customers.get({ id: bolt.customer.id });
  await asDana.customers.update({ id: readA.id, version: readA.version, changes: { notes: 'Prefers calls before 10am' } });
  try {
    await asDana.customers.update({ id: readA.id, version: readA.version, changes: { notes: 'Stale edit' } });
  } catch (error) {
    if (!isStaffcoreError(error)) throw error;
    say(`The second, stale edit: ${error.code}: ${error.message}`);
  }
  say(`Notes kept: "${(await asDana.customers.get({ id: bolt.customer.id })).customer.notes}"`);

  say();
  say('## 7. A likely duplicate is reported, then marked deleted');
  const again = await asDana.customers.add({ name: 'ACME Manufacturing, Inc.' });
  for (const match of again.likelyDuplicates) say(`Likely duplicate of ${match.customerId} "${match.name}" (same ${match.reasons.join(', ')})`);
  await asDana.customers.changeStatus({ id: again.customer.id, to: 'X', reason: 'Entered twice', duplicateOfId: acme.customer.id });
  for (const event of (await asDana.customers.statusHistory({ id: again.customer.id })).items) {
    say(`History of ${again.customer.id}: ${event.from} → ${event.to} by ${event.by} at ${event.at} (${event.reason}; duplicate of ${event.duplicateOfId})`);
  }

  say();
  say('## 8. Orders, assignments, bars and credit');
  const { customer: crew } = await asDana.departments.add({ name: 'Acme Night Crew', parentId: shipping.customer.id });
  say(`Department ${crew.id} "${crew.name}" is new under Acme Shipping, status ${crew.status}`);
  try {
    await asDana.orders.create({ customerId: crew.id, jobTitle: 'Packer', startDate: '2026-11-30' });
  } catch (error) {
    if (!isStaffcoreError(error)) throw error;
    say(`A new order for Acme Night Crew: refused, ${error.code}: ${error.message}`);
  }
  await admin.credit.setLimit({ customerId: bolt.customer.id, limit: '20000.00' });
  say(`Bolt Logistics gets a credit limit of 20000.00 (warn from 80 %, block past 60 days overdue)`);
  const { order } = await asDana.orders.create({ customerId: bolt.customer.id, jobTitle: 'Forklift operator', startDate: '2026-11-23', positions: 2, payRate: '18.50', billRate: '27.75' });
  say(`Order ${order.id} "${order.jobTitle}" (${order.type}) at worksite ${order.worksiteId}, ${order.positions} positions`);
  const { assignment: placed } = await asDana.assignments.create({ orderId: order.id, employeeId: 'E-101' });
  say(`Employee ${placed.employeeId} placed at pay ${placed.payRate}, bill ${placed.billRate}`);
  await asDana.bars.add({ customerId: bolt.customer.id, employeeId: 'E-204', covers: 'tree', reason: 'Safety violation at the dock' });
  try {
    await asDana.assignments.create({ orderId: order.id, employeeId: 'E-204' });
  } catch (error) {
    if (!isStaffcoreError(error)) throw error;
    say(`Placing E-204: refused, ${error.code}: ${error.message}`);
  }
  const { invoice } = await admin.invoices.create({ customerId: bolt.customer.id, invoiceDate: '2026-11-22', lines: [{ assignmentId: placed.id, hours: '40' }] });
  say(`Invoice ${invoice.id}: 40 hours billed ${invoice.billed}, cost ${invoice.cost}, due ${invoice.dueDate} (${bolt.customer.terms?.label ?? 'due on receipt'})`);
  const big = await asDana.orders.create({ customerId: bolt.customer.id, jobTitle: 'Warehouse crew', startDate: '2026-12-01', billRate: '30.00', estimatedHours: '520' });
  say(`Order ${big.order.id} (estimated billing ${big.order.estimatedBilling}): credit ${big.credit.decision}: ${big.warnings.join('; ')}`);

  say();
  say('## 9. The audit trail: every write, who, when, what changed');
  const trail = await asDana.audit.list({ entity: 'customers', id: bolt.customer.id });
  for (const event of trail.items) {
    const fields = Object.keys(event.changes);
    say(`- ${event.at} ${event.actorId} ${event.action} (${event.operation}): ${fields.length > 6 ? `${fields.length} fields` : fields.join(', ')}`);
  }
  const feed = await admin.changes.since({ limit: 1000 });
  say(`The change feed holds ${feed.items.length} events; a host resumes after cursor ${feed.next}`);

  return {
    lines,
    customerIds: {
      'Acme Manufacturing': acme.customer.id,
      'Bolt Logistics': bolt.customer.id,
      'Acme Shipping': shipping.customer.id,
      'ACME Manufacturing, Inc.': again.customer.id,
    },
  };
}
