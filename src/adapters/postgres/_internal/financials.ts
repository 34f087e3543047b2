import type { CalendarDate, Hours, Money } from '../../../model/index.js';
import type { FinancialMember, Financials } from '../../port/Financials.js';
import type { Connection } from './connection.js';
import { arrayLiteral } from './sqlText.js';
import type { TableDefinition } from './tables.js';

/** `sum()` of a two-decimal numeric as text, back to the canonical `'0.00'` form. */
const twoPlaces = (value: string | null): string => {
  const text = value ?? '0';
  const [whole = '0', fraction = ''] = text.split('.');
  return `${whole === '-0' ? '0' : whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
};

/**
 * The members as three bound arrays, joined to a table as `m(customer_id, since, until)`.
 * @param members - the members
 * @param params - the statement's parameters, appended to
 * @returns the `FROM` item
 */
function membersSql(members: readonly FinancialMember[], params: unknown[]): string {
  params.push(arrayLiteral(members.map((m) => m.customerId)), arrayLiteral(members.map((m) => m.since)), arrayLiteral(members.map((m) => m.until)));
  const n = params.length;
  return `unnest($${n - 2}::text[], $${n - 1}::text[], $${n}::text[]) AS m(customer_id, since, until)`;
}

/** The condition that a row dated `date` falls in its member's stretch. */
const inStretch = (date: string) => `(m.since IS NULL OR ${date} >= m.since) AND (m.until IS NULL OR ${date} < m.until)`;

/**
 * The PostgreSQL store's aggregate queries: one statement each, the sums made by the database
 * (`numeric`, exact) over the members joined as an array, so no invoice line leaves the server.
 * Dates compare as their `"C"`-collated sort keys, which are the `YYYY-MM-DD` text itself.
 * @param connection - the transaction's connection
 * @param lines - the `invoice_lines` table
 * @param invoices - the `invoices` table
 * @returns the queries
 */
export function postgresFinancials(connection: Connection, lines: TableDefinition, invoices: TableDefinition): Financials {
  return {
    async lineTotals({ members, from, to }) {
      if (members.length === 0) return { billed: '0.00' as Money, cost: '0.00' as Money, hours: '0.00' as Hours, lines: 0 };
      const params: unknown[] = [from, to];
      const sql =
        `SELECT sum((l.data->>'bill')::numeric)::text AS billed, sum((l.data->>'pay')::numeric)::text AS cost, ` +
        `sum((l.data->>'hours')::numeric)::text AS hours, count(*)::int AS lines ` +
        `FROM ${lines.name} l JOIN ${membersSql(members, params)} ON l."customer_id" = m.customer_id ` +
        `WHERE l."invoice_date_key" BETWEEN $1 AND $2 AND ${inStretch('l."invoice_date_key"')}`;
      const [row] = await connection.query<{ billed: string | null; cost: string | null; hours: string | null; lines: number }>('financials.lineTotals', sql, params);
      return {
        billed: twoPlaces(row?.billed ?? null) as Money,
        cost: twoPlaces(row?.cost ?? null) as Money,
        hours: twoPlaces(row?.hours ?? null) as Hours,
        lines: Number(row?.lines ?? 0),
      };
    },
    async receivables({ members, from, to, asOf }) {
      if (members.length === 0) return { invoices: 0, lastInvoiceDate: null, open: '0.00' as Money, overdue: '0.00' as Money };
      const params: unknown[] = [from, to, asOf];
      const date = 'i."invoice_date_key"';
      const balance = `((i.data->>'billed')::numeric - (i.data->>'paid')::numeric)`;
      const open = `${date} <= $3 AND i."state" = 'open'`;
      const sql =
        `SELECT (count(*) FILTER (WHERE ${date} BETWEEN $1 AND $2))::int AS invoices, ` +
        `max(${date}) FILTER (WHERE ${date} BETWEEN $1 AND $2) AS last, ` +
        `sum(${balance}) FILTER (WHERE ${open})::text AS open, ` +
        `sum(${balance}) FILTER (WHERE ${open} AND i.data->>'dueDate' < $3)::text AS overdue ` +
        `FROM ${invoices.name} i JOIN ${membersSql(members, params)} ON i."customer_id" = m.customer_id ` +
        `WHERE ${inStretch(date)}`;
      const [row] = await connection.query<{ invoices: number; last: string | null; open: string | null; overdue: string | null }>('financials.receivables', sql, params);
      return {
        invoices: Number(row?.invoices ?? 0),
        lastInvoiceDate: (row?.last ?? null) as CalendarDate | null,
        open: twoPlaces(row?.open ?? null) as Money,
        overdue: twoPlaces(row?.overdue ?? null) as Money,
      };
    },
  };
}
