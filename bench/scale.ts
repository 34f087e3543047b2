/**
 * The scale ladder (issue #25): `npm run bench -- scale [sizes] [stores]`.
 *
 * Books of 10,000, 100,000 and 1,000,000 customers (a realistic mix: roots with departments up to
 * 6 deep, names sharing words, contacts, invoices with lines, orders, payments) on the memory store
 * (with the indexed financials and custom values a large host passes), PGlite (10k and 100k only)
 * and the PostgreSQL server at DATABASE_URL (schema `bench_scale`). At each size every action is
 * timed through `createStaffcore` as a host calls it (an administrator, a fixed clock), median of
 * repeated calls on inputs spread over the book; the table gives each action's cost at each size
 * and the ratio largest / smallest size, marked when over 1.5×.
 *
 * Customers go in through `customers.addMany` (the action); contacts, invoices, lines, orders,
 * payments and credit limits through the store's bulk path (`tx.<entity>.insertMany`), as the
 * actions would take hours at 1M. The records whose financials are timed (30 accounts, two
 * 1,000-record trees) carry the full density (10 invoices of 10 lines each); the rest a lower one.
 *
 * `npm run bench -- scale 10000,100000 memory,pglite` runs those sizes on those stores only
 * (stores: memory, pglite, pg; pg needs DATABASE_URL). Density knobs (environment):
 * SCALE_CONTACTS (contacts per record, 3), SCALE_INVOICES (background invoices per record, 1),
 * SCALE_LINES (lines per background invoice, 3).
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { indexedCustomValues, indexedFinancials, memoryStore } from '../src/adapters/memory/index.js';
import type { Store } from '../src/adapters/port/index.js';
import { entityNames } from '../src/adapters/port/index.js';
import { migrate, postgresStore, type PostgresClient } from '../src/adapters/postgres/index.js';
import type { Staffcore } from '../src/index.js';
import { fixture } from '../src/testing/fixtures.js';
import { agencyOn } from './actions.js';
import { tableName } from './backends.js';
import { businessName } from './fixtures.js';
import { median, ms, printTable, time } from './measure.js';

const asOf = '2026-12-01';
const period = { from: '2026-02-01', to: '2026-10-31' };
const chunk = 10_000;
/** Rows per `customers.addMany` call, as an import sends them. */
const addManyRows = 1000;

const density = {
  contacts: Number(process.env['SCALE_CONTACTS'] ?? 3),
  invoices: Number(process.env['SCALE_INVOICES'] ?? 1),
  lines: Number(process.env['SCALE_LINES'] ?? 3),
};

