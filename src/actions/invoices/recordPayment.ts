import * as z from 'zod';
import { Decimal } from '../../model/decimal.js';
import { toMoney } from '../../model/toMoney.js';
import { Invoice, Payment, RecordPaymentInput } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/**
 * What `invoices.recordPayment` produced.
 * @category Action results
 */
export const RecordPaymentResult = z.strictObject({
  /** The saved payment. */
  payment: Payment,
  /** The invoice with its new `paid` amount (and `state: 'paid'` once settled). */
  invoice: Invoice,
});
/**
 * What `invoices.recordPayment` produced.
 * @category Action results
 */
export type RecordPaymentResult = z.output<typeof RecordPaymentResult>;

/**
 * The `invoices.recordPayment` action; its documentation is on the `recordPayment` member of its group (`invoices.ts`), where editors and the reference show it.
 * @category Action results
 */
export const recordPayment = defineAction({
  name: 'invoices.recordPayment',
  summary: 'Records a payment against an invoice.',
  input: RecordPaymentInput,
  result: RecordPaymentResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED', 'BUSINESS_RULE'],
  subject: 'payment',
  permission: 'invoice.payment',
  async run(run, input): Promise<RecordPaymentResult> {
    const { record: invoice } = await ownedRecord(run, 'invoices', input.invoiceId, 'invoiceId');
    run.expectVersion(invoice, input.version, 'invoices');
    const balance = new Decimal(invoice.billed).minus(invoice.paid);
    if (balance.lessThan(input.amount)) {
      throw businessRule(messages.paymentAboveBalance(input.amount, invoice.id, toMoney(balance)), ['amount'], { balance: toMoney(balance) });
    }
    if (input.receivedOn < invoice.invoiceDate) throw businessRule(messages.paymentBeforeInvoice(invoice.invoiceDate), ['receivedOn']);
    const payment = await run.tx.payments.insert({
      invoiceId: invoice.id,
      customerId: invoice.customerId,
      amount: input.amount,
      receivedOn: input.receivedOn,
      reference: input.reference,
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    const paid = toMoney(new Decimal(invoice.paid).plus(input.amount));
    const saved = await run.tx.invoices.update({ ...invoice, paid, state: paid === invoice.billed ? 'paid' : 'open' });
    return { payment, invoice: saved };
  },
});
