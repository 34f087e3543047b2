import * as z from 'zod';
import { CalendarDate, GetInvoiceInput, Invoice, InvoiceLine, Payment } from '../../model/index.js';
import { Receivable, receivable } from '../../rules/receivable.js';
import { dayOf } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';
import { readAll } from '../_internal/readAll.js';

/**
 * What `invoices.get` found: one invoice, whole.
 * @category Action results
 */
export const GetInvoiceResult = z.strictObject({
  /** The invoice. */
  invoice: Invoice,
  /** The day its standing is worked out for: the one asked, or the action's day. */
  asOf: CalendarDate,
  /** Its balance and overdue state on `asOf`, counting the payments received by then. */
  standing: Receivable,
  /** Its lines, in the order they were billed. */
  lines: z.array(InvoiceLine).readonly(),
  /** Its payments, oldest first. */
  payments: z.array(Payment).readonly(),
});
/**
 * What `invoices.get` found: one invoice, whole.
 * @category Action results
 */
export type GetInvoiceResult = z.output<typeof GetInvoiceResult>;

/**
 * The `invoices.get` action; its documentation is on the `get` member of its group (`invoices.ts`), where editors and the reference show it.
 * @category Action results
 */
export const getInvoice = defineAction({
  name: 'invoices.get',
  summary: 'Reads one invoice with its lines, payments and standing.',
  input: GetInvoiceInput,
  result: GetInvoiceResult,
  refusals: ['NOT_FOUND'],
  subject: 'invoice',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<GetInvoiceResult> {
    const { record: invoice } = await ownedRecord(run, 'invoices', input.id, 'id');
    const [lines, payments] = await Promise.all([
      readAll((after) => run.tx.invoiceLines.find({ where: { invoiceId: invoice.id }, limit: 10_000, after })),
      readAll((after) => run.tx.payments.find({ where: { invoiceId: invoice.id }, orderBy: 'receivedOn', limit: 10_000, after })),
    ]);
    const asOf = input.asOf ?? dayOf(run.now);
    return { invoice, asOf, standing: receivable(invoice, asOf, payments), lines, payments };
  },
});