/** A small deterministic integer hash, for spreading picks over the book. */
function mix(n: number, salt: number): number {
  let h = (n * 0x9e3779b1 + salt * 0x85ebca77) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const phoneOf = (n: number) => `+1 ${['612', '651', '763', '952'][n % 4]} ${String(1_000_000 + (n % 9_000_000)).padStart(7, '0').slice(-7)}`;

/** One record of the planned book: its parent (an index into the plan, -1 for a root) and depth. */
interface Planned {
  readonly parent: number;
  readonly depth: number;
}

/** The special structures of the book, by index into the plan. */
interface Plan {
  readonly nodes: Planned[];
  /** Two trees of 1,000 records (the master views, the credit check, the cascade). */
  readonly masters: number[][];
  /** Two subtrees of 1,000 records, each with two roots to move between. */
  readonly movers: { top: number; homes: [number, number] }[];
  /** Duplicates with 50 departments each, and the records they merge into. */
  readonly merges: { from: number; into: number }[];
  /** Records with the full invoice density whose account view is timed. */
  readonly accounts: number[];
  /** Leaves (departments without departments) of the generic part, to move. */
  readonly leaves: number[];
  /** Roots of the generic part, to move leaves under. */
  readonly roots: number[];
}

/** Plans a book of `size` records: the special structures first, then a generic forest up to 6 deep. */
function planBook(size: number): Plan {
  const nodes: Planned[] = [];
  const add = (parent: number) => nodes.push({ parent, depth: parent < 0 ? 0 : nodes[parent]!.depth + 1 }) - 1;
  // A 1,000-record tree: a root, 10 children, 100 grandchildren, 889 below them.
  const thousand = (top: number) => {
    const ids = [top];
    for (let k = 1; k < 1000; k++) ids.push(add(ids[Math.floor((k - 1) / 10)]!));
    return ids;
  };
  const masters = [thousand(add(-1)), thousand(add(-1))];
  const movers = [0, 1].map(() => {
    const homes: [number, number] = [add(-1), add(-1)];
    return { top: thousand(add(homes[0]))[0]!, homes };
  });
  const merges = Array.from({ length: 5 }, () => {
    const into = add(-1);
    const from = add(-1);
    for (let d = 0; d < 50; d++) add(from);
    return { from, into };
  });
  // The generic forest: about half roots, then fewer records at each depth down to 6.
  const shares = [0.5, 0.24, 0.13, 0.07, 0.035, 0.016, 0.009];
  const generic = size - nodes.length;
  if (generic < 1000) throw new Error(`a book of ${size} is too small for the special structures (${nodes.length} records)`);
  const byDepth: number[][] = [];
  let left = generic;
  for (let depth = 0; depth < shares.length; depth++) {
    const count = depth === shares.length - 1 ? left : Math.round(generic * shares[depth]!);
    left -= count;
    const above = byDepth[depth - 1];
    byDepth.push(Array.from({ length: count }, (_, k) => add(above ? above[mix(k, depth) % above.length]! : -1)));
  }
  const hasChildren = new Set(nodes.map((n) => n.parent));
  const leaves = byDepth.slice(1).flat().filter((i) => !hasChildren.has(i));
  const accounts = Array.from({ length: 30 }, (_, k) => byDepth[k % 3]![mix(k, 99) % byDepth[k % 3]!.length]!);
  return { nodes, masters, movers, merges, accounts: [...new Set(accounts)], leaves, roots: byDepth[0]! };
}

/** What was built, for the report. */
interface Built {
  readonly ids: string[];
  readonly counts: Record<string, number>;
  readonly seconds: Record<string, number>;
}

/** Builds the planned book: customers through `customers.addMany`, the rest through the store's bulk inserts. */
async function buildBook(store: Store, sc: Staffcore, plan: Plan): Promise<Built> {
  const ids: string[] = new Array(plan.nodes.length);
  const seconds: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let started = performance.now();
  const maxDepth = plan.nodes.reduce((deepest, n) => Math.max(deepest, n.depth), 0);
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = plan.nodes.flatMap((node, i) => (node.depth === depth ? [i] : []));
    for (let k = 0; k < level.length; k += addManyRows) {
      const part = level.slice(k, k + addManyRows);
      const rows = part.map((i) => ({ name: businessName(i), phone: phoneOf(i), ...(plan.nodes[i]!.parent >= 0 ? { parentId: ids[plan.nodes[i]!.parent]! } : {}) }));
      const { added, rejected } = await sc.customers.addMany({ rows });
      if (rejected.length > 0) throw new Error(`addMany rejected ${rejected.length} rows: ${JSON.stringify(rejected[0])}`);
      added.forEach((a, j) => (ids[part[j]!] = a.customer.id));
    }
  }
  counts[`customers (customers.addMany, ${addManyRows} rows a call)`] = ids.length;
  seconds['customers'] = (performance.now() - started) / 1000;

  const full = new Set<number>([...plan.masters.flat(), ...plan.accounts]);
  const fullIds = new Set([...full].map((i) => ids[i]!));
  started = performance.now();
  let contacts = 0;
  let invoices = 0;
  let lines = 0;
  let orders = 0;
  let payments = 0;
  const step = Math.max(1, Math.floor(chunk / Math.max(1, density.contacts + density.invoices * (1 + density.lines))));
  for (let from = 0; from < ids.length; from += step) {
    const part = Array.from({ length: Math.min(step, ids.length - from) }, (_, k) => from + k);
    await store.transaction(async (tx) => {
      const contactDrafts = part.flatMap((i) =>
        Array.from({ length: density.contacts }, (_, c) =>
          fixture('contacts', { customerId: ids[i]!, firstName: ['Dana', 'Lee', 'Sam', 'Kim'][c % 4], lastName: businessName(i * 3 + c).split(' ')[0] }, { repId: 'ada' }),
        ),
      );
      for (let k = 0; k < contactDrafts.length; k += chunk) contacts += (await tx.contacts.insertMany(contactDrafts.slice(k, k + chunk))).length;
      const invoiceDrafts = part.flatMap((i) =>
        Array.from({ length: full.has(i) ? 10 : density.invoices }, (_, v) => {
          const n = i * 11 + v;
          const invoiceDate = plusDays('2026-01-01', mix(n, 3) % 330);
          const billed = `${1000 + (n % 997)}.${String(n % 100).padStart(2, '0')}`;
          const open = mix(n, 4) % 10 < 3;
          return fixture('invoices', { customerId: ids[i]!, invoiceDate, dueDate: plusDays(invoiceDate, 30), billed, cost: '700.00', hours: '40.00', paid: open ? '100.00' : billed, state: open ? 'open' : 'paid' }, { repId: 'ada' });
        }),
      );
      const saved = [];
      for (let k = 0; k < invoiceDrafts.length; k += chunk) saved.push(...(await tx.invoices.insertMany(invoiceDrafts.slice(k, k + chunk))));
      invoices += saved.length;
      const lineDrafts = saved.flatMap((invoice, k) =>
        Array.from({ length: fullIds.has(invoice.customerId) ? 10 : density.lines }, (_, l) =>
          fixture('invoiceLines', {
            invoiceId: invoice.id,
            customerId: invoice.customerId,
            invoiceDate: invoice.invoiceDate,
            employeeId: `E-${(k * 7 + l) % 5000}`,
            hours: `${1 + ((k + l) % 8)}.25`,
            pay: `${70 + l}.${String(k % 100).padStart(2, '0')}`,
            bill: `${100 + l}.${String((k * 7) % 100).padStart(2, '0')}`,
          }),
        ),
      );
      for (let k = 0; k < lineDrafts.length; k += chunk) lines += (await tx.invoiceLines.insertMany(lineDrafts.slice(k, k + chunk))).length;
      const paymentDrafts = saved
        .filter((invoice) => fullIds.has(invoice.customerId))
        .map((invoice) => fixture('payments', { invoiceId: invoice.id, customerId: invoice.customerId, amount: invoice.state === 'open' ? '100.00' : invoice.billed, receivedOn: plusDays(invoice.invoiceDate, 20) }, { repId: 'ada' }));
      if (paymentDrafts.length > 0) payments += (await tx.payments.insertMany(paymentDrafts)).length;
      const orderDrafts = part
        .filter((i) => full.has(i) || i % 5 === 0)
        .flatMap((i) =>
          Array.from({ length: full.has(i) ? 2 : 1 }, (_, o) =>
            fixture('orders', { customerId: ids[i]!, state: o === 0 ? 'open' : 'closed', estimatedBilling: `${500 + (i % 50)}.25` }, { repId: 'ada' }),
          ),
        );
      if (orderDrafts.length > 0) orders += (await tx.orders.insertMany(orderDrafts)).length;
    });
  }
  counts['contacts (insertMany)'] = contacts;
  counts['invoices (insertMany)'] = invoices;
  counts['invoice lines (insertMany)'] = lines;
  counts['payments (insertMany)'] = payments;
  counts['orders (insertMany)'] = orders;
  await store.transaction((tx) =>
    tx.creditLimits.insertMany(plan.masters.map((tree) => fixture('creditLimits', { customerId: ids[tree[0]!]!, limit: '2500000.00' }, { repId: 'ada' }))),
  );
  seconds['the rest'] = (performance.now() - started) / 1000;
  return { ids, counts, seconds };
}

