/**
 * The reports benchmark (issue #13): `npm run bench -- reports`.
 *
 * 33. The financial summary (`reports.run`, `customer.financialSummary`, master view) of a
 *     100,000-record tree with 100,000 invoices of 1,000,000 lines, on the memory store, vs a
 *     hand-written single pass over the same arrays computing the same figures (target ≤ 2×).
 * 34. The same on PostgreSQL (PGlite, and the server when DATABASE_URL is set), vs hand-written
 *     SQL over the same tables: one aggregate of the lines and one of the invoices, the tree taken
 *     from the customers' materialized paths (target ≤ 1.5×).
 *
 * No record of the tree has moved, so the tree as it stood is today's (the report still reads the
 * move history to know that). Every invoice's `paid` is backed by payment records (a settled
 * invoice's in two), received 10 to 59 days after the invoice date, so about a tenth of the
 * invoices were paid (in part) after `asOf`: the receivables as of that day count them as unpaid.
 */
import { indexedFinancials, memoryStore } from '../src/adapters/memory/index.js';
import type { Store } from '../src/adapters/port/index.js';
import { bootstrapHierarchy, allActions, createStaffcore, fixedClock, standardRoles, type Customer, type Invoice, type InvoiceLine, type Payment, type ReportRow } from '../src/index.js';
import { fixture } from '../src/testing/fixtures.js';
import { pglite, server, tableName, type Backend } from './backends.js';
import { median, ms, printTable, time } from './measure.js';

const recordCount = 100_000;
const invoiceCount = 100_000;
const linesPerInvoice = 10;
const period = { from: '2026-02-01', to: '2026-10-31' };
const asOf = '2026-12-01';
const runs = 5;

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Seeded {
  readonly customers: Customer[];
  readonly invoices: Invoice[];
  readonly lines: InvoiceLine[];
  readonly payments: Payment[];
  readonly branchId: string;
  readonly seconds: number;
}

/** A root, 100 divisions and 99,899 departments; invoices spread over 2026, 30 % open; ten lines each; their payments. */
async function seed(store: Store, keep: boolean): Promise<Seeded> {
  const started = performance.now();
  const company = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' }, { clock: fixedClock(`${asOf}T09:00:00Z`) });
  const customers: Customer[] = [];
  const invoices: Invoice[] = [];
  const lines: InvoiceLine[] = [];
  const payments: Payment[] = [];
  await store.transaction(async (tx) => {
    const [root] = await tx.customers.insertMany([fixture('customers', { name: 'Acme Holdings', branchId: company.id }, { repId: 'admin' })]);
    const divisions = await tx.customers.insertMany(
      Array.from({ length: 100 }, (_, i) => fixture('customers', { name: `Division ${i}`, parentId: root!.id, branchId: company.id }, { repId: 'admin' })),
    );
    customers.push(root!, ...divisions);
    for (let start = 0; start < recordCount - 101; start += 10_000) {
      const count = Math.min(10_000, recordCount - 101 - start);
      customers.push(
        ...(await tx.customers.insertMany(
          Array.from({ length: count }, (_, k) => fixture('customers', { name: `Department ${start + k}`, parentId: divisions[(start + k) % 100]!.id, branchId: company.id }, { repId: 'admin' })),
        )),
      );
    }
  });
  const ids = customers.map((c) => c.id);
  for (let start = 0; start < invoiceCount; start += 10_000) {
    await store.transaction(async (tx) => {
      const saved = await tx.invoices.insertMany(
        Array.from({ length: 10_000 }, (_, k) => {
          const n = start + k;
          const invoiceDate = plusDays('2026-01-01', n % 330);
          const billed = `${1000 + (n % 997)}.${String(n % 100).padStart(2, '0')}`;
          const open = n % 10 < 3;
          return fixture('invoices', { customerId: ids[n % ids.length], invoiceDate, dueDate: plusDays(invoiceDate, 30), billed, cost: '700.00', hours: '40.00', paid: open ? '100.00' : billed, state: open ? 'open' : 'paid' });
        }),
      );
      const savedLines = await tx.invoiceLines.insertMany(
        saved.flatMap((invoice, k) =>
          Array.from({ length: linesPerInvoice }, (_, l) =>
            fixture('invoiceLines', {
              invoiceId: invoice.id,
              customerId: invoice.customerId,
              invoiceDate: invoice.invoiceDate,
              employeeId: `E-${l}`,
              hours: `${1 + ((k + l) % 8)}.25`,
              pay: `${70 + l}.${String(k % 100).padStart(2, '0')}`,
              bill: `${100 + l}.${String((k * 7) % 100).padStart(2, '0')}`,
            }),
          ),
        ),
      );
      // An open invoice has 100.00 paid; a settled one 100.00 and then the rest, a week apart.
      const savedPayments = await tx.payments.insertMany(
        saved.flatMap((invoice, k) => {
          const receivedOn = plusDays(invoice.invoiceDate, 10 + ((start + k) % 50));
          const payment = (amount: string, on: string) => fixture('payments', { invoiceId: invoice.id, customerId: invoice.customerId, amount, receivedOn: on });
          const rest = (Number(invoice.paid.replace('.', '')) - 10_000).toString().padStart(3, '0');
          return invoice.state === 'open' ? [payment('100.00', receivedOn)] : [payment('100.00', receivedOn), payment(`${rest.slice(0, -2)}.${rest.slice(-2)}`, plusDays(receivedOn, 7))];
        }),
      );
      if (keep) {
        invoices.push(...saved);
        lines.push(...savedLines);
        payments.push(...savedPayments);
      }
    });
  }
  return { customers, invoices, lines, payments, branchId: company.id, seconds: (performance.now() - started) / 1000 };
}

