/**
 * The soak's workload: a weighted random mix of every writing action of the public API, aimed at
 * a small hot set of records so that concurrent workers race on the same ones. Targets are ids the
 * worker has seen (read back through `customers.search` and the scoped lists), so some are stale
 * on purpose: a refusal is as much part of the game as a success.
 */
import { addDays, format, subDays } from 'date-fns';
import { Decimal } from 'decimal.js';
import type { Staffcore } from '../../src/index.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same choices. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface KnownCustomer {
  version: number;
  status: string;
  parentId: string | null;
}
interface KnownOwned {
  customerId: string;
  version: number;
  /** `active`, `open`, `ended`, `completed`, … */
  state: string;
}
interface KnownAssignment extends KnownOwned {
  orderId: string;
  startDate: string;
}
interface KnownInvoice extends KnownOwned {
  balance: string;
  invoiceDate: string;
}

/** What a worker has seen of the records: ids with the version and state read, possibly stale by now. */
export class Known {
  readonly customers = new Map<string, KnownCustomer>();
  readonly worksites = new Map<string, string>();
  readonly contacts = new Map<string, KnownOwned>();
  readonly orders = new Map<string, KnownOwned>();
  readonly assignments = new Map<string, KnownAssignment>();
  readonly invoices = new Map<string, KnownInvoice>();
  readonly tasks = new Map<string, KnownOwned>();
  readonly bars = new Map<string, KnownOwned>();
  /** Hotlists by owner (each lane's actor sees its own). */
  readonly hotlists = new Map<string, string[]>();
}

/** The size of the hot set: the records with the lowest ids, which most actions aim at. */
const hotSize = 12;
/** Employees: few, so the same employee is placed on the same order by two workers at once. */
const employees = ['E-1', 'E-2', 'E-3', 'E-4', 'E-5', 'E-6', 'E-7', 'E-8'];
const words = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Hooli'];
const kinds = ['Staffing', 'Logistics', 'Foods', 'Manufacturing', 'Health', 'Retail', 'Warehouse'];
const cities = [
  ['Minneapolis', 'MN', '55401'],
  ['St Paul', 'MN', '55102'],
  ['Duluth', 'MN', '55802'],
  ['Fargo', 'ND', '58102'],
] as const;
/** Dates are drawn from the 60 days around today, so no invoice of the soak is long overdue (which would block orders by credit). */
const firstDay = subDays(new Date(), 30);

/** What one operation of the mix works with. */
export interface MixContext {
  /** The lane's staffcore instance (an administrator at the hierarchy's root). */
  readonly sc: Staffcore;
  /** The lane's actor id. */
  readonly actorId: string;
  readonly known: Known;
  readonly next: () => number;
  readonly branchIds: readonly string[];
  /** A customer the operation aims at (a race or a double submit pins one), rather than one of the hot set. */
  readonly focus?: string;
  /**
   * A second instance of the lane, acting as another rep, for the second action of a race or a
   * double submit: two transactions of one actor begun in the same millisecond could not be told
   * apart in the feed (invariants.ts groups a transaction's events by action, actor and instant).
   */
  readonly twin: { readonly sc: Staffcore; readonly actorId: string };
  /**
   * Calls one action and tallies its outcome.
   * @returns the result, or `undefined` when the action was refused (the refusal is tallied)
   */
  readonly call: <T>(action: string, input: unknown, run: () => Promise<T>) => Promise<T | undefined>;
}

/** One operation of the mix: its weight, and whether it calls writing actions (a refresh only reads). */
export interface MixOperation {
  readonly name: string;
  readonly weight: number;
  readonly run: (ctx: MixContext) => Promise<void>;
}

const pick = <T>(ctx: MixContext, list: readonly T[]): T | undefined => (list.length === 0 ? undefined : list[Math.floor(ctx.next() * list.length)]);
const chance = (ctx: MixContext, p: number) => ctx.next() < p;
const day = (ctx: MixContext, spread = 60) => format(addDays(firstDay, Math.floor(ctx.next() * spread)), 'yyyy-MM-dd');