/** The timed actions, in the order of the table. */
const actions = [
  'customers.add',
  'customers.get',
  'customers.update',
  'customers.search, first page',
  'customers.search, page 50',
  'customers.search, name fragment',
  'customers.move, a leaf',
  'customers.move, 1,000-record subtree',
  'customers.changeStatus, cascade over 1,000',
  'financialSummary, one account',
  'financialSummary, master view of 1,000',
  'invoiceAging, one account',
  'invoiceAging, master view of 1,000',
  'credit.check',
  'customers.merge, 50 departments',
  'audit.list, one record',
  'changes.since, tail',
] as const;
type ActionName = (typeof actions)[number];

/**
 * The median of `count` timed calls (after one untimed warm-up call): `prepare(i)` readies the
 * `i`th input outside the timing and returns the call to time.
 */
async function medianOf(count: number, prepare: (i: number) => Promise<() => Promise<unknown>>): Promise<number> {
  const timings: number[] = [];
  for (let i = 0; i <= count; i++) {
    const call = await prepare(i);
    const took = await time(call);
    if (i > 0) timings.push(took);
  }
  return median(timings);
}

const fragments = ['olson', 'staff', 'eden pr', 'machin', 'twin c', 'dahl', 'bakery', 'of minn', 'granite', 'home care', 'nguyen', 'tool &'];