/** Runs the report as a host would: master view from a department deep in the tree. */
function reportOf(store: Store, seeded: Seeded) {
  const sc = createStaffcore({ actions: allActions, store, clock: fixedClock(`${asOf}T09:00:00Z`), actor: { id: 'admin', name: 'Ada', branchId: seeded.branchId, roles: [standardRoles.administrator] } });
  const department = seeded.customers.at(-1)!.id;
  return async (): Promise<ReportRow> => {
    const { rows } = await sc.reports.run({ name: 'customer.financialSummary', params: { customerId: department, scope: 'master', ...period, asOf } });
    return rows[0]!;
  };
}

/** Cents of a canonical two-decimal string. */
const cents = (value: string) => Math.round(parseFloat(value) * 100);
const money = (total: number) => `${total < 0 ? '-' : ''}${Math.floor(Math.abs(total) / 100)}.${String(Math.abs(total) % 100).padStart(2, '0')}`;

/** The hand-written single pass: the root's tree from the customers (parents come first), then one pass over the lines and one over the invoices. */
function singlePass(seeded: Seeded) {
  const rootId = seeded.customers[0]!.id;
  const inTree = new Set<string>([rootId]);
  for (const customer of seeded.customers) if (customer.parentId !== null && inTree.has(customer.parentId)) inTree.add(customer.id);
  let billed = 0;
  let cost = 0;
  let hours = 0;
  let count = 0;
  for (const line of seeded.lines) {
    if (line.invoiceDate < period.from || line.invoiceDate > period.to || !inTree.has(line.customerId)) continue;
    billed += cents(line.bill);
    cost += cents(line.pay);
    hours += cents(line.hours);
    count++;
  }
  const later = new Map<string, number>();
  for (const payment of seeded.payments) if (payment.receivedOn > asOf) later.set(payment.invoiceId, (later.get(payment.invoiceId) ?? 0) + cents(payment.amount));
  let open = 0;
  let overdue = 0;
  for (const invoice of seeded.invoices) {
    if (invoice.invoiceDate > asOf || !inTree.has(invoice.customerId)) continue;
    const balance = cents(invoice.billed) - cents(invoice.paid) + (later.get(invoice.id) ?? 0);
    if (balance <= 0) continue;
    open += balance;
    if (invoice.dueDate < asOf) overdue += balance;
  }
  return { billed: money(billed), cost: money(cost), hours: money(hours), lines: count, openReceivables: money(open), overdueReceivables: money(overdue) };
}

function agree(report: ReportRow, expected: Record<string, string | number>, what: string): void {
  for (const [key, value] of Object.entries(expected)) {
    if (report[key] !== value) throw new Error(`the financial summary and ${what} disagree on ${key}: ${String(report[key])} vs ${String(value)}`);
  }
}

async function benchMemory(): Promise<string[]> {
  const store = memoryStore({ financials: indexedFinancials });
  const seeded = await seed(store, true);
  const report = reportOf(store, seeded);
  agree(await report(), singlePass(seeded), 'the single pass');
  const action: number[] = [];
  const hand: number[] = [];
  for (let i = 0; i < runs; i++) {
    action.push(await time(report));
    hand.push(await time(async () => singlePass(seeded)));
  }
  return ['memory', ms(median(action)), ms(median(hand)), `${(median(action) / median(hand)).toFixed(2)}×`, '≤ 2×', `${seeded.seconds.toFixed(0)} s`];
}

