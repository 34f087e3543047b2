import { AuditEventId, type AuditEvent, type NewAuditEvent } from '../../../model/index.js';
import type { EntityName } from '../../port/entities.js';
import type { AuditFeed } from './AuditFeed.js';
import { freeze } from './freeze.js';
import { deleted, valueOf, type Row, type Table, type Write } from './Table.js';

let sessions = 0;

/** The writes of one open transaction, on top of the committed tables and audit feed. */
export class Session {
  readonly writes = new Map<EntityName, Map<string, Write>>();
  /** Tells this transaction from every other of the process (for tokens that must not outlive it). */
  readonly serial = ++sessions;
  /** The audit events appended so far, committed with the writes. */
  private readonly events: AuditEvent[] = [];

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
    let writes = this.writes.get(entity);
    if (!writes) this.writes.set(entity, (writes = new Map()));
    writes.set(id, row);
  }

  /** The ids whose current row may match `where`; callers filter the rows exactly. */
  candidates(entity: EntityName, where: [string, (string | null)[]][]): Iterable<string> {
    const table = this.table(entity);
    const pending = this.writes.get(entity);
    const first = where[0];
    const base: Iterable<string> = first
      ? [...new Set(first[1])].flatMap((value) => [...(table.indexes.get(first[0])?.get(value) ?? [])])
      : table.rows.keys();
    if (!pending || pending.size === 0) return base;
    const ids = new Set(base);
    for (const id of pending.keys()) ids.add(id);
    return ids;
  }

  /** Whether a row matches every condition of `where`. */
  matches(entity: EntityName, row: Row, where: [string, (string | null)[]][]): boolean {
    return where.every(([field, values]) => values.includes(valueOf(entity, row, field)));
  }

  /** How many rows the first condition of `where` can match at most (an index lookup; every row without one). */
  estimate(entity: EntityName, where: [string, (string | null)[]][]): number {
    const table = this.table(entity);
    const first = where[0];
    let count = first
      ? [...new Set(first[1])].reduce((sum, value) => sum + (table.indexes.get(first[0])?.get(value)?.size ?? 0), 0)
      : table.rows.size;
    count += this.writes.get(entity)?.size ?? 0;
    return count;
  }

  select(entity: EntityName, where: [string, (string | null)[]][]): Row[] {
    const rows: Row[] = [];
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
   */
  appendEvents(events: readonly NewAuditEvent[]): AuditEvent[] {
    const first = this.feed.last + this.events.length + 1;
    const positioned = events.map((event, i) => freeze({ id: AuditEventId.parse(String(first + i)), ...event }));
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