/** Times every action on a built book; the median milliseconds of each. */
async function timeActions(sc: Staffcore, plan: Plan, ids: string[], sizeSeed: number): Promise<Map<ActionName, number>> {
  const out = new Map<ActionName, number>();
  const pick = (list: readonly number[], i: number, salt: number) => ids[list[mix(i, salt) % list.length]!]!;
  const anyId = (i: number, salt: number) => ids[mix(i, salt) % ids.length]!;
  const at = (name: ActionName, value: number) => {
    out.set(name, value);
    process.stdout.write(`   ${name}: ${cost(value)}\n`);
  };

  at('customers.add', await medianOf(40, async (i) => () => sc.customers.add({ name: businessName(ids.length + sizeSeed + i), phone: phoneOf(ids.length * 3 + i) })));
  at('customers.get', await medianOf(200, async (i) => () => sc.customers.get({ id: anyId(i, 11) })));
  at(
    'customers.update',
    await medianOf(100, async (i) => {
      const { customer } = await sc.customers.get({ id: anyId(i, 12) });
      return () => sc.customers.update({ id: customer.id, version: customer.version, changes: { notes: `Called on ${i}` } });
    }),
  );
  const criteria = [{}, { orderBy: 'id' as const }, { rootsOnly: true }, { statuses: ['P'] }, { includeInactive: true }];
  at('customers.search, first page', await medianOf(20, async (i) => () => sc.customers.search({ ...criteria[i % criteria.length]!, limit: 50 })));
  const cursors: (string | null)[] = [];
  for (const c of criteria) {
    let after: string | null = null;
    for (let page = 1; page < 50; page++) after = (await sc.customers.search({ ...c, limit: 50, after })).next;
    cursors.push(after);
  }
  at('customers.search, page 50', await medianOf(15, async (i) => () => sc.customers.search({ ...criteria[i % criteria.length]!, limit: 50, after: cursors[i % criteria.length]! })));
  at('customers.search, name fragment', await medianOf(24, async (i) => () => sc.customers.search({ text: fragments[i % fragments.length]!, limit: 50 })));
  at(
    'customers.move, a leaf',
    await medianOf(30, async (i) => {
      const leaf = plan.leaves[mix(i, 13) % plan.leaves.length]!;
      const { customer } = await sc.customers.get({ id: ids[leaf]! });
      const to = pick(plan.roots, i, 14);
      return () => sc.customers.move({ id: customer.id, newParentId: customer.parentId === to ? pick(plan.roots, i + 1, 14) : to, version: customer.version });
    }),
  );
  at(
    'customers.move, 1,000-record subtree',
    await medianOf(6, async (i) => {
      const mover = plan.movers[i % plan.movers.length]!;
      const { customer } = await sc.customers.get({ id: ids[mover.top]! });
      const [a, b] = mover.homes.map((h) => ids[h]!);
      return () => sc.customers.move({ id: customer.id, newParentId: customer.parentId === a ? b! : a!, version: customer.version });
    }),
  );
  at(
    'customers.changeStatus, cascade over 1,000',
    await medianOf(6, async (i) => {
      const root = ids[plan.masters[i % 2]![0]!]!;
      return () => sc.customers.changeStatus({ id: root, to: Math.floor(i / 2) % 2 === 0 ? 'H' : 'A', reason: 'Credit review', cascade: true });
    }),
  );
  const report = (name: string, customerId: string, scope: 'account' | 'master') =>
    sc.reports.run({ name, params: { customerId, scope, asOf, ...(name === 'customer.financialSummary' ? period : {}) } });
  const inMaster = (i: number) => ids[plan.masters[i % 2]![mix(i, 15) % 1000]!]!;
  at('financialSummary, one account', await medianOf(30, async (i) => () => report('customer.financialSummary', pick(plan.accounts, i, 16), 'account')));
  at('financialSummary, master view of 1,000', await medianOf(8, async (i) => () => report('customer.financialSummary', inMaster(i), 'master')));
  at('invoiceAging, one account', await medianOf(30, async (i) => () => report('customer.invoiceAging', pick(plan.accounts, i, 17), 'account')));
  at('invoiceAging, master view of 1,000', await medianOf(8, async (i) => () => report('customer.invoiceAging', inMaster(i), 'master')));
  at('credit.check', await medianOf(20, async (i) => () => sc.credit.check({ customerId: inMaster(i + 100), orderAmount: '2500.00', asOf })));
  at(
    'customers.merge, 50 departments',
    await medianOf(plan.merges.length - 1, async (i) => {
      const { from, into } = plan.merges[i]!;
      return () => sc.customers.merge({ from: ids[from]!, into: ids[into]!, reason: 'Same business' });
    }),
  );
  at('audit.list, one record', await medianOf(100, async (i) => () => sc.audit.list({ entity: 'customers', id: anyId(i, 18) })));
  // A poller at the tail of the feed: walk it once from the start, then read on after each new write.
  let cursor: string | null = null;
  for (;;) {
    const page: { items: readonly unknown[]; next: string } = await sc.changes.since({ after: cursor, limit: 10_000 });
    cursor = page.next;
    if (page.items.length < 10_000) break;
  }
  at(
    'changes.since, tail',
    await medianOf(50, async (i) => {
      const { customer } = await sc.customers.get({ id: anyId(i, 19) });
      await sc.customers.update({ id: customer.id, version: customer.version, changes: { notes: `Polled ${i}` } });
      return async () => {
        cursor = (await sc.changes.since({ after: cursor, limit: 100 })).next;
      };
    }),
  );
  return out;
}

