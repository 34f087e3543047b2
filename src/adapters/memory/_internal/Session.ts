import { AuditEventId, type AuditEvent, type NewAuditEvent } from '../../../model/index.js';
import type { EntityName } from '../../port/entities.js';
import type { AuditFeed } from './AuditFeed.js';
import { freeze } from './freeze.js';
import type { Keyed } from './page.js';
import { deleted, valueOf, type Row, type Table, type Write } from './Table.js';

let sessions = 0;

/** One condition of a normalized `where`: a field and the values it may hold. */
type Condition = [string, (string | null)[]];

/** The value lists of conditions as sets, made once per list (a query's lists live as long as the query). */
const valueSets = new WeakMap<readonly (string | null)[], Set<string | null>>();

/** The writes of one open transaction, on top of the committed tables and audit feed. */
export class Session {
  readonly writes = new Map<EntityName, Map<string, Write>>();
  /** Tells this transaction from every other of the process (for tokens that must not outlive it). */
  readonly serial = ++sessions;
  /** The audit events appended so far, committed with the writes. */
  private readonly events: AuditEvent[] = [];
  /** The transaction id of those events: the position of the first, taken at the first append. */
  private transactionId: string | null = null;
  /** Matches of paged queries, sorted, by entity and query, kept until the transaction writes the entity. */
  private readonly sorted = new Map<EntityName, Map<string, readonly Keyed[]>>();

  constructor(
    readonly tables: ReadonlyMap<EntityName, Table>,
    readonly feed: AuditFeed,
  ) {}

  table(entity: EntityName): Table {
    return this.tables.get(entity)!;
  }

  read(entity: EntityName, id: string): Row | null {
    const write = this.writes.get(entity)?.get(id);
    if (write === deleted) return null;
    return write ?? this.table(entity).rows.get(id) ?? null;
  }

  write(entity: EntityName, id: string, row: Write): void {
    this.sorted.delete(entity);
    let writes = this.writes.get(entity);
    if (!writes) this.writes.set(entity, (writes = new Map()));
    writes.set(id, row);
  }

  /** The sorted matches of a query kept by {@link keepSortedMatches}, unless the entity was written since. */
  sortedMatches(entity: EntityName, query: string): readonly Keyed[] | undefined {
    return this.sorted.get(entity)?.get(query);
  }

  /** Keeps the sorted matches of a query for its next pages. */
  keepSortedMatches(entity: EntityName, query: string, matches: readonly Keyed[]): void {
    let kept = this.sorted.get(entity);
    if (!kept) this.sorted.set(entity, (kept = new Map()));
    kept.set(query, matches);
  }

  /** The ids whose current row may match `where`; callers filter the rows exactly. */
  candidates(entity: EntityName, where: Condition[]): Iterable<string> {
    const table = this.table(entity);
    const pending = this.writes.get(entity);
    const narrowest = this.narrowest(entity, where);
    const base: Iterable<string> = narrowest
      ? [...new Set(narrowest[1])].flatMap((value) => [...(table.indexes.get(narrowest[0])?.get(value) ?? [])])
      : table.rows.keys();
    if (!pending || pending.size === 0) return base;
    const ids = new Set(base);
    for (const id of pending.keys()) ids.add(id);
    return ids;
  }

  /** Whether a row matches every condition of `where`. */
  matches(entity: EntityName, row: Row, where: Condition[]): boolean {
    return where.every((condition) => {
      const value = valueOf(entity, row, condition[0]);
      const values = condition[1];
      // A long list (a tree's customer ids, say) is looked up in a set built once per condition.
      if (values.length <= 8) return values.includes(value);
      let set = valueSets.get(values);
      if (!set) valueSets.set(values, (set = new Set(values)));
      return set.has(value);
    });
  }

  /**
   * How many rows `where` can match at most: the rows its most selective condition's index holds
   * (an index lookup per value), plus this transaction's writes; every row without a condition.
   */
  estimate(entity: EntityName, where: Condition[]): number {
    const narrowest = this.narrowest(entity, where);
    const count = narrowest ? this.indexedCount(entity, narrowest) : this.table(entity).rows.size;
    return count + (this.writes.get(entity)?.size ?? 0);
  }

  /** The condition of `where` whose index holds the fewest rows, or `undefined` without conditions. */
  private narrowest(entity: EntityName, where: Condition[]): Condition | undefined {
    let best: Condition | undefined;
    let bestCount = Infinity;
    for (const condition of where) {
      const count = this.indexedCount(entity, condition);
      if (count < bestCount) [best, bestCount] = [condition, count];
    }
    return best;
  }

  private indexedCount(entity: EntityName, [field, values]: Condition): number {
    const index = this.table(entity).indexes.get(field);
    return [...new Set(values)].reduce((sum, value) => sum + (index?.get(value)?.size ?? 0), 0);
  }

  select(entity: EntityName, where: Condition[]): Row[] {
    const rows: Row[] = [];
    const narrowest = this.narrowest(entity, where);
    if (narrowest && !this.writes.get(entity)?.size) {
      // Nothing written here yet: the committed index holds exactly the rows the narrowest
      // condition matches, so only the other conditions are left to check.
      const table = this.table(entity);
      const index = table.indexes.get(narrowest[0]);
      const rest = where.filter((condition) => condition !== narrowest);
      for (const value of new Set(narrowest[1])) {
        for (const id of index?.get(value) ?? []) {
          const row = table.rows.get(id)!;
          if (rest.length === 0 || this.matches(entity, row, rest)) rows.push(row);
        }
      }
      return rows;
    }
    for (const id of this.candidates(entity, where)) {
      const row = this.read(entity, id);
      if (row && this.matches(entity, row, where)) rows.push(row);
    }
    return rows;
  }

  /**
   * Gives events the feed positions after the committed ones and those this transaction appended
   * before. Transactions run one at a time, so no other can commit in between: these are the
   * positions the events hold once this one commits, and a rollback frees them for the next.
   * Every event of the transaction carries the position of its first event as its transaction id:
   * no committed event shares that position, so no other committed transaction has that id.
   */
  appendEvents(events: readonly NewAuditEvent[]): AuditEvent[] {
    if (events.length === 0) return [];
    const first = this.feed.last + this.events.length + 1;
    const transactionId = (this.transactionId ??= String(first));
    const positioned = events.map((event, i) => freeze({ id: AuditEventId.parse(String(first + i)), transactionId, ...event }));
    this.events.push(...positioned);
    return positioned;
  }

  commit(): void {
    for (const [entity, writes] of this.writes) {
      const table = this.table(entity);
      for (const [id, write] of writes) table.apply(id, write);
    }
    this.feed.commit(this.events);
  }
}
