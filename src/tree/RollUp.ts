import { StaffcoreError, fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { Money } from '../model/index.js';
import { TreeIndex, type TreeLink, type TreeScope } from './TreeIndex.js';

/**
 * One amount booked against one record on one day: an invoice line, a cost, hours billed.
 * @category Trees
 */
export interface Figure {
  /** The record (customer or department) the amount belongs to. */
  readonly recordId: string;
  /** The day it counts on, `YYYY-MM-DD` (an invoice's date). */
  readonly date: string;
  /** The amount, a decimal with at most two places (`'1250.00'`, `'-3.5'`). */
  readonly amount: string;
}

/**
 * One recorded move of a record to another parent, as the move history keeps it. `null` parents
 * are roots (a promotion, or a root moved under another record).
 * @category Trees
 */
export interface TreeMove {
  /** The record that moved, with its whole subtree. */
  readonly customerId: string;
  /** Its parent before the move. */
  readonly fromParentId: string | null;
  /** Its parent after the move. */
  readonly toParentId: string | null;
  /**
   * When it moved: an ISO instant normalized to UTC (`2026-03-01T09:30:00.000Z`) or a calendar date.
   * The move takes effect from its calendar date (the first 10 characters, so the UTC day of an
   * instant): figures dated that day or later count under the new parent.
   */
  readonly at: string;
}

/**
 * The inputs of {@link RollUp.from}.
 * @category Trees
 */
export interface RollUpInput {
  /** Today's tree: every record with its current parent. */
  readonly tree: Iterable<TreeLink>;
  /** The figures to sum; each must name a record of the tree. */
  readonly figures: Iterable<Figure>;
  /** The move history, in any order; replayed backwards from today's tree to find past trees. */
  readonly moves?: Iterable<TreeMove>;
}

/**
 * The options of {@link RollUp.total}: a date range and how to attribute history.
 * @category Trees
 */
export interface RollUpQuery {
  /** The first day counted, `YYYY-MM-DD`, inclusive; no lower bound when absent. */
  readonly from?: string;
  /** The last day counted, `YYYY-MM-DD`, inclusive; no upper bound when absent. */
  readonly to?: string;
  /**
   * `true` counts every figure under today's tree (history restated); by default each figure counts
   * under the tree as it stood on its own date.
   */
  readonly restate?: boolean;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const amountPattern = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;
const int64Max = (1n << 63n) - 1n;

/** Sums per position of a tree's pre-order: `prefix[k]` is the total of positions before k. */
type Prefix = BigInt64Array | bigint[];

/** The figures dated within one epoch (a span of days in which the tree did not change). */
interface Epoch {
  readonly nodes: Int32Array;
  readonly dates: readonly string[];
  readonly cents: readonly bigint[];
  readonly minDate: string;
  readonly maxDate: string;
}

/**
 * Sums figures keyed by record over the account, subtree or master view of any record, as the tree
 * stands today or as it stood on each figure's date (SPEC §2.5: history stays where it happened;
 * `restate: true` restates it under today's tree). Money is summed exactly, as integer cents in
 * `bigint`s, and returned as a two-place decimal string.
 *
 * How it is fast: the distinct calendar dates of the moves cut time into epochs, in each of which
 * the tree did not change. For each epoch holding figures, the tree of that epoch is indexed once
 * ({@link TreeIndex}, pre-order positions) and the figures of a date range are laid out by position
 * as prefix sums, so a subtree's total is one subtraction. Past trees come from replaying the move
 * history backwards from today's.
 *
 * Complexity, for n records, f figures, m moves and E epochs holding figures: building is
 * O(n + f + m); the first historical query builds every past epoch's index, O(E·n + m); the first
 * query over a given date range builds its prefix sums, O(E·n + f), and keeps them (a handful of
 * ranges are kept, the oldest dropped first); every later query over that range is O(E), and O(1)
 * with `restate`. Memory is about 40 bytes per record per epoch plus 8 per record per cached range.
 *
 * @example
 * ```ts
 * import { RollUp } from 'staffcore';
 *
 * const rollUp = RollUp.from({
 *   tree: [
 *     { id: 'acme', parentId: null },
 *     { id: 'globex', parentId: null },
 *     { id: 'plant', parentId: 'globex' }, // moved from acme to globex on 1 March
 *   ],
 *   moves: [{ customerId: 'plant', fromParentId: 'acme', toParentId: 'globex', at: '2026-03-01T09:00:00.000Z' }],
 *   figures: [
 *     { recordId: 'plant', date: '2026-02-15', amount: '100.00' },
 *     { recordId: 'plant', date: '2026-03-15', amount: '40.00' },
 *   ],
 * });
 * rollUp.total('acme', 'subtree') //=> '100.00'
 * rollUp.total('globex', 'subtree') //=> '40.00'
 * rollUp.total('globex', 'subtree', { restate: true }) //=> '140.00'
 * rollUp.total('plant', 'account', { from: '2026-03-01' }) //=> '40.00'
 * ```
 * @category Trees
 */
export class RollUp {
  private readonly today: TreeIndex;
  private readonly moves: readonly { readonly node: number; readonly from: number; readonly to: number; readonly day: string; readonly at: string }[];
  private readonly moveDates: readonly string[];
  private readonly epochs: readonly (Epoch | null)[];
  private readonly fitsInt64: boolean;
  private pastIndexes: (TreeIndex | null)[] | null = null;
  private readonly sums = new Map<string, readonly (Prefix | null)[]>();

  private constructor(parts: {
    today: TreeIndex;
    moves: RollUp['moves'];
    moveDates: readonly string[];
    epochs: readonly (Epoch | null)[];
    fitsInt64: boolean;
  }) {
    this.today = parts.today;
    this.moves = parts.moves;
    this.moveDates = parts.moveDates;
    this.epochs = parts.epochs;
    this.fitsInt64 = parts.fitsInt64;
  }

  /**
   * Prepares a roll-up: indexes today's tree, checks the figures and the move history, and sorts
   * the figures into epochs. Linear in the records, figures and moves (plus sorting the moves).
   *
   * @param input - today's tree, the figures and the move history
   * @returns the roll-up, ready for queries
   * @throws StaffcoreError `VALIDATION` when the tree is not a forest, a figure or move names a
   *   record not in the tree, a date or amount is malformed, or the move history does not replay onto
   *   today's tree (a record is not under the parent its latest move put it under)
   */
  static from(input: RollUpInput): RollUp {
    const today = TreeIndex.from(input.tree);
    const { numbers } = today.internals();
    const numberOf = (id: string | null, path: readonly (string | number)[]): number => {
      if (id === null) return -1;
      const v = numbers.get(id);
      if (v === undefined) throw fieldError('roll-up input', path, messages.notFound('record', id), { id });
      return v;
    };

    const moves = [...(input.moves ?? [])]
      .map((move, i) => {
        const day = move.at.slice(0, 10);
        if (!datePattern.test(day)) throw fieldError('roll-up input', ['moves', i, 'at'], messages.badFormat('date or instant'));
        return {
          node: numberOf(move.customerId, ['moves', i, 'customerId']),
          from: numberOf(move.fromParentId, ['moves', i, 'fromParentId']),
          to: numberOf(move.toParentId, ['moves', i, 'toParentId']),
          day,
          at: move.at,
          i,
        };
      })
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.i - b.i));
    const moveDates = [...new Set(moves.map((m) => m.day))];

    const grouped: { nodes: number[]; dates: string[]; cents: bigint[] }[] = Array.from({ length: moveDates.length + 1 }, () => ({ nodes: [], dates: [], cents: [] }));
    let absolute = 0n;
    let i = 0;
    for (const figure of input.figures) {
      const node = numberOf(figure.recordId, ['figures', i, 'recordId']);
      if (!datePattern.test(figure.date)) throw fieldError('roll-up input', ['figures', i, 'date'], messages.badFormat('date (YYYY-MM-DD)'));
      const cents = toCents(figure.amount, ['figures', i, 'amount']);
      absolute += cents < 0n ? -cents : cents;
      const group = grouped[epochOf(moveDates, figure.date)]!;
      group.nodes.push(node);
      group.dates.push(figure.date);
      group.cents.push(cents);
      i++;
    }
    const epochs = grouped.map((group): Epoch | null => {
      if (group.nodes.length === 0) return null;
      let minDate = group.dates[0]!;
      let maxDate = minDate;
      for (const date of group.dates) {
        if (date < minDate) minDate = date;
        if (date > maxDate) maxDate = date;
      }
      return { nodes: Int32Array.from(group.nodes), dates: group.dates, cents: group.cents, minDate, maxDate };
    });
    return new RollUp({ today, moves, moveDates, epochs, fitsInt64: absolute <= int64Max });
  }

  /** Today's tree. */
  get tree(): TreeIndex {
    return this.today;
  }

  /**
   * The total of the figures a view of one record covers.
   *
   * @param id - the record in view
   * @param scope - `account` (its own figures), `subtree` (it and its descendants) or `master` (its
   *   whole customer tree); by default, for each figure, as the tree stood on the figure's date
   * @param query - an optional date range (inclusive) and `restate: true` to use today's tree for all
   * @returns the total as a two-place decimal string (`'0.00'` when nothing counts); `null` when the
   *   record is not in the tree
   * @example
   * ```ts
   * rollUp.total('plant', 'master', { from: '2026-01-01', to: '2026-03-31' }) //=> '140.00'
   * ```
   */
  total(id: string, scope: TreeScope, query: RollUpQuery = {}): Money | null {
    const { numbers } = this.today.internals();
    const v = numbers.get(id);
    if (v === undefined) return null;
    const from = query.from ?? '';
    const to = query.to ?? '\uffff';
    // An account's own figures are the same under any tree: the restated sums answer it in O(1).
    const restate = query.restate === true || scope === 'account';
    const prefixes = this.prefixes(from, to, restate);
    let total = 0n;
    for (let e = 0; e < prefixes.length; e++) {
      const prefix = prefixes[e];
      if (!prefix) continue;
      const tree = (restate || e === this.epochs.length - 1 ? this.today : this.pastIndexes![e]!).internals();
      const top = scope === 'master' ? tree.rootOf[v]! : v;
      const start = tree.positions[top]!;
      const end = scope === 'account' ? start + 1 : tree.ends[top]!;
      total += prefix[end]! - prefix[start]!;
    }
    return fromCents(total);
  }

  /**
   * The tree as it stood on a day: today's tree with every move dated after that day undone.
   *
   * @param date - the day, `YYYY-MM-DD`
   * @returns the index of the tree on that day (today's own when no move is later)
   * @example
   * ```ts
   * rollUp.treeAsOf('2026-02-15').parent('plant') //=> 'acme'
   * ```
   */
  treeAsOf(date: string): TreeIndex {
    const e = epochOf(this.moveDates, date);
    if (e === this.moveDates.length) return this.today;
    const cached = this.pastIndexes?.[e];
    if (cached) return cached;
    return this.replay(new Set([e])).get(e)!;
  }

  /** The prefix sums of each epoch for a range, built on first use and kept (up to 8 ranges). */
  private prefixes(from: string, to: string, restate: boolean): readonly (Prefix | null)[] {
    const key = `${restate ? 'R' : 'H'}|${from}|${to}`;
    const cached = this.sums.get(key);
    if (cached) return cached;
    const last = this.epochs.length - 1;
    const overlaps = (epoch: Epoch | null): epoch is Epoch => epoch !== null && epoch.maxDate >= from && epoch.minDate <= to;
    let built: (Prefix | null)[];
    if (restate) {
      built = [this.layOut(this.today, this.epochs.filter(overlaps), from, to)];
    } else {
      if (this.pastIndexes === null) {
        const needed = new Set<number>();
        this.epochs.forEach((epoch, e) => {
          if (epoch !== null && e < last) needed.add(e);
        });
        const past = this.replay(needed);
        this.pastIndexes = Array.from({ length: last }, (_, e) => past.get(e) ?? null);
      }
      built = this.epochs.map((epoch, e) => (overlaps(epoch) ? this.layOut(e === last ? this.today : this.pastIndexes![e]!, [epoch], from, to) : null));
    }
    if (this.sums.size >= 8) this.sums.delete(this.sums.keys().next().value!);
    this.sums.set(key, built);
    return built;
  }

  /** Prefix sums over a tree's pre-order of the figures of some epochs dated within [from, to]. */
  private layOut(tree: TreeIndex, epochs: readonly Epoch[], from: string, to: string): Prefix {
    const { positions } = tree.internals();
    const n = positions.length;
    const prefix: Prefix = this.fitsInt64 ? new BigInt64Array(n + 1) : new Array<bigint>(n + 1).fill(0n);
    for (const epoch of epochs) {
      const whole = epoch.minDate >= from && epoch.maxDate <= to;
      for (let k = 0; k < epoch.nodes.length; k++) {
        if (!whole) {
          const date = epoch.dates[k]!;
          if (date < from || date > to) continue;
        }
        prefix[positions[epoch.nodes[k]!]! + 1]! += epoch.cents[k]!;
      }
    }
    for (let k = 1; k <= n; k++) prefix[k]! += prefix[k - 1]!;
    return prefix;
  }

  /**
   * Replays the moves backwards from today's tree and indexes the tree of each wanted epoch (epoch
   * e is the tree after the moves of the first e move dates).
   */
  private replay(wanted: ReadonlySet<number>): Map<number, TreeIndex> {
    const { ids, numbers, parents: current } = this.today.internals();
    const parents = current.slice();
    const out = new Map<number, TreeIndex>();
    let m = this.moves.length - 1;
    for (let e = this.moveDates.length - 1; e >= 0 && out.size < wanted.size; e--) {
      const day = this.moveDates[e]!;
      for (; m >= 0 && this.moves[m]!.day === day; m--) {
        const move = this.moves[m]!;
        if (parents[move.node] !== move.to) {
          const name = (v: number) => (v < 0 ? 'none' : ids[v]!);
          throw fieldError('move history', ['moves'], messages.moveOutOfOrder(ids[move.node]!, move.at, name(move.to), name(parents[move.node]!)), {
            id: ids[move.node]!,
          });
        }
        parents[move.node] = move.from;
      }
      if (!wanted.has(e)) continue;
      const result = TreeIndex.fromNumbered(ids, numbers, parents.slice());
      if (!result.success) {
        const message = messages.replayCycle(result.issue.id, day);
        throw new StaffcoreError('VALIDATION', message, { details: { path: ['moves'], issues: [{ path: ['moves'], message }], id: result.issue.id } });
      }
      out.set(e, result.index);
    }
    return out;
  }
}

/** The epoch a day falls in: how many move dates are on or before it. */
function epochOf(moveDates: readonly string[], date: string): number {
  let lo = 0;
  let hi = moveDates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (moveDates[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toCents(amount: string, path: readonly (string | number)[]): bigint {
  const match = amountPattern.exec(amount);
  if (!match) throw fieldError('roll-up input', path, messages.notAnAmount(amount));
  const [, sign = '', whole = '', fraction = ''] = match;
  return BigInt(`${sign}${whole}${fraction.padEnd(2, '0')}`);
}

function fromCents(cents: bigint): Money {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` as Money;
}
