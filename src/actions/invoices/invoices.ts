import { createInvoice } from './createInvoice.js';
import { createZeroDollarInvoice } from './createZeroDollarInvoice.js';
import { getInvoice } from './getInvoice.js';
import { listInvoices } from './listInvoices.js';
import { recordPayment } from './recordPayment.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Invoices, their lines and payments.
 *
 * Give it to {@link createStaffcore} as `actions: { invoices }`: the instance's `invoices.…` calls are these actions.
 * @namespace
 */
export const invoices = defineGroup('invoices', {
  /** Bills hours of a record's assignments; totals and due date follow from the lines and the terms. */
  create: createInvoice,
  /** Adds a 0.00 invoice to a record. */
  createZeroDollar: createZeroDollarInvoice,
  /** Reads one invoice with its lines, payments and standing. */
  get: getInvoice,
  /** Lists invoice history with due dates and overdue state, by scope. */
  list: listInvoices,
  /** Records a payment against an invoice. */
  recordPayment,
});
