import type { CalendarDate, Hours, Money } from '../../../model/index.js';
import { CentTotal } from '../../port/centTotal.js';
import type { FinancialMember, FinancialSubtree, Financials } from '../../port/Financials.js';
import type { Connection } from './connection.js';
import { arrayLiteral, prefixUpperBound } from './sqlText.js';
import { pathIndexLength, type TableDefinition } from './tables.js';

/** `sum()` of two-decimal numerics as text (`null` over no rows), in the canonical `'0.00'` form. */
const twoPlaces = (value: string | null): string => {
  const [whole = '0', fraction = ''] = (value ?? '0').split('.');
  return `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
};

/** Which rows of `alias`'s table count, as a `FROM` tail and a condition on the row's date `date`. */
interface Source {
  readonly join: string;
  readonly where: string;
  /**
   * A condition on another table's `customer_id` (at `other`) that holds for every record counted
   * (for some dates), with no join: to narrow a subquery to the same records.
   */
  readonly customers: (other: string) => string;
}

/**
 * The members as three bound arrays joined to the table (`m(customer_id, since, until)`), each row
 * within its member's stretch.
 */
function membersSource(alias: string, date: string, members: readonly FinancialMember[], params: unknown[]): Source {
  params.push(arrayLiteral(members.map((m) => m.customerId)), arrayLiteral(members.map((m) => m.since)), arrayLiteral(members.map((m) => m.until)));
  const n = params.length;
  return {
    join: `JOIN unnest($${n - 2}::text[], $${n - 1}::text[], $${n}::text[]) AS m(customer_id, since, until) ON ${alias}."customer_id" = m.customer_id`,
    // The ANY repeats the join as a filter the planner can size (it takes unnest for 100 rows), so a
    // large tree is joined by hash rather than by an index probe per member.
    where: `${alias}."customer_id" = ANY($${n - 2}::text[]) AND (m.since IS NULL OR ${date} >= m.since) AND (m.until IS NULL OR ${date} < m.until)`,
    customers: (other) => `${other}."customer_id" = ANY($${n - 2}::text[])`,
  };
}

/**
 * Today's subtree of a record, by the customers' materialized paths: a range on the indexed path
 * prefix, as `customers.subtree` reads it, with the listed branches. The root's path is bound as a
 * value (read first), so the planner sees how much of the table the range holds and joins by hash.
 */
function subtreeSource(alias: string, customers: TableDefinition, path: string, branchIds: readonly string[], params: unknown[]): Source {
  const n = pathIndexLength;
  params.push(path, prefixUpperBound(path), arrayLiteral(branchIds));
  const [lo, hi, branches] = [`$${params.length - 2}`, `$${params.length - 1}`, `$${params.length}`];
  const range = path.length < n ? `left(c.path, ${n}) >= ${lo} AND left(c.path, ${n}) < ${hi}` : `left(c.path, ${n}) >= left(${lo}, ${n}) AND left(c.path, ${n}) <= left(${hi}, ${n}) AND c.path >= ${lo} AND c.path < ${hi}`;
  const inSubtree = (other: string) => `${other}."customer_id" IN (SELECT c.id FROM ${customers.name} c WHERE ${range} AND c."branch_id" = ANY(${branches}::text[]))`;
  return { join: '', where: inSubtree(alias), customers: inSubtree };
}

interface LineRow {
  billed: string | null;
  cost: string | null;
  hours: string | null;
  lines: number;
}

interface InvoiceRow {
  invoices: number;
  last: string | null;
  open: string | null;
  overdue: string | null;
}

/**
 * The PostgreSQL store's aggregate queries: one statement each (two when both members and a
 * subtree are asked), the sums made by the database (`numeric`, exact), so no invoice line leaves
 * the server. Members travel as bound arrays; a subtree is read by the customers' paths. Dates
 * compare as their `"C"`-collated sort keys, which are the `YYYY-MM-DD` text itself.
 * @param connection - the transaction's connection
 * @param tables - the `customers`, `invoice_lines`, `invoices` and `payments` tables
 * @returns the queries
 */
export function postgresFinancials(
  connection: Connection,
  tables: {
    readonly customers: TableDefinition;
    readonly invoiceLines: TableDefinition;
    readonly invoices: TableDefinition;
    readonly payments: TableDefinition;
  },
): Financials {
  const sources = async (alias: string, date: string, members: readonly FinancialMember[], subtree: FinancialSubtree | null | undefined, params: () => unknown[]) => {
    const out: { source: Source; params: unknown[] }[] = [];
    if (members.length > 0) {
      const p = params();
      out.push({ source: membersSource(alias, date, members, p), params: p });
    }
    if (subtree) {
      const [root] = await connection.query<{ path: string }>('financials.subtree', `SELECT path FROM ${tables.customers.name} WHERE id = $1`, [subtree.rootId]);
      if (root) {
        const p = params();
        out.push({ source: subtreeSource(alias, tables.customers, root.path, subtree.branchIds, p), params: p });
      }
    }
    return out;
  };
  return {
    async lineTotals({ members, subtree, from, to }) {
      const date = 'l."invoice_date_key"';
      const [billed, cost, hours] = [new CentTotal(), new CentTotal(), new CentTotal()];
      let lines = 0;
      for (const { source, params } of await sources('l', date, members, subtree, () => [from, to])) {
        const sql =
          `SELECT sum((l.data->>'bill')::numeric)::text AS billed, sum((l.data->>'pay')::numeric)::text AS cost, ` +
          `sum((l.data->>'hours')::numeric)::text AS hours, count(*)::int AS lines ` +
          `FROM ${tables.invoiceLines.name} l ${source.join} WHERE ${date} BETWEEN $1 AND $2 AND ${source.where}`;
        const [row] = await connection.query<LineRow>('financials.lineTotals', sql, params);
        billed.add(twoPlaces(row?.billed ?? null));
        cost.add(twoPlaces(row?.cost ?? null));
        hours.add(twoPlaces(row?.hours ?? null));
        lines += Number(row?.lines ?? 0);
      }
      return { billed: billed.total() as Money, cost: cost.total() as Money, hours: hours.total() as Hours, lines };
    },
    async receivables({ members, subtree, from, to, asOf }) {
      const date = 'i."invoice_date_key"';
      // What was left on asOf: billed less paid, plus what of paid was received after asOf.
      const balance = `((i.data->>'billed')::numeric - (i.data->>'paid')::numeric + coalesce(later.amount, 0))`;
      // Settled now and nothing received after asOf: settled on asOf too (and no numeric is cast).
      const open = `${date} <= $3 AND (later.amount IS NULL AND i."state" = 'open' OR later.amount IS NOT NULL AND ${balance} > 0)`;
      const [openTotal, overdueTotal] = [new CentTotal(), new CentTotal()];
      let invoices = 0;
      let lastInvoiceDate: string | null = null;
      for (const { source, params } of await sources('i', date, members, subtree, () => [from, to, asOf])) {
        // The payments received after asOf, by invoice, of the records counted: on today, an index
        // range holding next to nothing.
        const later =
          `SELECT p."invoice_id", sum((p.data->>'amount')::numeric) AS amount FROM ${tables.payments.name} p ` +
          `WHERE p."received_on_key" > $3 AND ${source.customers('p')} GROUP BY p."invoice_id"`;
        const sql =
          `SELECT (count(*) FILTER (WHERE ${date} BETWEEN $1 AND $2))::int AS invoices, ` +
          `max(${date}) FILTER (WHERE ${date} BETWEEN $1 AND $2) AS last, ` +
          `sum(${balance}) FILTER (WHERE ${open})::text AS open, ` +
          `sum(${balance}) FILTER (WHERE ${open} AND i.data->>'dueDate' < $3)::text AS overdue ` +
          `FROM ${tables.invoices.name} i ${source.join} LEFT JOIN (${later}) later ON later."invoice_id" = i.id WHERE ${source.where}`;
        const [row] = await connection.query<InvoiceRow>('financials.receivables', sql, params);
        invoices += Number(row?.invoices ?? 0);
        if (row?.last && (lastInvoiceDate === null || row.last > lastInvoiceDate)) lastInvoiceDate = row.last;
        openTotal.add(twoPlaces(row?.open ?? null));
        overdueTotal.add(twoPlaces(row?.overdue ?? null));
      }
      return { invoices, lastInvoiceDate: lastInvoiceDate as CalendarDate | null, open: openTotal.total() as Money, overdue: overdueTotal.total() as Money };
    },
  };
}
