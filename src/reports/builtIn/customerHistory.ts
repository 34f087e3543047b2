import * as z from 'zod';
import type { CustomerMove, StatusChange } from '../../model/index.js';
import { defineReport } from '../defineReport.js';
import { readAllFor } from '../../adapters/port/readAll.js';
import { customerReportFields } from './customerFields.js';

/**
 * A row of the status and move history.
 * @category Reports
 */
export interface CustomerHistoryRow {
  readonly [key: string]: string | null;
  /** `status` for a status change, `move` for a change of parent. */
  readonly kind: 'status' | 'move';
  readonly at: string;
  readonly by: string;
  readonly customerId: string;
  readonly customerName: string;
  /** The status before, or the parent before (`null`: it was a root customer). */
  readonly from: string | null;
  /** The status after, or the parent after (`null`: it became a root customer). */
  readonly to: string | null;
  /** Why (status changes), `null` when none was given. */
  readonly reason: string | null;
}

type Entry = { readonly kind: 'status'; readonly change: StatusChange } | { readonly kind: 'move'; readonly change: CustomerMove };

const order = (a: Entry, b: Entry): number => {
  const [x, y] = [a.change, b.change];
  if (x.at !== y.at) return x.at < y.at ? -1 : 1;
  return x.customerId === y.customerId ? x.recordVersion - y.recordVersion : 0;
};

/**
 * `customer.history`: the status changes and moves of a record, its subtree or its whole tree,
 * oldest first (a record's own changes in the order of the versions they produced).
 * @category Reports
 */
export const customerHistory = defineReport({
  name: 'customer.history',
  title: 'Status and move history',
  description: 'Every status change (who, when, from, to, why) and every move to another parent, oldest first.',
  params: z.strictObject(customerReportFields),
  columns: [
    { key: 'kind', label: 'Change', type: 'text' },
    { key: 'at', label: 'When', type: 'text' },
    { key: 'by', label: 'By', type: 'text' },
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'customerName', label: 'Customer', type: 'text' },
    { key: 'from', label: 'From', type: 'text' },
    { key: 'to', label: 'To', type: 'text' },
    { key: 'reason', label: 'Reason', type: 'text' },
  ],
  async *run(context, params): AsyncGenerator<CustomerHistoryRow> {
    const record = await context.customer(params.customerId, 'customerId');
    const names = new Map((await context.recordsInScope(record, params.scope)).map((customer) => [customer.id, customer.name]));
    const ids = [...names.keys()];
    const statuses = await readAllFor(ids, (customerId, after) => context.tx.statusChanges.find({ where: { customerId }, limit: 10_000, after }));
    const moves = await readAllFor(ids, (customerId, after) => context.tx.customerMoves.find({ where: { customerId }, limit: 10_000, after }));
    const entries: Entry[] = [...statuses.map((change) => ({ kind: 'status' as const, change })), ...moves.map((change) => ({ kind: 'move' as const, change }))].sort(order);
    for (const entry of entries) {
      const about = { at: entry.change.at, by: entry.change.by, customerId: entry.change.customerId, customerName: names.get(entry.change.customerId) ?? '' };
      yield entry.kind === 'status'
        ? { kind: 'status', ...about, from: entry.change.from, to: entry.change.to, reason: entry.change.reason }
        : { kind: 'move', ...about, from: entry.change.fromParentId, to: entry.change.toParentId, reason: null };
    }
  },
});
