import type { FinancialMember } from '../../adapters/port/index.js';
import type { CalendarDate, Customer, CustomerMove, CustomerScope } from '../../model/index.js';
import type { ReportContext } from '../ReportContext.js';
import { readAllFor } from './readAll.js';

/** The day a move took effect for invoices: its UTC day (an invoice dated that day counts under the new parent). */
const dayOf = (move: CustomerMove): CalendarDate => move.at.slice(0, 10) as CalendarDate;

const byTime = (a: CustomerMove, b: CustomerMove): number =>
  a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.customerId === b.customerId ? a.recordVersion - b.recordVersion : 0;

/**
 * The records whose invoices a financial roll-up of one record's view counts, each with the
 * invoice dates it counts for.
 *
 * `account` is the record alone. `subtree` and `master` (the tree of the record's root today) are
 * the tree as it stood on each invoice date: the move history is replayed backwards from today's
 * tree, so a department moved out mid-period counts up to the day of its move and one moved in
 * from that day on (a move counts from its UTC day). With `restate`, every record of today's tree
 * counts for every date. Only records the actor may see (by today's branch) count.
 *
 * @param context - the report's context
 * @param record - the record the report is run from
 * @param scope - the view
 * @param restate - count history under today's tree
 * @returns the members
 */
export async function membersOf(context: ReportContext, record: Customer, scope: CustomerScope, restate: boolean): Promise<FinancialMember[]> {
  const visible = (customer: Customer) => context.scope.has(customer.branchId);
  const forever = (customer: Customer): FinancialMember => ({ customerId: customer.id, since: null, until: null });
  if (scope === 'account') return [forever(record)];
  const top = scope === 'master' ? ((await context.tx.customers.ancestors(record.id)).at(-1) ?? record) : record;
  const today = await context.tx.customers.subtree(top.id);
  if (restate) return today.filter(visible).map(forever);

  // Every record ever inside the top's subtree: today's, and those that moved out (with what hangs below them now).
  const known = new Map(today.map((customer) => [customer.id, customer]));
  let frontier = [...known.keys()];
  while (frontier.length > 0) {
    const outMoves = await readAllFor(frontier, (chunk, after) => context.tx.customerMoves.find({ where: { fromParentId: chunk }, limit: 10_000, after }));
    frontier = [];
    for (const move of outMoves) {
      if (known.has(move.customerId)) continue;
      for (const customer of await context.tx.customers.subtree(move.customerId)) {
        if (known.has(customer.id)) continue;
        known.set(customer.id, customer);
        frontier.push(customer.id);
      }
    }
  }
  const moves = (await readAllFor([...known.keys()], (chunk, after) => context.tx.customerMoves.find({ where: { customerId: chunk }, limit: 10_000, after }))).sort(byTime);
  if (moves.length === 0) return today.filter(visible).map(forever);

  // Replay backwards: the tree from the last move's day on is today's; undoing a day's moves gives the tree before that day.
  const parent = new Map<string, string | null>([...known.values()].map((customer) => [customer.id, customer.parentId]));
  const days = [...new Set(moves.map(dayOf))].sort();
  const spans = new Map<string, FinancialMember[]>();
  let until: CalendarDate | null = null;
  let next = moves.length - 1;
  for (let d = days.length; d >= 0; d--) {
    const since: CalendarDate | null = d > 0 ? (days[d - 1] as CalendarDate) : null;
    const inside = new Map<string, boolean>([[top.id, true]]);
    const isInside = (id: string): boolean => {
      const path: string[] = [];
      let current: string | null | undefined = id;
      let answer = false;
      while (current !== null && current !== undefined) {
        const cached = inside.get(current);
        if (cached !== undefined) {
          answer = cached;
          break;
        }
        if (!parent.has(current)) break;
        path.push(current);
        current = parent.get(current);
      }
      for (const id of path) inside.set(id, answer);
      return answer;
    };
    for (const customer of known.values()) {
      if (!visible(customer) || !isInside(customer.id)) continue;
      const list = spans.get(customer.id);
      const last = list?.at(-1);
      // Stretches are built newest first: one that starts where this one ends is extended back.
      if (last && last.since === until) list![list!.length - 1] = { ...last, since };
      else if (list) list.push({ customerId: customer.id, since, until });
      else spans.set(customer.id, [{ customerId: customer.id, since, until }]);
    }
    while (next >= 0 && since !== null && dayOf(moves[next]!) === since) {
      const move = moves[next--]!;
      parent.set(move.customerId, move.fromParentId);
    }
    until = since;
  }
  return [...spans.values()].flat();
}
