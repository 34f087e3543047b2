import { describe, expect, it } from 'vitest';
import { indexedFinancials, memoryStore } from '../../../src/adapters/memory/index.js';
import { allActions, bootstrapHierarchy, createStaffcore, fixedClock, standardRoles, type ReportRow } from '../../../src/index.js';
import { fixture } from '../../../src/testing/fixtures.js';

const clock = fixedClock('2026-12-01T09:00:00Z');
const params = { scope: 'master', from: '2026-01-01', to: '2026-11-30', asOf: '2026-12-01' } as const;

/**
 * Counts the entries the code reads from maps while `work` runs (`get`, and each value a `values()`
 * iteration yields): the memory store's rows and index entries are read that way, so a pass over a
 * whole table shows as many reads as the table has rows.
 */
async function mapReads<T>(work: () => Promise<T>): Promise<{ result: T; reads: number }> {
  const { get, values } = Map.prototype;
  let reads = 0;
  Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
    reads++;
    return get.call(this, key);
  };
  Map.prototype.values = function* (this: Map<unknown, unknown>) {
    for (const value of values.call(this)) {
      reads++;
      yield value;
    }
  } as typeof values;
  try {
    return { result: await work(), reads };
  } finally {
    Map.prototype.get = get;
    Map.prototype.values = values;
  }
}

/** A book: a 21-record tree (a root, 4 children, 16 grandchildren) and `others` unrelated roots, each record with 2 invoices of 3 lines. */
async function book(others: number) {
  const store = memoryStore({ financials: indexedFinancials });
  const company = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' }, { clock });
  const c = (name: string, parentId: string | null = null) => fixture('customers', { name, parentId, branchId: company.id }, { repId: 'ada' });
  const tree = await store.transaction(async (tx) => {
    const [root] = await tx.customers.insertMany([c('Acme Holdings')]);
    const children = await tx.customers.insertMany(Array.from({ length: 4 }, (_, i) => c(`Acme ${i}`, root!.id)));
    const grandchildren = await tx.customers.insertMany(Array.from({ length: 16 }, (_, i) => c(`Acme ${i % 4}-${i}`, children[i % 4]!.id)));
    return [root!, ...children, ...grandchildren];
  });
  const rest = await store.transaction((tx) => tx.customers.insertMany(Array.from({ length: others }, (_, i) => c(`Other ${i}`))));
  await store.transaction(async (tx) => {
    const invoices = await tx.invoices.insertMany(
      [...tree, ...rest].flatMap((customer, k) =>
        ['2026-03-02', '2026-09-14'].map((invoiceDate) => fixture('invoices', { customerId: customer.id, invoiceDate, dueDate: '2026-10-14', billed: `${100 + (k % 50)}.00`, state: 'open', paid: '0.00' })),
      ),
    );
    await tx.invoiceLines.insertMany(
      invoices.flatMap((invoice) =>
        [1, 2, 3].map((l) => fixture('invoiceLines', { invoiceId: invoice.id, customerId: invoice.customerId, invoiceDate: invoice.invoiceDate, bill: `${l}0.00`, pay: `${l}.00`, hours: '1.00' })),
      ),
    );
  });
  const sc = createStaffcore({ actions: allActions, store, clock, actor: { id: 'ada', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] } });
  const run = (name: 'customer.financialSummary' | 'customer.invoiceAging') =>
    mapReads(async () => (await sc.reports.run({ name, params: name === 'customer.invoiceAging' ? { customerId: tree[7]!.id, scope: 'master', asOf: params.asOf } : { customerId: tree[7]!.id, ...params } })).rows as ReportRow[]);
  return { run };
}

describe('indexedFinancials', () => {
  it("reads a master view's invoices and lines through the tree and the customerId index: as many map reads beside 5,000 other records as beside 1,000", async () => {
    const small = await (await book(1000)).run('customer.financialSummary');
    const large = await (await book(5000)).run('customer.financialSummary');
    expect(large.result).toEqual(small.result);
    expect(large.result[0]).toMatchObject({ billed: '2520.00', invoices: 42, lines: 126 });
    // 21 records × (2 invoices + 6 lines), with their index entries and parents: a few hundred reads, not the 30,000 rows of the tables
    expect(large.reads).toBeLessThanOrEqual(small.reads * 1.1);
    expect(large.reads).toBeLessThan(5000);
  }, 60_000);
});