/** A customer id: from the hot set mostly, any known one otherwise. */
function customerId(ctx: MixContext): string | undefined {
  if (ctx.focus !== undefined && chance(ctx, 0.85)) return ctx.focus;
  const ids = [...ctx.known.customers.keys()].sort((a, b) => Number(a) - Number(b));
  return chance(ctx, 0.7) ? pick(ctx, ids.slice(0, hotSize)) : pick(ctx, ids);
}

function rootOf(ctx: MixContext, id: string): string {
  const seen = new Set<string>();
  let at = id;
  for (;;) {
    const parent = ctx.known.customers.get(at)?.parentId ?? null;
    if (parent === null || seen.has(parent)) return at;
    seen.add(at);
    at = parent;
  }
}

/** An owned record of a hot customer mostly, filtered by `where`. */
function owned<T extends KnownOwned>(ctx: MixContext, records: Map<string, T>, where: (record: T) => boolean = () => true): [string, T] | undefined {
  const hot = new Set([...ctx.known.customers.keys()].sort((a, b) => Number(a) - Number(b)).slice(0, hotSize));
  const all = [...records.entries()].filter(([, record]) => where(record));
  const focused = all.filter(([, record]) => record.customerId === ctx.focus);
  if (focused.length > 0 && chance(ctx, 0.85)) return pick(ctx, focused);
  const hotOnes = all.filter(([, record]) => hot.has(record.customerId));
  return pick(ctx, chance(ctx, 0.7) && hotOnes.length > 0 ? hotOnes : all);
}

function address(ctx: MixContext) {
  const [city, region, postalCode] = pick(ctx, cities)!;
  return { line1: `${100 + Math.floor(ctx.next() * 900)} ${pick(ctx, ['Main', 'Oak', 'Lake', 'River'])} St`, city, region, postalCode };
}

const name = (ctx: MixContext) => `${pick(ctx, words)} ${pick(ctx, kinds)} ${Math.floor(ctx.next() * 1000)}`;

/** Reads a customer now, for the version a versioned change needs; sometimes keeps the version seen earlier (stale on purpose). */
async function versionOf(ctx: MixContext, id: string): Promise<number | undefined> {
  const seen = ctx.known.customers.get(id);
  if (seen && chance(ctx, 0.2)) return seen.version;
  const got = await ctx.call('customers.get', { id }, () => ctx.sc.customers.get({ id }));
  if (!got) return undefined;
  ctx.known.customers.set(id, { version: got.customer.version, status: got.customer.status, parentId: got.customer.parentId });
  return got.customer.version;
}

function learnCustomer(ctx: MixContext, customer: { readonly id: string; readonly version: number; readonly status: string; readonly parentId: string | null } | undefined) {
  if (customer) ctx.known.customers.set(customer.id, { version: customer.version, status: customer.status, parentId: customer.parentId });
}

