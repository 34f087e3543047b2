import { expect } from 'vitest';
import type { FinancialMember, Financials, Repositories } from '../../adapters/port/index.js';
import { repositoryFinancials } from '../../adapters/port/repositoryFinancials.js';
import { fixture } from '../fixtures.js';
import { customers, defineCase, ids, repo, seed, type Rec } from '../_internal/helpers.js';

/** The store's own aggregate queries, or the ones reports fall back on for a store without them. */
const financialsOf = (tx: Repositories): Financials => tx.financials ?? repositoryFinancials(tx);

const member = (customerId: string, since: string | null = null, until: string | null = null): FinancialMember =>
  ({ customerId, since, until }) as FinancialMember;

/** Three customers' invoice lines, dated and priced so each sum below can be checked by hand. */
async function seedLines(harness: Parameters<Parameters<typeof defineCase>[0]['run']>[0]) {
  const refs = await seed(harness.store);
  return harness.store.transaction(async (tx) => {
    const [a, b, c] = await customers(tx).insertMany([1, 2, 3].map((n) => fixture('customers', { name: `Customer ${n}` }, refs, n)));
    const line = (customerId: string, invoiceDate: string, bill: string, pay: string, hours: string) =>
      fixture('invoiceLines', { customerId, invoiceDate, bill, pay, hours }, refs);
    await repo(tx, 'invoiceLines').insertMany([
      line(a!.id, '2026-01-31', '100.10', '60.05', '4.00'), // before the period
      line(a!.id, '2026-02-01', '1041.56', '692.08', '37.75'), // first day
      line(a!.id, '2026-02-28', '-12.50', '-7.25', '-0.50'), // last day: a credit line
      line(b!.id, '2026-02-10', '0.01', '0.00', '0.25'),
      line(b!.id, '2026-02-20', '99999999999.99', '1.00', '1.00'), // large: sums must stay exact
      line(c!.id, '2026-02-15', '5.00', '4.00', '1.00'), // a non-member
    ]);
    return { a: a!.id, b: b!.id, c: c!.id };
  });
}

/** `financials.lineTotals` sums the members' lines in the period exactly, within each member's stretch. */
export const financialsLineTotals = defineCase({
  id: 'financials-line-totals',
  title: 'financials.lineTotals sums members’ invoice lines in a period exactly, each member within its stretch of dates',
  async run(harness) {
    const { a, b } = await seedLines(harness);
    await harness.store.transaction(async (tx) => {
      const totals = financialsOf(tx);
      const period = { from: '2026-02-01', to: '2026-02-28' } as const;
      // a: 1041.56 − 12.50 = 1029.06; b: 0.01 + 99999999999.99 = 100000000000.00.
      expect(await totals.lineTotals({ members: [member(a), member(b)], ...period })).toEqual({
        billed: '100000001029.06',
        cost: '685.83',
        hours: '38.50',
        lines: 4,
      });
      // b only from 2026-02-15 on; a only before 2026-02-28 (until is exclusive).
      expect(await totals.lineTotals({ members: [member(a, null, '2026-02-28'), member(b, '2026-02-15')], ...period })).toEqual({
        billed: '100000001041.55',
        cost: '693.08',
        hours: '38.75',
        lines: 2,
      });
      // Two stretches of one record count each of its lines once.
      expect(await totals.lineTotals({ members: [member(a, null, '2026-02-10'), member(a, '2026-02-10')], from: '2026-01-01', to: '2026-12-31' })).toMatchObject({
        billed: '1129.16',
        lines: 3,
      });
      expect(await totals.lineTotals({ members: [], ...period })).toEqual({ billed: '0.00', cost: '0.00', hours: '0.00', lines: 0 });
      expect(await totals.lineTotals({ members: [member('no-such-customer')], ...period })).toEqual({ billed: '0.00', cost: '0.00', hours: '0.00', lines: 0 });
    });
  },
});

