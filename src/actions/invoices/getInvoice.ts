import { GetInvoiceInput, type Invoice, type InvoiceLine, type Payment } from '../../model/index.js';
import { receivable, type Receivable } from '../../rules/receivable.js';
import { dayOf } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';
import { readAll } from '../_internal/readAll.js';

/** One invoice, whole. */
export interface InvoiceDetail {
  readonly invoice: Invoice;
  /** Its balance and overdue state on `asOf`, counting the payments received by then. */
  readonly standing: Receivable;
  /** Its lines, in the order they were billed. */
  readonly lines: readonly InvoiceLine[];
  /** Its payments, oldest first. */
  readonly payments: readonly Payment[];
}

/**
 * `invoices.get`: one invoice with its lines, its payments and its standing on a day (a payment
 * received after `asOf` is not yet paid on it). Refuses with `NOT_FOUND`, `FORBIDDEN`.
 */
export const getInvoice = defineAction({
  name: 'invoices.get',
  summary: 'Reads one invoice with its lines, payments and standing.',
  input: GetInvoiceInput,
  subject: 'invoice',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<InvoiceDetail> {
    const { record: invoice } = await ownedRecord(run, 'invoices', input.id, 'id');
    const [lines, payments] = await Promise.all([
      readAll((after) => run.tx.invoiceLines.find({ where: { invoiceId: invoice.id }, limit: 10_000, after })),
      readAll((after) => run.tx.payments.find({ where: { invoiceId: invoice.id }, orderBy: 'receivedOn', limit: 10_000, after })),
    ]);
    return { invoice, standing: receivable(invoice, input.asOf ?? dayOf(run.now), payments), lines, payments };
  },
});