/** Reads back ids: every customer (all statuses), and the owned records of one hot tree. */
async function refresh(ctx: MixContext): Promise<void> {
  const page = await ctx.call('customers.search', {}, () =>
    ctx.sc.customers.search({ statuses: ['P', 'A', 'H', 'I', 'X'], orderBy: 'id', limit: 1000 }),
  );
  if (page) {
    ctx.known.customers.clear();
    for (const customer of page.items) learnCustomer(ctx, customer);
  }
  const id = customerId(ctx);
  if (!id) return;
  const input = { customerId: rootOf(ctx, id), scope: 'master' as const };
  const { known, sc, call } = ctx;
  const sites = await call('worksites.list', input, () => sc.worksites.list(input));
  for (const worksite of sites?.items ?? []) known.worksites.set(worksite.id, worksite.customerId);
  const orders = await call('orders.list', input, () => sc.orders.list({ ...input, active: false, limit: 1000 }));
  for (const order of orders?.items ?? []) known.orders.set(order.id, { customerId: order.customerId, version: order.version, state: order.state });
  const assignments = await call('assignments.list', input, () => sc.assignments.list({ ...input, active: false, limit: 1000 }));
  for (const a of assignments?.items ?? []) {
    known.assignments.set(a.id, { customerId: a.customerId, version: a.version, state: a.state, orderId: a.orderId, startDate: a.startDate });
  }
  const contacts = await call('contacts.list', input, () => sc.contacts.list({ ...input, active: false, limit: 1000 }));
  for (const c of contacts?.items ?? []) known.contacts.set(c.id, { customerId: c.customerId, version: c.version, state: c.active ? 'active' : 'inactive' });
  const tasks = await call('tasks.list', input, () => sc.tasks.list({ ...input, incompleteOnly: false, limit: 1000 }));
  for (const t of tasks?.items ?? []) known.tasks.set(t.id, { customerId: t.customerId, version: t.version, state: t.completed ? 'completed' : 'open' });
  const invoices = await call('invoices.list', input, () => sc.invoices.list({ ...input, limit: 1000 }));
  for (const { invoice } of invoices?.items ?? []) {
    known.invoices.set(invoice.id, {
      customerId: invoice.customerId,
      version: invoice.version,
      state: invoice.state,
      balance: new Decimal(invoice.billed).minus(invoice.paid).toFixed(2),
      invoiceDate: invoice.invoiceDate,
    });
  }
  const bars = await call('bars.list', input, () => sc.bars.list({ ...input, active: false, limit: 1000 }));
  for (const b of bars?.items ?? []) known.bars.set(b.id, { customerId: b.customerId, version: b.version, state: b.state });
  const hotlists = await call('hotlists.list', {}, () => sc.hotlists.list({ limit: 1000 }));
  if (hotlists) known.hotlists.set(ctx.actorId, hotlists.items.map((h) => h.id));
}

