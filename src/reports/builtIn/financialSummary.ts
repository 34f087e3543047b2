import * as z from 'zod';
import { CalendarDate, type Money } from '../../model/index.js';
import { Decimal } from '../../model/decimal.js';
import { toMoney } from '../../model/toMoney.js';
import { defineReport } from '../defineReport.js';
import { grossProfitPercent } from '../grossProfitPercent.js';
import { membersOf } from '../_internal/membersOf.js';
import { customerReportFields } from './customerFields.js';
import * as messages from '../../errors/messages.js';

/**
 * The one row of the financial summary.
 * @category Reports
 */
export interface FinancialSummaryRow {
  readonly [key: string]: string | number | boolean | null;
  readonly customerId: string;
  readonly scope: string;
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  /** Whether history was restated under today's tree. */
  readonly restated: boolean;
  readonly billed: Money;
  readonly cost: Money;
  readonly grossProfit: Money;
  /** Gross profit as a percent of billing (two places); `null` when nothing was billed. */
  readonly grossProfitPercent: string | null;
  readonly hours: string;
  readonly openReceivables: Money;
  readonly overdueReceivables: Money;
  /** The latest invoice date in the period; `null` when there is none. */
  readonly lastInvoiceDate: string | null;
  readonly invoices: number;
  readonly lines: number;
}

/**
 * The parameters of the financial summary.
 * @category Reports
 */
export const FinancialSummaryParams = z
  .strictObject({
    ...customerReportFields,
    /** The period's first day. */
    from: CalendarDate,
    /** The period's last day (inclusive). */
    to: CalendarDate,
    /** The day open and overdue receivables are looked at; the report's day when left out. */
    asOf: CalendarDate.optional(),
    /** `true`: count every invoice under today's tree instead of the tree as it stood on the invoice date. */
    restate: z.boolean().default(false),
  })
  .refine((params) => params.from <= params.to, { message: messages.toBeforeFrom, path: ['to'] });

/**
 * `customer.financialSummary`: billed, cost, gross profit and GP %, hours (from the invoice lines
 * dated in the period), the number of invoices and the last invoice date in the period, and the
 * open and overdue receivables on `asOf`, for the record, its subtree or its whole tree.
 *
 * Each invoice counts for the tree as it stood on its invoice date (the move history replayed; a
 * move counts from its UTC day), so a department moved to another customer mid-period leaves its
 * earlier invoices where they happened; `restate: true` counts them all under today's tree. The
 * sums are made by the store (`tx.financials`: one `GROUP BY` on PostgreSQL), exactly.
 * @category Reports
 */
export const financialSummary = defineReport({
  name: 'customer.financialSummary',
  title: 'Financial summary',
  description: 'Billed, cost, gross profit, GP %, hours, open and overdue receivables and the last invoice date, for a period.',
  params: FinancialSummaryParams,
  columns: [
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'scope', label: 'Scope', type: 'text' },
    { key: 'from', label: 'From', type: 'date' },
    { key: 'to', label: 'To', type: 'date' },
    { key: 'asOf', label: 'Receivables as of', type: 'date' },
    { key: 'restated', label: "Restated under today's tree", type: 'boolean' },
    { key: 'billed', label: 'Billed', type: 'money' },
    { key: 'cost', label: 'Cost', type: 'money' },
    { key: 'grossProfit', label: 'Gross profit', type: 'money' },
    { key: 'grossProfitPercent', label: 'GP %', type: 'decimal' },
    { key: 'hours', label: 'Hours', type: 'decimal' },
    { key: 'openReceivables', label: 'Open receivables', type: 'money' },
    { key: 'overdueReceivables', label: 'Overdue receivables', type: 'money' },
    { key: 'lastInvoiceDate', label: 'Last invoice date', type: 'date' },
    { key: 'invoices', label: 'Invoices', type: 'number' },
    { key: 'lines', label: 'Invoice lines', type: 'number' },
  ],
  async *run(context, params): AsyncGenerator<FinancialSummaryRow> {
    const record = await context.customer(params.customerId, 'customerId');
    const counted = await membersOf(context, record, params.scope, params.restate);
    const asOf = params.asOf ?? context.today;
    const lines = await context.financials.lineTotals({ ...counted, from: params.from, to: params.to });
    const invoices = await context.financials.receivables({ ...counted, from: params.from, to: params.to, asOf });
    yield {
      customerId: record.id,
      scope: params.scope,
      from: params.from,
      to: params.to,
      asOf,
      restated: params.restate,
      billed: lines.billed,
      cost: lines.cost,
      grossProfit: toMoney(new Decimal(lines.billed).minus(lines.cost)),
      grossProfitPercent: grossProfitPercent(lines.billed, lines.cost),
      hours: lines.hours,
      openReceivables: invoices.open,
      overdueReceivables: invoices.overdue,
      lastInvoiceDate: invoices.lastInvoiceDate,
      invoices: invoices.invoices,
      lines: lines.lines,
    };
  },
});
