import type { Repositories } from './Repository.js';
import type { CalendarDate, Payment } from '../../model/index.js';

/** Customer ids per `where` list. */
const idsPerQuery = 5000;
/** The first page is small: on the usual day (today) the first payment read is already too old. */
const firstPage = 50;
const largestPage = 10_000;

/**
 * The payments of some records received after a day, by invoice: what an invoice's `paid` holds
 * that had not been paid yet on that day (see `receivable`). Read newest first, stopping at the
 * first payment received on or before the day, so a report on today reads next to nothing.
 * @param tx - the transaction's repositories
 * @param customerIds - the records whose payments count
 * @param asOf - the day
 * @returns the payments received after `asOf`, by invoice id
 */
export async function paymentsAfter(tx: Repositories, customerIds: readonly string[], asOf: CalendarDate): Promise<ReadonlyMap<string, readonly Payment[]>> {
  const byInvoice = new Map<string, Payment[]>();
  for (let offset = 0; offset < customerIds.length; offset += idsPerQuery) {
    const customerId = customerIds.slice(offset, offset + idsPerQuery);
    let after: string | null = null;
    let limit = firstPage;
    reading: do {
      const page = await tx.payments.find({ where: { customerId }, orderBy: 'receivedOn', direction: 'desc', limit, after });
      for (const payment of page.items) {
        if (payment.receivedOn <= asOf) break reading;
        const list = byInvoice.get(payment.invoiceId);
        if (list) list.push(payment);
        else byInvoice.set(payment.invoiceId, [payment]);
      }
      after = page.next;
      limit = Math.min(limit * 10, largestPage);
    } while (after !== null);
  }
  return byInvoice;
}