/** The single operations. Between them they call every writing action of the public API. */
const single: readonly MixOperation[] = [
  { name: 'refresh', weight: 4, run: refresh },
  {
    name: 'customers.add',
    weight: 4,
    async run(ctx) {
      const parentId = chance(ctx, 0.3) ? customerId(ctx) : undefined;
      const input = {
        name: name(ctx),
        ...(parentId ? { parentId } : {}),
        ...(chance(ctx, 0.5) ? { address: address(ctx) } : {}),
        ...(chance(ctx, 0.3) ? { phone: `+1 612 555 ${String(1000 + Math.floor(ctx.next() * 9000))}` } : {}),
        ...(chance(ctx, 0.3) ? { branchId: pick(ctx, ctx.branchIds)! } : {}),
      };
      const added = await ctx.call('customers.add', input, () => ctx.sc.customers.add(input));
      learnCustomer(ctx, added?.customer);
      if (added?.worksite) ctx.known.worksites.set(added.worksite.id, added.customer.id);
    },
  },
  {
    name: 'customers.addMany',
    weight: 1,
    async run(ctx) {
      const parentId = customerId(ctx);
      const rows = [
        { name: name(ctx) },
        { name: name(ctx), ...(parentId ? { parentId } : {}), ...(chance(ctx, 0.5) ? { address: address(ctx) } : {}) },
        ...(chance(ctx, 0.2) ? [{ name: ' ' }] : []),
      ];
      const input = { rows, mode: chance(ctx, 0.5) ? ('validRowsOnly' as const) : ('allOrNothing' as const) };
      const added = await ctx.call('customers.addMany', input, () => ctx.sc.customers.addMany(input));
      for (const row of added?.added ?? []) learnCustomer(ctx, row.customer);
    },
  },
  {
    name: 'customers.update',
    weight: 4,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const version = await versionOf(ctx, id);
      if (version === undefined) return;
      const changes = {
        notes: `soak note ${Math.floor(ctx.next() * 1e6)}`,
        ...(chance(ctx, 0.3) ? { phone: `+1 651 555 ${String(1000 + Math.floor(ctx.next() * 9000))}` } : {}),
        ...(chance(ctx, 0.2) ? { contactAddress: address(ctx) } : {}),
        ...(chance(ctx, 0.2) ? { terms: { label: 'Net 15', netDays: 15 } } : {}),
      };
      const input = { id, version, changes };
      learnCustomer(ctx, (await ctx.call('customers.update', input, () => ctx.sc.customers.update(input)))?.customer);
    },
  },
  {
    name: 'customers.changeStatus',
    weight: 5,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const to = pick(ctx, ['P', 'A', 'A', 'H', 'I', 'X', 'X'])!;
      const duplicateOfId = to === 'X' && chance(ctx, 0.4) ? customerId(ctx) : undefined;
      const version = chance(ctx, 0.3) ? ctx.known.customers.get(id)?.version : undefined;
      const input = {
        id,
        to,
        reason: `soak ${to}`,
        cascade: chance(ctx, 0.3),
        ...(duplicateOfId ? { duplicateOfId } : {}),
        ...(version !== undefined ? { version } : {}),
      };
      const changed = await ctx.call('customers.changeStatus', input, () => ctx.sc.customers.changeStatus(input));
      for (const customer of changed?.changed ?? []) learnCustomer(ctx, customer);
    },
  },
  {
    name: 'customers.copyContactToBilling',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { id };
      learnCustomer(ctx, (await ctx.call('customers.copyContactToBilling', input, () => ctx.sc.customers.copyContactToBilling(input)))?.customer);
    },
  },
  {
    name: 'customers.move',
    weight: 3,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const newParentId = chance(ctx, 0.2) ? null : (customerId(ctx) ?? null);
      const version = await versionOf(ctx, id);
      if (version === undefined) return;
      const input = { id, newParentId, version };
      learnCustomer(ctx, (await ctx.call('customers.move', input, () => ctx.sc.customers.move(input)))?.customer);
    },
  },
  {
    name: 'customers.applyDefaultsToDepartments',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const version = await versionOf(ctx, id);
      if (version === undefined) return;
      const input = { id, version, fields: ['terms' as const, 'salesTeamId' as const, 'defaultWorkerCompCode' as const], dryRun: chance(ctx, 0.2) };
      await ctx.call('customers.applyDefaultsToDepartments', input, () => ctx.sc.customers.applyDefaultsToDepartments(input));
    },
  },
  {
    name: 'customers.merge',
    weight: 1,
    async run(ctx) {
      const from = customerId(ctx);
      const into = customerId(ctx);
      if (!from || !into) return;
      const input = { from, into, dryRun: chance(ctx, 0.2), reason: 'soak merge' };
      const merged = await ctx.call('customers.merge', input, () => ctx.sc.customers.merge(input));
      if (merged && !merged.dryRun) {
        learnCustomer(ctx, merged.from);
        learnCustomer(ctx, merged.into);
      }
    },
  },
  {
    name: 'customers.setMultiplierCodes',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, codes: chance(ctx, 0.5) ? { minGpPercent: '20' } : { markupPercent: chance(ctx, 0.5) ? '45' : null } };
      await ctx.call('customers.setMultiplierCodes', input, () => ctx.sc.customers.setMultiplierCodes(input));
    },
  },
  {
    name: 'departments.add',
    weight: 4,
    async run(ctx) {
      const parentId = customerId(ctx);
      if (!parentId) return;
      const input = { name: `Dept ${name(ctx)}`, parentId, ...(chance(ctx, 0.4) ? { address: address(ctx) } : {}) };
      const added = await ctx.call('departments.add', input, () => ctx.sc.departments.add(input));
      learnCustomer(ctx, added?.customer);
      if (added?.worksite) ctx.known.worksites.set(added.worksite.id, added.customer.id);
    },
  },
  {
    name: 'worksites.add',
    weight: 3,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, address: address(ctx), makeDefault: chance(ctx, 0.3) };
      const added = await ctx.call('worksites.add', input, () => ctx.sc.worksites.add(input));
      if (added) ctx.known.worksites.set(added.worksite.id, id);
    },
  },
  {
    name: 'worksites.setDefault',
    weight: 2,
    async run(ctx) {
      const entry = pick(ctx, [...ctx.known.worksites.entries()]);
      if (!entry) return;
      const input = { customerId: entry[1], worksiteId: entry[0] };
      learnCustomer(ctx, (await ctx.call('worksites.setDefault', input, () => ctx.sc.worksites.setDefault(input)))?.customer);
    },
  },
  {
    name: 'contacts.add',
    weight: 3,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, firstName: pick(ctx, ['Pat', 'Sam', 'Alex', 'Kim'])!, lastName: pick(ctx, ['Young', 'Lee', 'Berg'])!, title: 'Supervisor' };
      const added = await ctx.call('contacts.add', input, () => ctx.sc.contacts.add(input));
      if (added) ctx.known.contacts.set(added.contact.id, { customerId: added.contact.customerId, version: added.contact.version, state: 'active' });
    },
  },
  {
    name: 'contacts.update',
    weight: 2,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.contacts);
      if (!entry) return;
      const input = { id: entry[0], version: entry[1].version, changes: { title: pick(ctx, ['Manager', 'Lead', 'Buyer'])! } };
      const updated = await ctx.call('contacts.update', input, () => ctx.sc.contacts.update(input));
      if (updated) entry[1].version = updated.contact.version;
    },
  },
  {
    name: 'contacts.deactivate',
    weight: 1,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.contacts, (c) => c.state === 'active');
      if (!entry) return;
      const input = { id: entry[0] };
      const deactivated = await ctx.call('contacts.deactivate', input, () => ctx.sc.contacts.deactivate(input));
      if (deactivated) Object.assign(entry[1], { version: deactivated.contact.version, state: 'inactive' });
    },
  },
  {
    name: 'messages.log',
    weight: 3,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, method: pick(ctx, ['phone', 'email', 'in-person'] as const)!, text: `soak message ${Math.floor(ctx.next() * 1e6)}` };
      await ctx.call('messages.log', input, () => ctx.sc.messages.log(input));
    },
  },
  {
    name: 'tasks.add',
    weight: 2,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, title: 'Send the rate sheet', dueDate: day(ctx) };
      const added = await ctx.call('tasks.add', input, () => ctx.sc.tasks.add(input));
      if (added) ctx.known.tasks.set(added.task.id, { customerId: added.task.customerId, version: added.task.version, state: 'open' });
    },
  },
  {
    name: 'tasks.complete',
    weight: 2,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.tasks, (t) => t.state === 'open');
      if (!entry) return;
      const input = { id: entry[0] };
      const completed = await ctx.call('tasks.complete', input, () => ctx.sc.tasks.complete(input));
      if (completed) Object.assign(entry[1], { version: completed.task.version, state: 'completed' });
    },
  },
  {
    name: 'orders.create',
    weight: 4,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = {
        customerId: id,
        jobTitle: pick(ctx, ['Forklift operator', 'Picker', 'Assembler'])!,
        positions: 2 + Math.floor(ctx.next() * 4),
        startDate: day(ctx),
        payRate: '18.00',
        billRate: '27.00',
        estimatedHours: '160',
        ...(chance(ctx, 0.1) ? { overrideCreditBlock: { reason: 'soak override' } } : {}),
      };
      const created = await ctx.call('orders.create', input, () => ctx.sc.orders.create(input));
      if (created) ctx.known.orders.set(created.order.id, { customerId: created.order.customerId, version: created.order.version, state: 'open' });
    },
  },
  {
    name: 'orders.close',
    weight: 1,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.orders, (o) => o.state !== 'closed');
      if (!entry) return;
      const input = { id: entry[0], reason: 'soak close' };
      const closed = await ctx.call('orders.close', input, () => ctx.sc.orders.close(input));
      if (closed) Object.assign(entry[1], { version: closed.order.version, state: closed.order.state });
    },
  },
  {
    name: 'assignments.create',
    weight: 5,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.orders, (o) => o.state === 'open');
      if (!entry) return;
      const input = { orderId: entry[0], employeeId: pick(ctx, employees)! };
      const created = await ctx.call('assignments.create', input, () => ctx.sc.assignments.create(input));
      if (created) {
        const { assignment } = created;
        ctx.known.assignments.set(assignment.id, {
          customerId: assignment.customerId,
          orderId: assignment.orderId,
          version: assignment.version,
          state: 'active',
          startDate: assignment.startDate,
        });
      }
    },
  },
  {
    name: 'assignments.end',
    weight: 2,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.assignments, (a) => a.state === 'active');
      if (!entry) return;
      const endDate = format(addDays(new Date(`${entry[1].startDate}T00:00:00Z`), 5), 'yyyy-MM-dd');
      const input = { id: entry[0], endDate, reason: 'soak end' };
      const ended = await ctx.call('assignments.end', input, () => ctx.sc.assignments.end(input));
      if (ended) Object.assign(entry[1], { version: ended.assignment.version, state: 'ended' });
    },
  },
  {
    name: 'assignments.massUpdateRates',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const base = {
        customerId: rootOf(ctx, id),
        scope: 'master' as const,
        pay: { raiseByPercent: '1' },
        keepMarkup: true,
        effectiveDate: day(ctx),
        reason: 'soak raise',
      };
      if (chance(ctx, 0.5)) {
        await ctx.call('assignments.massUpdateRates', base, () => ctx.sc.assignments.massUpdateRates(base));
        return;
      }
      const preview = await ctx.call('assignments.massUpdateRates', { ...base, dryRun: true }, () => ctx.sc.assignments.massUpdateRates({ ...base, dryRun: true }));
      if (!preview) return;
      const input = { ...base, expectedVersions: preview.expectedVersions };
      await ctx.call('assignments.massUpdateRates', input, () => ctx.sc.assignments.massUpdateRates(input));
    },
  },
  {
    name: 'bars.add',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, employeeId: pick(ctx, employees)!, covers: chance(ctx, 0.5) ? ('tree' as const) : ('record' as const), reason: 'soak bar' };
      const added = await ctx.call('bars.add', input, () => ctx.sc.bars.add(input));
      if (added) ctx.known.bars.set(added.bar.id, { customerId: added.bar.customerId, version: added.bar.version, state: 'active' });
    },
  },
  {
    name: 'bars.remove',
    weight: 1,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.bars, (b) => b.state === 'active');
      if (!entry) return;
      const input = { id: entry[0], reason: 'soak lift' };
      const lifted = await ctx.call('bars.remove', input, () => ctx.sc.bars.remove(input));
      if (lifted) Object.assign(entry[1], { version: lifted.bar.version, state: 'removed' });
    },
  },
  {
    name: 'invoices.create',
    weight: 2,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.assignments);
      if (!entry) return;
      const input = { customerId: entry[1].customerId, invoiceDate: day(ctx), lines: [{ assignmentId: entry[0], hours: String(4 + Math.floor(ctx.next() * 36)) }] };
      const created = await ctx.call('invoices.create', input, () => ctx.sc.invoices.create(input));
      if (created) {
        const { invoice } = created;
        ctx.known.invoices.set(invoice.id, {
          customerId: invoice.customerId,
          version: invoice.version,
          state: invoice.state,
          balance: invoice.billed,
          invoiceDate: invoice.invoiceDate,
        });
      }
    },
  },
  {
    name: 'invoices.createZeroDollar',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, invoiceDate: day(ctx), memo: 'soak zero' };
      await ctx.call('invoices.createZeroDollar', input, () => ctx.sc.invoices.createZeroDollar(input));
    },
  },
  {
    name: 'invoices.recordPayment',
    weight: 2,
    async run(ctx) {
      const entry = owned(ctx, ctx.known.invoices, (i) => i.state === 'open');
      if (!entry) return;
      const full = chance(ctx, 0.4);
      const amount = full ? entry[1].balance : '10.00';
      const input = { invoiceId: entry[0], amount, receivedOn: format(addDays(new Date(`${entry[1].invoiceDate}T00:00:00Z`), 10), 'yyyy-MM-dd'), reference: 'soak' };
      const paid = await ctx.call('invoices.recordPayment', input, () => ctx.sc.invoices.recordPayment(input));
      if (paid) {
        const { invoice } = paid;
        Object.assign(entry[1], { version: invoice.version, state: invoice.state, balance: new Decimal(invoice.billed).minus(invoice.paid).toFixed(2) });
      }
    },
  },
  {
    name: 'credit.setLimit',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: chance(ctx, 0.8) ? rootOf(ctx, id) : id, limit: chance(ctx, 0.8) ? '250000.00' : '500.00' };
      await ctx.call('credit.setLimit', input, () => ctx.sc.credit.setLimit(input));
    },
  },
  {
    name: 'hotlists.create',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      const input = { name: `Soak list ${Math.floor(ctx.next() * 100)}`, ...(id ? { customerId: id } : {}) };
      const created = await ctx.call('hotlists.create', input, () => ctx.sc.hotlists.create(input));
      if (created) ctx.known.hotlists.set(ctx.actorId, [...(ctx.known.hotlists.get(ctx.actorId) ?? []), created.hotlist.id]);
    },
  },
  {
    name: 'hotlists.addMember',
    weight: 1,
    async run(ctx) {
      const hotlistId = pick(ctx, ctx.known.hotlists.get(ctx.actorId) ?? []);
      const id = customerId(ctx);
      if (!hotlistId || !id) return;
      const input = { hotlistId, customerId: id };
      await ctx.call('hotlists.addMember', input, () => ctx.sc.hotlists.addMember(input));
    },
  },
  {
    name: 'favorites.add',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id };
      await ctx.call('favorites.add', input, () => ctx.sc.favorites.add(input));
    },
  },
  {
    name: 'favorites.remove',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id };
      await ctx.call('favorites.remove', input, () => ctx.sc.favorites.remove(input));
    },
  },
  {
    name: 'timeClocks.assign',
    weight: 1,
    async run(ctx) {
      const id = customerId(ctx);
      if (!id) return;
      const input = { customerId: id, deviceId: `D-${1 + Math.floor(ctx.next() * 60)}` };
      await ctx.call('timeClocks.assign', input, () => ctx.sc.timeClocks.assign(input));
    },
  },
  {
    name: 'hierarchy.addLevel',
    weight: 0.5,
    async run(ctx) {
      const input = { name: `Soak branch ${Math.floor(ctx.next() * 1000)}`, parentId: pick(ctx, ctx.branchIds)!, kind: 'branch' };
      await ctx.call('hierarchy.addLevel', input, () => ctx.sc.hierarchy.addLevel(input));
    },
  },
];

