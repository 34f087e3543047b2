import * as z from 'zod';
import { CentTotal } from '../../adapters/port/centTotal.js';
import { CalendarDate, type Money } from '../../model/index.js';
import { receivable } from '../../rules/receivable.js';
import { agingBucket, type AgingBucket } from '../agingBucket.js';
import { defineReport } from '../defineReport.js';
import { eachOf } from '../../adapters/port/readAll.js';
import { Decimal } from '../../model/decimal.js';
import { toMoney } from '../../model/toMoney.js';
import { paymentsAfter } from '../../adapters/port/paymentsAfter.js';
import { customerReportFields } from './customerFields.js';

const buckets: readonly AgingBucket[] = ['current', '1-30', '31-60', '61-90', 'over 90'];

/**
 * A row of the invoice history with aging: one per invoice, then one `total` row.
 * @category Reports
 */
export interface InvoiceAgingRow {
  readonly [key: string]: string | number | null;
  /** `invoice`, or `total` for the last row (the sums of the money columns). */
  readonly kind: 'invoice' | 'total';
  readonly invoiceId: string | null;
  readonly customerId: string | null;
  readonly customerName: string | null;
  readonly invoiceDate: string | null;
  /** The due date by the record's terms when the invoice was issued. */
  readonly dueDate: string | null;
  readonly billed: Money;
  /** What had been paid by the end of `asOf`. */
  readonly paid: Money;
  /** Billed minus paid, on `asOf`. */
  readonly balance: Money;
  readonly daysPastDue: number | null;
  /** The aging bucket of the balance, `paid` for an invoice settled by `asOf`; `null` on the total row. */
  readonly bucket: AgingBucket | 'paid' | null;
  /** The balance in its bucket's column (a classic aging layout); `0.00` in the others. */
  readonly current: Money;
  readonly days1to30: Money;
  readonly days31to60: Money;
  readonly days61to90: Money;
  readonly over90: Money;
}

/**
 * `customer.invoiceAging`: the invoice history of a record, its subtree or its whole tree as it
 * stood on `asOf`, newest first: each invoice dated on or before `asOf`, with what had been paid on
 * it by then (payments received after `asOf` are not yet paid), its balance placed in an aging
 * bucket — current (not past due), 1–30, 31–60, 61–90 or over 90 days past its due date by the
 * record's terms — and a last row totalling the columns.
 * @category Reports
 */
export const invoiceAging = defineReport({
  name: 'customer.invoiceAging',
  title: 'Invoice history and aging',
  description: 'Invoices newest first with balances in aging buckets (current, 1–30, 31–60, 61–90, over 90 days past due), and totals.',
  params: z.strictObject({
    ...customerReportFields,
    /** The day balances are aged on; the report's day when left out. */
    asOf: CalendarDate.optional(),
    /** `true`: only invoices with a balance left on `asOf`; `false` (default): the whole history. */
    openOnly: z.boolean().default(false),
  }),
  columns: [
    { key: 'kind', label: 'Row', type: 'text' },
    { key: 'invoiceId', label: 'Invoice', type: 'text' },
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'customerName', label: 'Customer', type: 'text' },
    { key: 'invoiceDate', label: 'Invoice date', type: 'date' },
    { key: 'dueDate', label: 'Due date', type: 'date' },
    { key: 'billed', label: 'Billed', type: 'money' },
    { key: 'paid', label: 'Paid', type: 'money' },
    { key: 'balance', label: 'Balance', type: 'money' },
    { key: 'daysPastDue', label: 'Days past due', type: 'number' },
    { key: 'bucket', label: 'Aging', type: 'text' },
    { key: 'current', label: 'Current', type: 'money' },
    { key: 'days1to30', label: '1-30 days', type: 'money' },
    { key: 'days31to60', label: '31-60 days', type: 'money' },
    { key: 'days61to90', label: '61-90 days', type: 'money' },
    { key: 'over90', label: 'Over 90 days', type: 'money' },
  ],
  async *run(context, params): AsyncGenerator<InvoiceAgingRow> {
    const record = await context.customer(params.customerId, 'customerId');
    const names = new Map((await context.recordsInScope(record, params.scope)).map((customer) => [customer.id, customer.name]));
    const asOf = params.asOf ?? context.today;
    const customerId = [...names.keys()];
    const paidAfter = await paymentsAfter(context.tx, customerId, asOf);
    // An invoice settled now was open on asOf only if a payment came after it.
    const where = params.openOnly && paidAfter.size === 0 ? { customerId, state: 'open' } : { customerId };
    const totals = { billed: new CentTotal(), paid: new CentTotal(), balance: new CentTotal() };
    const bucketTotals = Object.fromEntries(buckets.map((bucket) => [bucket, new CentTotal()])) as Record<AgingBucket, CentTotal>;
    const zero = '0.00' as Money;
    for await (const invoice of eachOf((after) => context.tx.invoices.find({ where, orderBy: 'invoiceDate', direction: 'desc', limit: 1000, after }))) {
      if (invoice.invoiceDate > asOf) continue;
      const standing = receivable(invoice, asOf, paidAfter.get(invoice.id));
      if (params.openOnly && !standing.open) continue;
      const paid = toMoney(new Decimal(invoice.billed).minus(standing.balance));
      const bucket = standing.open ? agingBucket(standing.daysPastDue) : null;
      totals.billed.add(invoice.billed);
      totals.paid.add(paid);
      totals.balance.add(standing.balance);
      if (bucket) bucketTotals[bucket].add(standing.balance);
      const inBucket = (b: AgingBucket): Money => (b === bucket ? standing.balance : zero);
      yield {
        kind: 'invoice',
        invoiceId: invoice.id,
        customerId: invoice.customerId,
        customerName: names.get(invoice.customerId) ?? '',
        invoiceDate: invoice.invoiceDate,
        dueDate: invoice.dueDate,
        billed: invoice.billed,
        paid,
        balance: standing.balance,
        daysPastDue: standing.daysPastDue,
        bucket: bucket ?? 'paid',
        current: inBucket('current'),
        days1to30: inBucket('1-30'),
        days31to60: inBucket('31-60'),
        days61to90: inBucket('61-90'),
        over90: inBucket('over 90'),
      };
    }
    const total = (b: AgingBucket) => bucketTotals[b].total() as Money;
    yield {
      kind: 'total',
      invoiceId: null,
      customerId: null,
      customerName: null,
      invoiceDate: null,
      dueDate: null,
      billed: totals.billed.total() as Money,
      paid: totals.paid.total() as Money,
      balance: totals.balance.total() as Money,
      daysPastDue: null,
      bucket: null,
      current: total('current'),
      days1to30: total('1-30'),
      days31to60: total('31-60'),
      days61to90: total('61-90'),
      over90: total('over 90'),
    };
  },
});
