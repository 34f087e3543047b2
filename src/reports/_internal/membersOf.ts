import type { FinancialMember, FinancialSubtree } from '../../adapters/port/index.js';
import type { CalendarDate, Customer, CustomerMove, CustomerScope } from '../../model/index.js';
import type { ReportContext } from '../ReportContext.js';
import { readAllFor } from '../../adapters/port/readAll.js';

/** The day a move took effect for invoices: its UTC day (an invoice dated that day counts under the new parent). */
const dayOf = (move: CustomerMove): CalendarDate => move.at.slice(0, 10) as CalendarDate;

const byTime = (a: CustomerMove, b: CustomerMove): number =>
  a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.customerId === b.customerId ? a.recordVersion - b.recordVersion : 0;

/**
 * What a roll-up counts: records with their stretches of dates, or today's subtree of one record.
 * @category Reports
 */
export interface Members {
  readonly members: readonly FinancialMember[];
  readonly subtree: FinancialSubtree | null;
}

/** At most this many moves are looked at one by one; a store with more replays the tree's history. */
const fewMoves = 100;

/**
 * Whether any recorded move could make the subtree as it stood differ from today's: a move of a
 * record now inside, or out of a record now inside (the last move out of the subtree always
 * leaves from a record still inside it). Answered without reading the subtree when the store holds
 * few moves; `true` when it holds many.
 */
async function movesMayMatter(context: ReportContext, topId: string): Promise<boolean> {
  const page = await context.tx.customerMoves.find({ limit: fewMoves });
  if (page.items.length === 0) return false;
  if (page.next !== null) return true;
  const ids = new Set(page.items.flatMap((move) => [move.customerId, move.fromParentId ?? move.customerId]));
  for (const id of ids) {
    if (id === topId || (await context.tx.customers.ancestors(id)).some((ancestor) => ancestor.id === topId)) return true;
  }
  return false;
}

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
 * @returns the members, or today's subtree when that is what counts (no move touched it, or `restate`)
 * @category Reports
 */
export async function membersOf(context: ReportContext, record: Customer, scope: CustomerScope, restate: boolean): Promise<Members> {
  const visible = (customer: Customer) => context.scope.has(customer.branchId);
  const forever = (customer: Customer): FinancialMember => ({ customerId: customer.id, since: null, until: null });
  if (scope === 'account') return { members: [forever(record)], subtree: null };
  const top = scope === 'master' ? ((await context.tx.customers.ancestors(record.id)).at(-1) ?? record) : record;
  const asToday: Members = { members: [], subtree: { rootId: top.id, branchIds: [...context.scope] } };
  if (restate || !(await movesMayMatter(context, top.id))) return asToday;
  const today = await context.tx.customers.subtree(top.id);

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
  if (moves.length === 0) return asToday;

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
  return { members: [...spans.values()].flat(), subtree: null };
}