/** The writing actions the mix calls, for the report (every call outside this list only reads). */
export const writingActions: ReadonlySet<string> = new Set(single.filter((op) => op.name !== 'refresh').map((op) => op.name));

function pickFrom(list: readonly MixOperation[], next: () => number): MixOperation {
  const total = list.reduce((sum, op) => sum + op.weight, 0);
  let roll = next() * total;
  for (const op of list) {
    roll -= op.weight;
    if (roll < 0) return op;
  }
  return list[list.length - 1]!;
}

/** Operations that take a record out of play, which a race pairs with another operation on the same record. */
const removing = single.filter((op) => ['customers.changeStatus', 'customers.merge', 'customers.move'].includes(op.name));
const writing = single.filter((op) => op.name !== 'refresh');

/**
 * Every operation of the mix: the single ones, plus two that make races certain rather than
 * lucky. `race` runs two operations at once on one customer (often a status change, merge or move
 * beside new work on the record); `double` sends the same request twice at once, as a double
 * click or two reps would (the same random choices, so the same input).
 */
export const operations: readonly MixOperation[] = [
  ...single,
  {
    name: 'race',
    weight: 6,
    async run(ctx) {
      const focus = customerId(ctx);
      if (!focus) return;
      const first = chance(ctx, 0.5) ? pickFrom(removing, ctx.next) : pickFrom(writing, ctx.next);
      const second = pickFrom(writing, ctx.next);
      await Promise.all([
        first.run({ ...ctx, focus, next: random(Math.floor(ctx.next() * 2 ** 31)) }),
        second.run({ ...ctx, ...ctx.twin, focus, next: random(Math.floor(ctx.next() * 2 ** 31)) }),
      ]);
    },
  },
  {
    name: 'double',
    weight: 3,
    async run(ctx) {
      const focus = customerId(ctx);
      if (!focus) return;
      const op = pickFrom(writing, ctx.next);
      const seed = Math.floor(ctx.next() * 2 ** 31);
      await Promise.all([op.run({ ...ctx, focus, next: random(seed) }), op.run({ ...ctx, ...ctx.twin, focus, next: random(seed) })]);
    },
  },
];

/**
 * Picks the next operation by weight.
 * @param next - the random source
 * @returns an operation of {@link operations}
 */
export function pickOperation(next: () => number): MixOperation {
  return pickFrom(operations, next);
}