/** `financials.receivables` counts the period's invoices and the balances open and overdue on a day. */
export const financialsReceivables = defineCase({
  id: 'financials-receivables',
  title: 'financials.receivables counts invoices in the period and the open and overdue balances on asOf (due on asOf is not overdue)',
  async run(harness) {
    const refs = await seed(harness.store);
    const [a, b] = await harness.store.transaction(async (tx) => {
      const [a, b] = await customers(tx).insertMany([1, 2].map((n) => fixture('customers', { name: `Customer ${n}` }, refs, n)));
      const invoice = (customerId: string, invoiceDate: string, dueDate: string, billed: string, paid: string) =>
        fixture('invoices', { customerId, invoiceDate, dueDate, billed, paid, state: billed === paid ? 'paid' : 'open' }, refs);
      await repo(tx, 'invoices').insertMany([
        invoice(a!.id, '2026-01-10', '2026-02-09', '100.00', '40.00'), // 60.00 open, overdue on 2026-03-01
        invoice(a!.id, '2026-02-01', '2026-03-01', '250.25', '0.00'), // due on asOf: open, not overdue
        invoice(a!.id, '2026-02-15', '2026-03-17', '80.00', '80.00'), // paid
        invoice(b!.id, '2026-02-20', '2026-02-21', '19.99', '0.00'), // overdue
        invoice(b!.id, '2026-03-05', '2026-04-04', '500.00', '0.00'), // after asOf: not yet a receivable
      ]);
      return [a!.id, b!.id];
    });
    await harness.store.transaction(async (tx) => {
      const totals = financialsOf(tx);
      expect(await totals.receivables({ members: [member(a), member(b)], from: '2026-02-01', to: '2026-02-28', asOf: '2026-03-01' })).toEqual({
        invoices: 3,
        lastInvoiceDate: '2026-02-20',
        open: '330.24',
        overdue: '79.99',
      });
      expect(await totals.receivables({ members: [member(a, '2026-02-01')], from: '2026-01-01', to: '2026-01-31', asOf: '2026-12-31' })).toEqual({
        invoices: 0,
        lastInvoiceDate: null,
        open: '250.25',
        overdue: '250.25',
      });
    });
  },
});

/** `financials.receivables` on a past day counts only the payments received by then. */
export const financialsReceivablesAsOf = defineCase({
  id: 'financials-receivables-as-of',
  title: 'financials.receivables on asOf takes out of paid the payments received after asOf (this transaction’s included); invoices dated after asOf do not count',
  async run(harness) {
    const refs = await seed(harness.store);
    const { a, b, i3 } = await harness.store.transaction(async (tx) => {
      const [a, b, c] = await customers(tx).insertMany([1, 2, 3].map((n) => fixture('customers', { name: `Customer ${n}` }, refs, n)));
      const invoice = (customerId: string, invoiceDate: string, dueDate: string, billed: string, paid: string) =>
        fixture('invoices', { customerId, invoiceDate, dueDate, billed, paid, state: billed === paid ? 'paid' : 'open' }, refs);
      const [i1, i2, i3, i4, i5] = await repo(tx, 'invoices').insertMany([
        invoice(a!.id, '2026-01-10', '2026-02-09', '100.00', '100.00'), // 30.00 on 02-01, 70.00 on 03-10
        invoice(a!.id, '2026-02-01', '2026-03-03', '250.25', '250.25'), // all on 03-02
        invoice(b!.id, '2026-02-20', '2026-02-21', '19.99', '10.00'), // 5.00 on 02-25, 5.00 on 04-01
        invoice(b!.id, '2026-03-05', '2026-04-04', '500.00', '500.00'), // after asOf, paid on 03-06
        invoice(c!.id, '2026-02-01', '2026-02-02', '40.00', '40.00'), // not a member's, paid on 03-09
      ]);
      const payment = (invoice: Rec, amount: string, receivedOn: string) =>
        fixture('payments', { invoiceId: invoice.id, customerId: invoice['customerId'], amount, receivedOn }, refs);
      await repo(tx, 'payments').insertMany([
        payment(i1!, '30.00', '2026-02-01'),
        payment(i1!, '70.00', '2026-03-10'),
        payment(i2!, '250.25', '2026-03-02'),
        payment(i3!, '5.00', '2026-02-25'),
        payment(i3!, '5.00', '2026-04-01'),
        payment(i4!, '500.00', '2026-03-06'),
        payment(i5!, '40.00', '2026-03-09'),
      ]);
      return { a: a!.id, b: b!.id, i3: i3! };
    });
    const period = { from: '2026-02-01', to: '2026-02-28' } as const;
    const on = (tx: Repositories, asOf: string) => financialsOf(tx).receivables({ members: [member(a), member(b)], ...period, asOf });
    await harness.store.transaction(async (tx) => {
      // 03-01: 70.00 and 14.99 overdue; 250.25 open, due 03-03; the 03-05 invoice not yet billed.
      expect(await on(tx, '2026-03-01')).toEqual({ invoices: 2, lastInvoiceDate: '2026-02-20', open: '335.24', overdue: '84.99' });
      // 03-02: the 250.25 is paid that day.
      expect(await on(tx, '2026-03-02')).toMatchObject({ open: '84.99', overdue: '84.99' });
      // 03-06: the 500.00 billed on 03-05 is paid that day.
      expect(await on(tx, '2026-03-06')).toMatchObject({ open: '84.99', overdue: '84.99' });
      // 12-31: 9.99 of the 19.99 is left.
      expect(await on(tx, '2026-12-31')).toMatchObject({ open: '9.99', overdue: '9.99' });
      // Before anything was paid.
      expect(await on(tx, '2026-01-31')).toMatchObject({ open: '100.00', overdue: '0.00' });
    });
    await harness.store.transaction(async (tx) => {
      // This transaction settles the 19.99 on 03-05: not yet on 03-01, done on 12-31.
      await repo(tx, 'payments').insert(fixture('payments', { invoiceId: i3.id, customerId: b, amount: '9.99', receivedOn: '2026-03-05' }, refs));
      await repo(tx, 'invoices').update({ ...i3, paid: '19.99', state: 'paid' });
      expect(await on(tx, '2026-03-01')).toMatchObject({ open: '335.24', overdue: '84.99' });
      expect(await on(tx, '2026-12-31')).toMatchObject({ open: '0.00', overdue: '0.00' });
    });
  },
});

