import * as z from 'zod';
import { CreateZeroDollarInvoiceInput, Invoice } from '../../model/index.js';
import { dueDate } from '../../rules/dueDate.js';
import { dayOf } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `invoices.createZeroDollar` produced.
 * @category Action results
 */
export const CreateZeroDollarInvoiceResult = z.strictObject({
  /** The saved invoice: 0.00 billed, no lines, `paid`. */
  invoice: Invoice,
});
/**
 * What `invoices.createZeroDollar` produced.
 * @category Action results
 */
export type CreateZeroDollarInvoiceResult = z.output<typeof CreateZeroDollarInvoiceResult>;

/**
 * The `invoices.createZeroDollar` action; its documentation is on the `createZeroDollar` member of its group (`invoices.ts`), where editors and the reference show it.
 * @category Action results
 */
export const createZeroDollarInvoice = defineAction({
  name: 'invoices.createZeroDollar',
  summary: 'Adds a 0.00 invoice to a record.',
  input: CreateZeroDollarInvoiceInput,
  result: CreateZeroDollarInvoiceResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED'],
  subject: 'invoice',
  permission: 'invoice.zeroDollar',
  async run(run, input): Promise<CreateZeroDollarInvoiceResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'createZeroDollarInvoice', customer);
    const invoiceDate = input.invoiceDate ?? dayOf(run.now);
    const zero = '0.00' as Invoice['billed'];
    const invoice = await run.tx.invoices.insert({
      customerId: customer.id,
      invoiceDate,
      dueDate: dueDate(invoiceDate, customer.terms),
      billed: zero,
      cost: zero,
      hours: '0.00' as Invoice['hours'],
      paid: zero,
      state: 'paid',
      memo: input.memo,
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    return { invoice };
  },
});
