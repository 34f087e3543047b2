import { ListInvoicesInput, type Invoice } from '../../model/index.js';
import { receivable, type Receivable } from '../../rules/receivable.js';
import { dayOf } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { scopedIds } from '../_internal/scopedIds.js';

/** One invoice of the history, with what it owes on the day asked. */
export interface InvoiceStanding {
  /** The invoice. */
  readonly invoice: Invoice;
  /** Its balance and overdue state on `asOf`. */
  readonly standing: Receivable;
}

/** A page of invoice history. */
export interface InvoiceHistoryPage {
  /** The day the overdue states are worked out for. */
  readonly asOf: string;
  /** The invoices of this page, newest invoice date first. */
  readonly items: readonly InvoiceStanding[];
  /** Pass as `after` to read the next page; `null` on the last. */
  readonly next: string | null;
}

/**
 * `invoices.list`: the invoice history of a record, its subtree or its whole tree, newest first,
 * one page at a time, each invoice with its due date, balance and whether it is overdue on `asOf`
 * (the action's day unless given); `openOnly` keeps those with a balance left. Refuses with
 * `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * const history = await sc.invoices.list({ customerId: '1', scope: 'master', asOf: '2026-12-31' });
 * history.items.filter((item) => item.standing.overdue).length //=> 2
 * ```
 */
export const listInvoices = defineAction({
  name: 'invoices.list',
  summary: 'Lists invoice history with due dates and overdue state, by scope.',
  input: ListInvoicesInput,
  subject: 'invoice list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<InvoiceHistoryPage> {
    const customerId = await scopedIds(run, input.customerId, input.scope);
    const asOf = input.asOf ?? dayOf(run.now);
    const page = await run.tx.invoices.find({
      where: input.openOnly ? { customerId, state: 'open' } : { customerId },
      orderBy: 'invoiceDate',
      direction: 'desc',
      limit: input.limit,
      after: input.after ?? null,
    });
    return { asOf, items: page.items.map((invoice) => ({ invoice, standing: receivable(invoice, asOf) })), next: page.next };
  },
});