/** The aggregates see the transaction's own writes. */
export const financialsOwnWrites = defineCase({
  id: 'financials-own-writes',
  title: 'financials see the lines the transaction itself wrote',
  async run(harness) {
    const { a } = await seedLines(harness);
    await harness.store.transaction(async (tx) => {
      await repo(tx, 'invoiceLines').insert(fixture('invoiceLines', { customerId: a, invoiceDate: '2026-02-02', bill: '0.94', pay: '0.92', hours: '0.25' }));
      expect(await financialsOf(tx).lineTotals({ members: [member(a)], from: '2026-02-01', to: '2026-02-28' })).toEqual({
        billed: '1030.00',
        cost: '685.75',
        hours: '37.50',
        lines: 3,
      });
    });
  },
});

/** Moves are found by the parent they left, for roll-ups that replay the tree as it stood. */
export const movesByFromParent = defineCase({
  id: 'moves-by-from-parent',
  title: 'customerMoves.find filters on fromParentId (the moves out of a record)',
  async run(harness) {
    const refs = await seed(harness.store);
    await harness.store.transaction(async (tx) => {
      const moves = repo(tx, 'customerMoves');
      const out = await moves.insert(fixture('customerMoves', { fromParentId: 'parent-1', toParentId: 'parent-2' }, refs));
      await moves.insert(fixture('customerMoves', { fromParentId: null, toParentId: 'parent-1' }, refs, 2));
      expect(ids((await moves.find({ where: { fromParentId: 'parent-1' } })).items)).toEqual([out.id]);
      expect(await moves.count({ fromParentId: null })).toBe(1);
    });
  },
});

/** A subtree counts its records of the listed branches, for every date, besides the members. */
export const financialsSubtree = defineCase({
  id: 'financials-subtree',
  title: 'financials count today’s subtree of a record (its listed branches only) as well as the members',
  async run(harness) {
    const refs = await seed(harness.store);
    await harness.store.transaction(async (tx) => {
      const other = await tx.branches.insert(fixture('branches', { name: 'Other branch' }));
      const [root, elsewhere] = await customers(tx).insertMany([1, 2].map((n) => fixture('customers', { name: `Root ${n}` }, refs, n)));
      const child = await customers(tx).insert(fixture('customers', { name: 'Child', parentId: root!.id }, refs, 3));
      const hidden = await customers(tx).insert(fixture('customers', { name: 'Other branch child', parentId: child.id }, { ...refs, branchId: other.id }, 4));
      const grandchild = await customers(tx).insert(fixture('customers', { name: 'Grandchild', parentId: hidden.id }, refs, 5));
      const line = (customerId: string, bill: string) => fixture('invoiceLines', { customerId, invoiceDate: '2026-05-05', bill, pay: '1.00', hours: '1.00' }, refs);
      await repo(tx, 'invoiceLines').insertMany([line(root!.id, '1.00'), line(child.id, '2.00'), line(hidden.id, '4.00'), line(grandchild.id, '8.00'), line(elsewhere!.id, '16.00')]);
      const totals = financialsOf(tx);
      const period = { from: '2026-05-01', to: '2026-05-31' } as const;
      // Root, child and grandchild (under a record of another branch, still in the subtree): 1 + 2 + 8.
      expect(await totals.lineTotals({ members: [], subtree: { rootId: root!.id, branchIds: [refs.branchId] }, ...period })).toMatchObject({ billed: '11.00', lines: 3 });
      expect(await totals.lineTotals({ members: [member(elsewhere!.id)], subtree: { rootId: child.id, branchIds: [refs.branchId, other.id] }, ...period })).toMatchObject({
        billed: '30.00',
        lines: 4,
      });
      expect(await totals.receivables({ members: [], subtree: { rootId: root!.id, branchIds: [refs.branchId] }, ...period, asOf: '2026-06-01' })).toEqual({
        invoices: 0,
        lastInvoiceDate: null,
        open: '0.00',
        overdue: '0.00',
      });
    });
  },
});

/** The cases of the financial aggregates. */
export const financialsCases = [financialsLineTotals, financialsReceivables, financialsReceivablesAsOf, financialsOwnWrites, movesByFromParent, financialsSubtree] as const;
