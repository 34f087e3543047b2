/**
 * The credit benchmark (issue #10): `npm run bench -- credit`.
 *
 * 21. `credit.check` on a root customer with 10,000 departments, 100,000 invoices of 1,000,000
 *     lines (30 % of the invoices open, some overdue) and 20,000 orders (half active), on the memory
 *     store, vs a hand-written single pass over the same arrays computing the same figures with the
 *     same exact decimals. Target ≤ 2×.
 */
import { memoryStore } from '../src/adapters/memory/index.js';
import { Decimal } from '../src/model/decimal.js';
import { bootstrapHierarchy, allActions, createStaffcore, fixedClock, standardRoles } from '../src/index.js';
import { fixture } from '../src/testing/fixtures.js';
import type { Customer, Invoice, Order } from '../src/index.js';
import { median, ms, printTable, time } from './measure.js';

const departments = 10_000;
const invoiceCount = 100_000;
const linesPerInvoice = 10;
const orderCount = 20_000;
const asOf = '2026-12-01';

/** Adds days to a `YYYY-MM-DD` date (UTC), for seeding only. */
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function benchCredit(): Promise<void> {
  const store = memoryStore();
  const clock = fixedClock(`${asOf}T09:00:00Z`);
  const company = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' }, { clock });
  const seedStart = performance.now();
  const customers: Customer[] = [];
  const invoices: Invoice[] = [];
  const orders: Order[] = [];
  await store.transaction(async (tx) => {
    const [root] = await tx.customers.insertMany([fixture('customers', { name: 'Acme Holdings', branchId: company.id }, { repId: 'admin' })]);
    customers.push(root!);
    // 100 divisions under the root, 99 departments under each: 10,000 departments in all
    const divisions = await tx.customers.insertMany(
      Array.from({ length: 100 }, (_, i) => fixture('customers', { name: `Division ${i}`, parentId: root!.id, branchId: company.id }, { repId: 'admin' })),
    );
    customers.push(...divisions);
    const below = await tx.customers.insertMany(
      Array.from({ length: departments - 100 }, (_, i) => fixture('customers', { name: `Department ${i}`, parentId: divisions[i % 100]!.id, branchId: company.id }, { repId: 'admin' })),
    );
    customers.push(...below);
    const ids = customers.map((c) => c.id);
    for (let start = 0; start < invoiceCount; start += 10_000) {
      const drafts = Array.from({ length: 10_000 }, (_, k) => {
        const n = start + k;
        const invoiceDate = plusDays('2026-01-01', n % 330);
        const billed = `${1000 + (n % 997)}.${String(n % 100).padStart(2, '0')}`;
        const open = n % 10 < 3;
        return fixture('invoices', {
          customerId: ids[n % ids.length],
          invoiceDate,
          dueDate: plusDays(invoiceDate, 30),
          billed,
          cost: '700.00',
          hours: '40.00',
          paid: open ? '100.00' : billed,
          state: open ? 'open' : 'paid',
        });
      });
      const saved = await tx.invoices.insertMany(drafts);
      invoices.push(...saved);
      await tx.invoiceLines.insertMany(
        saved.flatMap((invoice) =>
          Array.from({ length: linesPerInvoice }, (_, l) =>
            fixture('invoiceLines', { invoiceId: invoice.id, customerId: invoice.customerId, invoiceDate: invoice.invoiceDate, employeeId: `E-${l}`, hours: '4.00', pay: '70.00', bill: '100.00' }),
          ),
        ),
      );
    }
    orders.push(
      ...(await tx.orders.insertMany(
        Array.from({ length: orderCount }, (_, n) =>
          fixture('orders', { customerId: ids[(n * 7) % ids.length], state: n % 2 ? 'closed' : 'open', estimatedBilling: `${500 + (n % 50)}.25` }),
        ),
      )),
    );
  });
  const seeded = performance.now() - seedStart;
  const sc = createStaffcore({ actions: allActions, store, clock, actor: { id: 'admin', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] } });
  const rootId = customers[0]!.id;
  const someDepartment = customers.at(-1)!.id;

  const check = () => sc.credit.check({ customerId: someDepartment, orderAmount: '2500.00', asOf });
  const baseline = () => {
    // one pass over the customers to learn the root's tree (parents come before children), then one over the invoices and one over the orders
    const inTree = new Set<string>([rootId]);
    for (const customer of customers) if (customer.parentId !== null && inTree.has(customer.parentId)) inTree.add(customer.id);
    let receivables = new Decimal(0);
    let overdue = new Decimal(0);
    let overdueCount = 0;
    let oldest = 0;
    const asOfTime = Date.parse(`${asOf}T00:00:00Z`);
    for (const invoice of invoices) {
      if (invoice.state !== 'open' || !inTree.has(invoice.customerId)) continue;
      const balance = new Decimal(invoice.billed).minus(invoice.paid);
      receivables = receivables.plus(balance);
      const days = Math.round((asOfTime - Date.parse(`${invoice.dueDate}T00:00:00Z`)) / 86_400_000);
      if (days > 0) {
        overdue = overdue.plus(balance);
        overdueCount += 1;
        oldest = Math.max(oldest, days);
      }
    }
    let openOrders = new Decimal(0);
    for (const order of orders) if (order.state !== 'closed' && inTree.has(order.customerId)) openOrders = openOrders.plus(order.estimatedBilling);
    return { receivables: receivables.toFixed(2), openOrders: openOrders.toFixed(2), overdue: overdue.toFixed(2), overdueCount, oldest };
  };

  const answer = (await check()).decision.figures;
  const expected = baseline();
  if (answer.openReceivables !== expected.receivables || answer.openOrders !== expected.openOrders || answer.overdueAmount !== expected.overdue || answer.oldestDaysPastDue !== expected.oldest) {
    throw new Error(`credit.check and the baseline disagree: ${JSON.stringify(answer)} vs ${JSON.stringify(expected)}`);
  }
  const runs = 7;
  const action: number[] = [];
  const hand: number[] = [];
  for (let i = 0; i < runs; i++) {
    action.push(await time(check));
    hand.push(await time(async () => baseline()));
  }
  printTable(
    `21. credit.check on a root with ${departments.toLocaleString('en-US')} departments, ${invoiceCount.toLocaleString('en-US')} invoices of ${(invoiceCount * linesPerInvoice).toLocaleString('en-US')} lines and ${orderCount.toLocaleString('en-US')} orders (memory store, median of ${runs}; seeded in ${ms(seeded)})\n` +
      `   ratio = credit.check / a hand-written single pass over the same arrays (target ≤ 2×); exposure ${answer.exposure}, ${answer.overdueInvoices.toLocaleString('en-US')} invoices overdue`,
    ['store', 'credit.check', 'single pass', 'ratio'],
    [['memory', ms(median(action)), ms(median(hand)), `${(median(action) / median(hand)).toFixed(2)}×`]],
  );
}