/** A store to build a book on, and how to let go of it. */
interface Made {
  readonly store: Store;
  /** After the build: refreshes the planner's statistics (PostgreSQL). */
  readonly settle: () => Promise<void>;
  readonly close: () => Promise<void>;
}

const schema = 'bench_scale';

async function onPostgres(client: PostgresClient, close: () => Promise<void>): Promise<Made> {
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await migrate(client, { schema });
  return {
    store: postgresStore({ client, schema }),
    async settle() {
      for (const entity of entityNames) await client.query(`VACUUM ANALYZE ${tableName(schema, entity)}`);
      await client.query(`VACUUM ANALYZE "${schema}"."audit_events"`);
    },
    async close() {
      if (!process.env['SCALE_KEEP']) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await close();
    },
  };
}

/** The stores of the ladder, each a maker of an empty store, and the sizes it runs at. */
const storeMakers: Record<string, { make: () => Promise<Made>; maxSize: number }> = {
  memory: {
    make: async () => ({ store: memoryStore({ financials: indexedFinancials, customValues: indexedCustomValues }), settle: async () => undefined, close: async () => undefined }),
    maxSize: Number.POSITIVE_INFINITY,
  },
  pglite: {
    async make() {
      const db = new PGlite({ extensions: { pg_trgm } });
      return onPostgres(db, () => db.close());
    },
    maxSize: 100_000,
  },
  pg: {
    async make() {
      const url = process.env['DATABASE_URL'];
      if (!url) throw new Error('DATABASE_URL is not set (e.g. postgres://root@127.0.0.1:5432/test)');
      const pool = new pg.Pool({ connectionString: url, max: 4 });
      return onPostgres(pool, () => pool.end());
    },
    maxSize: Number.POSITIVE_INFINITY,
  },
};

