import { CentTotal } from '../../port/centTotal.js';
import { counts, memberSpans, type MemberSpans } from '../../port/memberSpans.js';
import type { FinancialSubtree, Financials } from '../../port/Financials.js';
import type { CalendarDate, Hours, Money } from '../../../model/index.js';
import type { Session } from './Session.js';
import type { Row } from './Table.js';

/** Below this share of a table's customers, rows are reached through the `customerId` index rather than by a scan. */
const indexShare = 0.05;

/**
 * The records of today's subtree under `rootId` (the root included), walked down the `parentId`
 * index as the transaction sees it; `null` as soon as there are more than `cap`, when one pass
 * over the table costs less than the index lookups.
 */
function subtreeIds(session: Session, rootId: string, cap: number): string[] | null {
  const written = Boolean(session.writes.get('customers')?.size);
  const parents = session.table('customers').indexes.get('parentId')!;
  const children = (id: string): Iterable<string> =>
    written ? session.select('customers', [['parentId', [id]]]).map((row) => row.id) : (parents.get(id) ?? []);
  if (!session.read('customers', rootId)) return [];
  const ids = [rootId];
  for (let next = 0; next < ids.length; next++) {
    for (const child of children(ids[next]!)) {
      ids.push(child);
      if (ids.length > cap) return null;
    }
  }
  return ids;
}

/**
 * Calls `visit` with every current row of `entity` belonging to one of the members or, with a
 * subtree, to one of its records: through the `customerId` index when they are few (a subtree's
 * records found by walking down the tree), by one pass over the table when they are many, and
 * through the session's query path when this transaction has written the entity. Rows outside
 * the records may still be visited; `visit` tells them apart.
 */
function eachRow(session: Session, entity: 'invoiceLines' | 'invoices', spans: MemberSpans, subtree: FinancialSubtree | null | undefined, visit: (row: Row) => void): void {
  const table = session.table(entity);
  const index = table.indexes.get('customerId')!;
  const cap = index.size * indexShare;
  const inTree = subtree ? subtreeIds(session, subtree.rootId, cap) : [];
  const few = inTree !== null && spans.size + inTree.length < cap;
  if (session.writes.get(entity)?.size) {
    for (const row of few ? session.select(entity, [['customerId', [...spans.keys(), ...inTree]]]) : session.select(entity, [])) visit(row);
    return;
  }
  if (few) {
    for (const customerIds of [spans.keys(), inTree]) {
      for (const customerId of customerIds) for (const id of index.get(customerId) ?? []) visit(table.rows.get(id)!);
    }
    return;
  }
  for (const row of table.rows.values()) visit(row);
}

/**
 * Tells whether a record lies in today's subtree with a listed branch, walking up the parents once
 * per record (remembered), as the transaction sees them.
 */
function subtreeTest(session: Session, subtree: FinancialSubtree | null | undefined): (customerId: string) => boolean {
  if (!subtree) return () => false;
  const branches = new Set(subtree.branchIds);
  const under = new Map<string, boolean>([[subtree.rootId, true]]);
  const counted = new Map<string, boolean>();
  const isUnder = (id: string): boolean => {
    const path: string[] = [];
    let current: string | null = id;
    let answer = false;
    while (current !== null) {
      const known = under.get(current);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(current);
      current = (session.read('customers', current)?.['parentId'] as string | null | undefined) ?? null;
    }
    for (const step of path) under.set(step, answer);
    return answer;
  };
  return (customerId) => {
    let answer = counted.get(customerId);
    if (answer === undefined) {
      const branchId = session.read('customers', customerId)?.['branchId'] as string | undefined;
      answer = branchId !== undefined && branches.has(branchId) && isUnder(customerId);
      counted.set(customerId, answer);
    }
    return answer;
  };
}

/**
 * The payments received after `asOf`, summed by invoice in whole cents: what an invoice's `paid`
 * holds that had not been paid yet on `asOf`. Walks the payments newest first (the table's order by
 * `receivedOn`, with the transaction's own writes) and stops at the first received on or before
 * `asOf`, so a look at today reads next to nothing.
 */
function paidAfter(session: Session, asOf: string): Map<string, CentTotal> {
  const byInvoice = new Map<string, CentTotal>();
  for (const row of session.table('payments').ordered('receivedOn').walk(null, true, session.writes.get('payments'))) {
    if ((row['receivedOn'] as string) <= asOf) break;
    const invoiceId = row['invoiceId'] as string;
    let total = byInvoice.get(invoiceId);
    if (!total) byInvoice.set(invoiceId, (total = new CentTotal()));
    total.add(row['amount'] as string);
  }
  return byInvoice;
}

const negated = (amount: string): string => (amount.startsWith('-') ? amount.slice(1) : `-${amount}`);

/** Whether amounts add up to more than zero. */
function isPositive(amounts: readonly string[]): boolean {
  const sum = new CentTotal();
  for (const amount of amounts) sum.add(amount);
  const total = sum.total();
  return !total.startsWith('-') && total !== '0.00';
}

/**
 * The memory store's aggregate queries: one pass over the committed rows (or their index entries),
 * sums kept in whole cents.
 * @param session - the transaction
 * @returns the queries
 */
export function memoryFinancials(session: Session): Financials {
  return {
    async lineTotals({ members, subtree, from, to }) {
      const spans = memberSpans(members);
      const inSubtree = subtreeTest(session, subtree);
      const billed = new CentTotal();
      const cost = new CentTotal();
      const hours = new CentTotal();
      let lines = 0;
      eachRow(session, 'invoiceLines', spans, subtree, (row) => {
        const date = row['invoiceDate'] as string;
        if (date < from || date > to) return;
        const customerId = row['customerId'] as string;
        if (!inSubtree(customerId) && !counts(spans.get(customerId), date)) return;
        billed.add(row['bill'] as string);
        cost.add(row['pay'] as string);
        hours.add(row['hours'] as string);
        lines++;
      });
      return { billed: billed.total() as Money, cost: cost.total() as Money, hours: hours.total() as Hours, lines };
    },
    async receivables({ members, subtree, from, to, asOf }) {
      const spans = memberSpans(members);
      const inSubtree = subtreeTest(session, subtree);
      const open = new CentTotal();
      const overdue = new CentTotal();
      let invoices = 0;
      let lastInvoiceDate: string | null = null;
      const laterPayments = paidAfter(session, asOf);
      eachRow(session, 'invoices', spans, subtree, (row) => {
        const date = row['invoiceDate'] as string;
        const customerId = row['customerId'] as string;
        if (!inSubtree(customerId) && !counts(spans.get(customerId), date)) return;
        if (date >= from && date <= to) {
          invoices++;
          if (lastInvoiceDate === null || date > lastInvoiceDate) lastInvoiceDate = date;
        }
        if (date > asOf) return;
        const later = laterPayments.get(row.id);
        // Settled now, and nothing was received after asOf: settled on asOf too.
        if (!later && row['state'] !== 'open') return;
        const balance = [row['billed'] as string, negated(row['paid'] as string)];
        if (later) {
          balance.push(later.total());
          if (!isPositive(balance)) return;
        }
        for (const total of (row['dueDate'] as string) < asOf ? [open, overdue] : [open]) for (const amount of balance) total.add(amount);
      });
      return { invoices, lastInvoiceDate: lastInvoiceDate as CalendarDate | null, open: open.total() as Money, overdue: overdue.total() as Money };
    },
  };
}
