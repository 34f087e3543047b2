import * as z from 'zod';
import { CalendarDate, Invoice, ListInvoicesInput, pageOf } from '../../model/index.js';
import { Receivable, receivable } from '../../rules/receivable.js';
import { dayOf } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedIds } from '../_internal/scopedIds.js';

/**
 * One invoice of the history, with what it owes on the day asked.
 * @category Action results
 */
export const InvoiceStanding = z.strictObject({
  /** The invoice. */
  invoice: Invoice,
  /** The day its standing is worked out for: the one asked, or the action's day (the same for every item of a list). */
  asOf: CalendarDate,
  /** Its balance and overdue state on `asOf`. */
  standing: Receivable,
});
/**
 * One invoice of the history, with what it owes on the day asked.
 * @category Action results
 */
export type InvoiceStanding = z.output<typeof InvoiceStanding>;

/**
 * What `invoices.list` found: one page of invoice history, newest invoice date first.
 * @category Action results
 */
export const ListInvoicesResult = pageOf(InvoiceStanding);
/**
 * What `invoices.list` found.
 * @category Action results
 */
export type ListInvoicesResult = z.output<typeof ListInvoicesResult>;

/**
 * The `invoices.list` action; its documentation is on the `list` member of its group (`invoices.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listInvoices = defineAction({
  name: 'invoices.list',
  summary: 'Lists invoice history with due dates and overdue state, by scope.',
  input: ListInvoicesInput,
  result: ListInvoicesResult,
  refusals: ['NOT_FOUND'],
  subject: 'invoice list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListInvoicesResult> {
    const customerId = await scopedIds(run, input.customerId, input.scope);
    const asOf = input.asOf ?? dayOf(run.now);
    const page = await run.tx.invoices.find({
      where: input.openOnly ? { customerId, state: 'open' } : { customerId },
      orderBy: 'invoiceDate',
      direction: 'desc',
      limit: input.limit,
      after: input.after ?? null,
    });
    return { items: page.items.map((invoice) => ({ invoice, asOf, standing: receivable(invoice, asOf) })), next: page.next };
  },
});
