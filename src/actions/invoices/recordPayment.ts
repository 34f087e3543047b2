import * as z from 'zod';
import { Decimal } from '../../model/decimal.js';
import { toMoney } from '../../model/toMoney.js';
import { Invoice, Payment, RecordPaymentInput } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/** What `invoices.recordPayment` produced. */
export const RecordPaymentResult = z.strictObject({
  /** The saved payment. */
  payment: Payment,
  /** The invoice with its new `paid` amount (and `state: 'paid'` once settled). */
  invoice: Invoice,
});
/** What `invoices.recordPayment` produced. */
export type RecordPaymentResult = z.output<typeof RecordPaymentResult>;

/**
 * `invoices.recordPayment`: records money received against an invoice; the invoice's `paid` grows
 * by the amount, exactly, and it becomes `paid` when nothing is left. Refuses with `VALIDATION`
 * (an amount of 0.00 or less), `FORBIDDEN` (no `invoice.payment`), `NOT_FOUND`, `CONFLICT`,
 * `STATUS_BLOCKED` (an invoice of a deleted record), `BUSINESS_RULE` (more than the balance, a
 * payment dated before the invoice).
 *
 * @example
 * ```ts
 * const { payment, invoice } = await sc.invoices.recordPayment({ invoiceId: '12', amount: '1110.00', receivedOn: '2026-12-20' });
 * invoice.state //=> 'paid'
 * ```
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