/** Milliseconds for the ladder's table: µs below a millisecond. */
const cost = (value: number): string => (value < 1 ? `${Math.round(value * 1000)} µs` : value < 10 ? `${value.toFixed(2)} ms` : ms(value));
const count = (n: number) => n.toLocaleString('en-US');
const short = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

/**
 * The scale ladder: builds a book of each size on each store, times the actions on it, and prints
 * one table per store with each action's cost at each size and the ratio largest / smallest.
 * @param args - the command line after `scale`: sizes (`10000,100000`) and stores (`memory,pg`), both optional
 */
export async function benchScale(args: readonly string[]): Promise<void> {
  const sizeArg = args.find((a) => /^[\d,_]+$/.test(a));
  const storeArg = args.find((a) => /^[a-z,]+$/.test(a));
  const sizes = sizeArg ? sizeArg.split(',').map((s) => Number(s.replace(/_/g, ''))) : [10_000, 100_000, 1_000_000];
  const stores = storeArg ? storeArg.split(',') : ['memory', ...(process.env['DATABASE_URL'] ? ['pg'] : []), 'pglite'];
  console.log(`scale ladder: sizes ${sizes.map(short).join(', ')} on ${stores.join(', ')}; background density ${JSON.stringify(density)}`);
  for (const name of stores) {
    const maker = storeMakers[name];
    if (!maker) throw new Error(`unknown store ${name} (memory, pglite, pg)`);
    const results = new Map<number, Map<ActionName, number>>();
    for (const size of sizes.filter((s) => s <= maker.maxSize)) {
      console.log(`\n${name}, ${count(size)} customers: building…`);
      const made = await maker.make();
      try {
        const { sc } = await agencyOn(made.store);
        const plan = planBook(size);
        const built = await buildBook(made.store, sc, plan);
        const settleTook = await time(made.settle);
        console.log(
          `   built in ${Object.entries(built.seconds).map(([k, s]) => `${k} ${s.toFixed(0)} s`).join(', ')}${name === 'memory' ? '' : `, analyze ${(settleTook / 1000).toFixed(0)} s`}; ` +
            `heap ${(process.memoryUsage().heapUsed / 2 ** 30).toFixed(1)} GiB`,
        );
        console.log(`   ${Object.entries(built.counts).map(([k, n]) => `${count(n)} ${k}`).join(', ')}`);
        console.log(
          `   full density (10 invoices × 10 lines, 1 payment each, 2 orders) on ${count(plan.masters.flat().length + plan.accounts.length)} records ` +
            `(two 1,000-record trees and ${plan.accounts.length} accounts); elsewhere ${density.invoices} invoice(s) × ${density.lines} lines, an order on every fifth record`,
        );
        results.set(size, await timeActions(sc, plan, built.ids, size));
      } finally {
        await made.close();
      }
    }
    const measured = [...results.keys()];
    if (measured.length === 0) continue;
    const first = measured[0]!;
    const last = measured.at(-1)!;
    printTable(
      `Scale ladder on ${name} — median per call; ratio = ${short(last)} / ${short(first)} (target ≤ 1.5× for an action touching a bounded number of records; ! marks one over)`,
      ['action', ...measured.map(short), 'ratio'],
      actions.map((action) => {
        const r = results.get(last)!.get(action)! / results.get(first)!.get(action)!;
        return [action, ...measured.map((s) => cost(results.get(s)!.get(action)!)), measured.length > 1 ? `${r.toFixed(2)}×${r > 1.5 ? ' !' : ''}` : ''];
      }),
    );
  }
}