/** The hand-written SQL: the tree by its materialized path, one aggregate of its lines and one of its invoices. */
async function handSql(backend: Backend, rootId: string) {
  const s = backend.schema;
  return backend.inTransaction(async (query) => {
    const tree = `SELECT id FROM ${tableName(s, 'customers')} WHERE left(path, 1024) LIKE $1`;
    const pattern = `/${rootId}/%`;
    const [lines] = (
      await query(
        `SELECT sum((l.data->>'bill')::numeric)::text AS billed, sum((l.data->>'pay')::numeric)::text AS cost, sum((l.data->>'hours')::numeric)::text AS hours, count(*)::int AS lines ` +
          `FROM ${tableName(s, 'invoiceLines')} l WHERE l.customer_id IN (${tree}) AND l.invoice_date_key BETWEEN $2 AND $3`,
        [pattern, period.from, period.to],
      )
    ).rows as { billed: string; cost: string; hours: string; lines: number }[];
    const balance = `((i.data->>'billed')::numeric - (i.data->>'paid')::numeric + coalesce(l.amount, 0))`;
    const later = `SELECT invoice_id, sum((data->>'amount')::numeric) AS amount FROM ${tableName(s, 'payments')} WHERE received_on_key > $2 GROUP BY invoice_id`;
    const [invoices] = (
      await query(
        `SELECT sum(${balance})::text AS open, sum(${balance}) FILTER (WHERE i.data->>'dueDate' < $2)::text AS overdue ` +
          `FROM ${tableName(s, 'invoices')} i LEFT JOIN (${later}) l ON l.invoice_id = i.id ` +
          `WHERE i.customer_id IN (${tree}) AND (i.state = 'open' OR l.amount IS NOT NULL) AND i.invoice_date_key <= $2 AND ${balance} > 0`,
        [pattern, asOf],
      )
    ).rows as { open: string; overdue: string }[];
    return { billed: lines!.billed, cost: lines!.cost, hours: lines!.hours, lines: Number(lines!.lines), openReceivables: invoices!.open, overdueReceivables: invoices!.overdue };
  });
}

async function benchPostgres(backend: Backend): Promise<string[]> {
  await backend.reset();
  const seeded = await seed(backend.store, false);
  await backend.client.query(
    `VACUUM ANALYZE ${tableName(backend.schema, 'invoiceLines')}, ${tableName(backend.schema, 'invoices')}, ${tableName(backend.schema, 'payments')}, ${tableName(backend.schema, 'customers')}`,
  );
  const report = reportOf(backend.store, seeded);
  const rootId = seeded.customers[0]!.id;
  const expected = await handSql(backend, rootId);
  agree(await report(), expected, 'the hand-written SQL');
  const action: number[] = [];
  const hand: number[] = [];
  for (let i = 0; i < runs; i++) {
    action.push(await time(report));
    hand.push(await time(() => handSql(backend, rootId)));
  }
  return [backend.name, ms(median(action)), ms(median(hand)), `${(median(action) / median(hand)).toFixed(2)}×`, '≤ 1.5×', `${seeded.seconds.toFixed(0)} s`];
}

export async function benchReports(): Promise<void> {
  const size = `a ${recordCount.toLocaleString('en-US')}-record tree, ${invoiceCount.toLocaleString('en-US')} invoices of ${(invoiceCount * linesPerInvoice).toLocaleString('en-US')} lines`;
  printTable(
    `33. The financial summary in master view over ${size} (median of ${runs}) — ratio = reports.run / a hand-written single pass over the same arrays`,
    ['store', 'reports.run', 'single pass', 'ratio', 'target', 'seeded in'],
    [await benchMemory()],
  );
  const backends: Backend[] = [await pglite()];
  const pg = await server();
  if (pg) backends.push(pg);
  try {
    const rows: string[][] = [];
    for (const backend of backends) rows.push(await benchPostgres(backend));
    printTable(
      `34. The financial summary in master view over ${size} on PostgreSQL (median of ${runs}) — ratio = reports.run / hand-written SQL (two aggregates, the tree by path)`,
      ['database', 'reports.run', 'hand-written SQL', 'ratio', 'target', 'seeded in'],
      rows,
    );
  } finally {
    for (const backend of backends) await backend.close();
  }
}
