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
 * @category Action groups
 */
export const invoices = defineGroup('invoices', {
  /**
   * `invoices.create`: bills hours worked on a record's assignments. Each line's pay and bill are
   * hours × rate to the cent (half up), the rates the assignment's unless given; the invoice's
   * billed, cost and hours are the sums of its lines, and its due date comes from the record's terms.
   * Refuses with `VALIDATION` (naming the line and field: negative hours or rates, an assignment of
   * another record), `FORBIDDEN` (no `invoice.create`), `NOT_FOUND`, `STATUS_BLOCKED` (a deleted record).
   *
   * @example
   * ```ts
   * const { invoice } = await sc.invoices.create({ customerId: '3', invoiceDate: '2026-12-04', lines: [{ assignmentId: '1', hours: '40' }] });
   * invoice.billed //=> '1110.00' (40 × 27.75)
   * ```
   */
  create: createInvoice,
  /**
   * `invoices.createZeroDollar`: adds a 0.00 invoice to a record (to document work billed elsewhere,
   * or to close out a period), dated the action's day unless given. It has no lines and nothing to
   * pay, so it is born `paid`. Refuses with `VALIDATION`, `FORBIDDEN` (no `invoice.zeroDollar`), `NOT_FOUND`,
   * `STATUS_BLOCKED` (a deleted record).
   *
   * @example
   * ```ts
   * const { invoice } = await sc.invoices.createZeroDollar({ customerId: '3', memo: 'Replacement at no charge' });
   * invoice.billed //=> '0.00'
   * ```
   */
  createZeroDollar: createZeroDollarInvoice,
  /**
   * `invoices.get`: one invoice with its lines, its payments and its standing on a day (a payment
   * received after `asOf` is not yet paid on it). Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { invoice, standing } = await sc.invoices.get({ id: '12', asOf: '2026-12-31' });
   * standing.balance //=> '1110.00'
   * ```
   */
  get: getInvoice,
  /**
   * `invoices.list`: the invoice history of a record, its subtree or its whole tree, newest first,
   * one page at a time, each invoice with its due date, balance and whether it is overdue on `asOf`
   * (the action's day unless given); `openOnly` keeps those with a balance left. Refuses with
   * `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const history = await sc.invoices.list({ customerId: '1', scope: 'master', asOf: '2026-12-31' });
   * history.items.filter((item) => item.standing.overdue).length //=> 2
   * ```
   */
  list: listInvoices,
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
  recordPayment,
});
