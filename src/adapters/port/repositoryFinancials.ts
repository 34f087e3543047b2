import type { CalendarDate, Hours, Money } from '../../model/index.js';
import { receivable } from '../../rules/receivable.js';
import { CentTotal } from './centTotal.js';
import type { FinancialMember, FinancialSubtree, Financials } from './Financials.js';
import { counts, memberSpans } from './memberSpans.js';
import { paymentsAfter } from './paymentsAfter.js';
import { eachFor } from './readAll.js';
import type { Repositories } from './Repository.js';

/**
 * Aggregate queries answered by reading the members' invoices and lines through the repositories:
 * what reports use on a store without `financials` of its own, and what the conformance suite
 * holds a store's own answers against.
 * @param tx - the transaction's repositories
 * @returns the queries
 */
export function repositoryFinancials(tx: Repositories): Financials {
  /** The members with the subtree's records added, each for every date. */
  const withSubtree = async (members: readonly FinancialMember[], subtree: FinancialSubtree | null | undefined): Promise<readonly FinancialMember[]> => {
    if (!subtree) return members;
    const branches = new Set(subtree.branchIds);
    const records = (await tx.customers.subtree(subtree.rootId)).filter((customer) => branches.has(customer.branchId));
    return [...members, ...records.map((customer) => ({ customerId: customer.id, since: null, until: null }))];
  };
  return {
    async lineTotals({ members, subtree, from, to }) {
      const spans = memberSpans(await withSubtree(members, subtree));
      const [billed, cost, hours] = [new CentTotal(), new CentTotal(), new CentTotal()];
      let lines = 0;
      for await (const line of eachFor([...spans.keys()], (customerId, after) => tx.invoiceLines.find({ where: { customerId }, limit: 10_000, after }))) {
        if (line.invoiceDate < from || line.invoiceDate > to || !counts(spans.get(line.customerId), line.invoiceDate)) continue;
        billed.add(line.bill);
        cost.add(line.pay);
        hours.add(line.hours);
        lines++;
      }
      return { billed: billed.total() as Money, cost: cost.total() as Money, hours: hours.total() as Hours, lines };
    },
    async receivables({ members, subtree, from, to, asOf }) {
      const spans = memberSpans(await withSubtree(members, subtree));
      const [open, overdue] = [new CentTotal(), new CentTotal()];
      const paidAfter = await paymentsAfter(tx, [...spans.keys()], asOf);
      let invoices = 0;
      let lastInvoiceDate: CalendarDate | null = null;
      for await (const invoice of eachFor([...spans.keys()], (customerId, after) => tx.invoices.find({ where: { customerId }, limit: 10_000, after }))) {
        const date = invoice.invoiceDate;
        if (!counts(spans.get(invoice.customerId), date)) continue;
        if (date >= from && date <= to) {
          invoices++;
          if (lastInvoiceDate === null || date > lastInvoiceDate) lastInvoiceDate = date;
        }
        if (date > asOf) continue;
        // Settled now and no payment came after asOf: settled on asOf too.
        const later = paidAfter.get(invoice.id);
        if (!later && invoice.state !== 'open') continue;
        const standing = receivable(invoice, asOf, later);
        if (!standing.open) continue;
        open.add(standing.balance);
        if (standing.overdue) overdue.add(standing.balance);
      }
      return { invoices, lastInvoiceDate, open: open.total() as Money, overdue: overdue.total() as Money };
    },
  };
}
