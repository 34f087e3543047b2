/**
 * The soak's invariant checks: pure functions over the change feed (every event, in feed order)
 * and the stored rows (every record of every audited entity), each returning whether it holds
 * and up to a few examples of where it does not. Nothing here reads a database.
 */
import type { AuditEvent } from '../../src/model/index.js';

/** A stored record as the repositories return it. */
export type Row = { readonly id: string; readonly version: number } & Readonly<Record<string, unknown>>;

/** What the checks look at. */
export interface SoakData {
  /** The whole change feed, read after the workers stopped, following the `next` cursors. */
  readonly feed: readonly AuditEvent[];
  /** The event ids a reader tailing the feed during the run saw, in the order it saw them (caught up at the end). */
  readonly tail: readonly string[];
  /** Every stored record of every audited entity, by entity (`customers`, `worksites`, …). */
  readonly rows: Readonly<Record<string, readonly Row[]>>;
}

/** The outcome of one invariant. */
export interface InvariantResult {
  /** Its name in the report (`feedOnceInOrder`). */
  readonly name: string;
  /** What it asks, in one line. */
  readonly description: string;
  readonly passed: boolean;
  /** How many violations there were. */
  readonly violations: number;
  /** The first few, in words. */
  readonly examples: readonly string[];
  /** Violations counted by a category (the action that wrote them, the kind of violation). */
  readonly breakdown: Readonly<Record<string, number>>;
}

/** How many examples a result keeps. */
const maxExamples = 5;

/** Fields every write changes and an event leaves out (recordWrites.ts), so a replay cannot know them. */
const bookkeeping = new Set(['id', 'version', 'updatedAt', 'updatedBy']);

/**
 * The actions that exist to correct or clean up a deleted record, which may therefore change what
 * a deleted (`X`) record owns — the actions declared with `correctsDeleted` (README, "What an
 * action does"): `customers.changeStatus` (restores a record, or deletes a tree), `customers.merge`
 * (moves everything off the duplicate; where it moves a record to is checked like every move),
 * and `assignments.end`, `orders.close`, `tasks.complete`, `contacts.deactivate`, `bars.remove`,
 * `favorites.remove`, which wind down what the record had. Every other action writing anything a
 * deleted record owns — or the deleted record itself — is new work on it.
 */
export const correctiveActions: ReadonlySet<string> = new Set([
  // The actions that exist to correct or clean up a deleted record (`correctsDeleted` in their definitions).
  'customers.changeStatus',
  'customers.merge',
  'assignments.end',
  'orders.close',
  'tasks.complete',
  'contacts.deactivate',
  'bars.remove',
  'favorites.remove',
])

/**
 * History records: each is written by the change it records (a status change, a move), which is
 * what the checks judge; the entry itself is not work on the record.
 */
const historyEntities = new Set(['statusChanges', 'customerMoves']);

/** The field that names a record's owner: a department's parent, or the customer an owned record belongs to. */
const ownerField = (entity: string): string => (entity === 'customers' ? 'parentId' : 'customerId');

type Json = unknown;

/** JSON with object keys sorted, `undefined` as `null`: stores may hand keys back in another order (jsonb does). */
export function canonical(value: Json): string {
  return JSON.stringify(value === undefined ? null : value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

const short = (value: Json): string => {
  const text = canonical(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Collects violations: counts them all, keeps the first few, counts them by category. */
class Findings {
  private count = 0;
  private readonly kept: string[] = [];
  private readonly by: Record<string, number> = {};

  add(example: string, category = 'all'): void {
    this.count += 1;
    this.by[category] = (this.by[category] ?? 0) + 1;
    if (this.kept.length < maxExamples) this.kept.push(example);
  }

  result(name: string, description: string): InvariantResult {
    return { name, description, passed: this.count === 0, violations: this.count, examples: this.kept, breakdown: this.by };
  }
}

/**
 * The feed reads every committed event exactly once and in order: its ids strictly increase (so
 * none is read twice), and a reader that tailed the feed while the workers wrote saw exactly the
 * same events in the same order (so no event committed at a position the reader had already passed).
 * @param data - the feed and the tailed ids
 * @returns the outcome
 */
export function feedOnceInOrder(data: Pick<SoakData, 'feed' | 'tail'>): InvariantResult {
  const findings = new Findings();
  let previous: bigint | null = null;
  for (const event of data.feed) {
    const position = BigInt(event.id);
    if (previous !== null && position <= previous) findings.add(`event ${event.id} follows event ${previous} in the feed`, 'not increasing');
    previous = position;
  }
  const fed: string[] = data.feed.map((event) => event.id);
  const tailed = new Set(data.tail);
  const inFeed = new Set(fed);
  for (const id of fed) if (!tailed.has(id)) findings.add(`event ${id} is in the feed but the tailing reader never saw it (it committed behind the reader's cursor)`, 'missed by the tail');
  for (const id of data.tail) if (!inFeed.has(id)) findings.add(`the tailing reader saw event ${id}, which the final read does not have`, 'phantom in the tail');
  let last: bigint | null = null;
  const seen = new Set<string>();
  for (const id of data.tail) {
    if (seen.has(id)) findings.add(`the tailing reader saw event ${id} twice`, 'tail duplicate');
    seen.add(id);
    const position = BigInt(id);
    if (last !== null && position <= last) findings.add(`the tailing reader saw event ${id} after event ${last}`, 'tail not increasing');
    last = position;
  }
  return findings.result('feedOnceInOrder', 'feed ids strictly increase; a reader tailing it live saw every event once, in order');
}

/**
 * Replaying the feed gives the stored rows: applying each event's `after` values in feed order
 * (inserts create, updates change, removes delete) gives every record of every audited entity,
 * field by field (bookkeeping fields `id`, `version`, `updatedAt`, `updatedBy` aside), and no
 * record more. Also checks each update's `before` against the replayed value: a mismatch is a lost
 * update or an event out of order.
 * @param data - the feed and the stored rows of the audited entities
 * @returns the outcome
 */
export function replayEqualsRows(data: Pick<SoakData, 'feed' | 'rows'>): InvariantResult {
  const findings = new Findings();
  const replayed = new Map<string, Map<string, Record<string, Json>>>();
  const table = (entity: string) => {
    let records = replayed.get(entity);
    if (!records) replayed.set(entity, (records = new Map()));
    return records;
  };
  for (const event of data.feed) {
    const records = table(event.entity);
    const where = `event ${event.id} (${event.action}) ${event.operation} ${event.entity}/${event.recordId}`;
    if (!(event.entity in data.rows)) findings.add(`${where}: an entity that is not audited (or unknown) is in the feed`, 'unaudited entity');
    const current = records.get(event.recordId);
    if (event.operation === 'insert') {
      if (current) findings.add(`${where}: the record already existed`, 'insert of an existing record');
      records.set(event.recordId, Object.fromEntries(Object.entries(event.changes).map(([field, change]) => [field, change.after])));
      continue;
    }
    if (!current) {
      findings.add(`${where}: no earlier event created the record`, `${event.operation} of an unknown record`);
      if (event.operation === 'update') records.set(event.recordId, Object.fromEntries(Object.entries(event.changes).map(([field, change]) => [field, change.after])));
      continue;
    }
    if (event.operation === 'remove') {
      records.delete(event.recordId);
      continue;
    }
    for (const [field, change] of Object.entries(event.changes)) {
      if (canonical(current[field] ?? null) !== canonical(change.before)) {
        findings.add(`${where}: ${field} before is ${short(change.before)}, but the replay has ${short(current[field] ?? null)}`, `before mismatch (${event.entity})`);
      }
      current[field] = change.after;
    }
  }
  for (const [entity, rows] of Object.entries(data.rows)) {
    const records = table(entity);
    const stored = new Set<string>();
    for (const row of rows) {
      stored.add(row.id);
      const replay = records.get(row.id);
      if (!replay) {
        findings.add(`${entity}/${row.id} is stored but the feed never created it`, `row without events (${entity})`);
        continue;
      }
      const fields = new Set([...Object.keys(row), ...Object.keys(replay)]);
      const differing: string[] = [];
      for (const field of fields) {
        if (bookkeeping.has(field)) continue;
        const a = canonical(replay[field] ?? null);
        const b = canonical(row[field] ?? null);
        if (a !== b) differing.push(`${field}: replayed ${short(replay[field] ?? null)}, stored ${short(row[field] ?? null)}`);
      }
      if (differing.length > 0) findings.add(`${entity}/${row.id} v${row.version}: ${differing.slice(0, 3).join('; ')}`, `field mismatch (${entity})`);
    }
    for (const id of records.keys()) if (!stored.has(id)) findings.add(`${entity}/${id} is in the replay but not stored`, `replayed but not stored (${entity})`);
  }
  return findings.result('replayEqualsRows', 'replaying the feed (after values, in order) gives every stored row, field by field');
}

/**
 * The customer trees are sound: every parent exists and no record is its own ancestor.
 * @param rows - the stored rows (`customers`)
 * @returns the outcome
 */
export function treesSound(rows: SoakData['rows']): InvariantResult {
  const findings = new Findings();
  const customers = new Map((rows['customers'] ?? []).map((row) => [row.id, row]));
  for (const customer of customers.values()) {
    const parentId = customer['parentId'] as string | null;
    if (parentId !== null && !customers.has(parentId)) findings.add(`customers/${customer.id} has parent ${parentId}, which does not exist`, 'orphan');
    const seen = new Set<string>([customer.id]);
    let at = parentId;
    while (at !== null) {
      if (seen.has(at)) {
        findings.add(`customers/${customer.id} reaches ${at} twice going up its parents: a cycle`, 'cycle');
        break;
      }
      seen.add(at);
      at = (customers.get(at)?.['parentId'] as string | null | undefined) ?? null;
    }
  }
  return findings.result('treesSound', 'every parentId exists; no record is its own ancestor');
}

/**
 * Exactly one default worksite where there are worksites: a customer with worksites has a
 * `defaultWorksiteId` that is one of them; a customer without has `null`.
 * @param rows - the stored rows (`customers`, `worksites`)
 * @returns the outcome
 */
export function oneDefaultWorksite(rows: SoakData['rows']): InvariantResult {
  const findings = new Findings();
  const sites = new Map<string, Set<string>>();
  for (const worksite of rows['worksites'] ?? []) {
    const owner = worksite['customerId'] as string;
    let set = sites.get(owner);
    if (!set) sites.set(owner, (set = new Set()));
    set.add(worksite.id);
  }
  for (const customer of rows['customers'] ?? []) {
    const own = sites.get(customer.id);
    const chosen = customer['defaultWorksiteId'] as string | null;
    const status = customer['status'] as string;
    if (own && own.size > 0) {
      if (chosen === null) findings.add(`customers/${customer.id} (${status}) has ${own.size} worksite(s) [${[...own].join(', ')}] and no default`, 'worksites, no default');
      else if (!own.has(chosen)) findings.add(`customers/${customer.id} (${status}) has default worksite ${chosen}, not one of its own [${[...own].join(', ')}]`, 'default not its own');
    } else if (chosen !== null) {
      findings.add(`customers/${customer.id} (${status}) has no worksites but default worksite ${chosen}`, 'default without worksites');
    }
  }
  return findings.result('oneDefaultWorksite', 'a customer with worksites has one of them as default; without worksites, null');
}

/** The customer tree as the feed has built it up to a position: each record's parent and status, and since when it is deleted. */
interface TreeState {
  readonly parentOf: Map<string, string | null>;
  readonly statusOf: Map<string, string>;
  /** The event that gave a record its current status. */
  readonly statusSetBy: Map<string, AuditEvent>;
  /** The owner (`customerId`, or a department's `parentId`) of every record of every entity, by `entity/id`. */
  readonly ownerOf: Map<string, string | null>;
}

/** The first record on the path from `id` up to its root (itself included) whose status is one of `statuses`, or `null`. */
function blockingOnPath(state: TreeState, id: string, statuses: ReadonlySet<string>): string | null {
  const seen = new Set<string>();
  for (let at: string | null | undefined = id; at !== null && at !== undefined && !seen.has(at); at = state.parentOf.get(at)) {
    seen.add(at);
    const status = state.statusOf.get(at);
    if (status !== undefined && statuses.has(status)) return at;
  }
  return null;
}

/** The key an event's transaction is known by: its `transactionId` when events carry one, else its action, actor and instant. */
function transactionKey(event: AuditEvent): string {
  const id = (event as { readonly transactionId?: unknown }).transactionId;
  return typeof id === 'string' ? `tx:${id}` : `${event.action}|${event.actorId}|${event.at}`;
}

/**
 * Walks the feed one transaction at a time (consecutive events of one transaction), calling
 * `visit` for each event with the tree as it stood before that transaction committed, then
 * applying the transaction's events.
 */
function walkFeed(feed: readonly AuditEvent[], visit: (event: AuditEvent, state: TreeState) => void): void {
  const state: TreeState = { parentOf: new Map(), statusOf: new Map(), statusSetBy: new Map(), ownerOf: new Map() };
  const apply = (event: AuditEvent) => {
    const key = `${event.entity}/${event.recordId}`;
    const field = ownerField(event.entity);
    if (event.operation === 'remove') state.ownerOf.delete(key);
    else if (field in event.changes) state.ownerOf.set(key, (event.changes[field]!.after as string | null) ?? null);
    else if (event.operation === 'insert') state.ownerOf.set(key, null);
    if (event.entity !== 'customers') return;
    const parent = event.changes['parentId'];
    if (parent) state.parentOf.set(event.recordId, (parent.after as string | null) ?? null);
    else if (event.operation === 'insert') state.parentOf.set(event.recordId, null);
    const status = event.changes['status'];
    if (status) {
      state.statusOf.set(event.recordId, status.after as string);
      state.statusSetBy.set(event.recordId, event);
    }
  };
  for (let start = 0; start < feed.length; ) {
    const key = transactionKey(feed[start]!);
    let end = start + 1;
    while (end < feed.length && transactionKey(feed[end]!) === key) end += 1;
    for (let i = start; i < end; i++) visit(feed[i]!, state);
    for (let i = start; i < end; i++) apply(feed[i]!);
    start = end;
  }
}

/**
 * Which event set the status that blocks an event, and when the event's action began relative to
 * it: an action that began before that one read the record before its status changed (a race);
 * one that began well after it read the blocking status and went on anyway.
 */
function since(setBy: AuditEvent | undefined, event: AuditEvent): string {
  if (!setBy) return 'since the feed began';
  const ms = Date.parse(event.at) - Date.parse(setBy.at);
  return `set by event ${setBy.id} ${setBy.action}; this action began ${Math.abs(ms)} ms ${ms < 0 ? 'before' : 'after'} that one`;
}

const deleted = new Set(['X']);
const noOrders = new Set(['H', 'X']);

/**
 * Nothing is owned by a deleted record that it did not own when it was deleted: no event inserts
 * a record owned by a customer (`customerId`, or `parentId` for a department) that was `X` when
 * the event's transaction committed — or, for a new order or assignment, whose effective status
 * was `X` (it or an ancestor: a deletion above applies below to orders and assignments) — and no
 * event changes such a record, nor a deleted customer record itself, except the events of
 * {@link correctiveActions}. A record moved to
 * another owner (a move, a merge) is judged by its new owner, whatever the action: moving a
 * record onto a deleted record is never a clean-up, moving it off one always is. Removals and
 * history entries (status changes, moves) are not work.
 * @param data - the feed
 * @returns the outcome; the breakdown counts by action and by whether the record itself or an ancestor was deleted
 */
export function noWorkUnderDeleted(data: Pick<SoakData, 'feed'>): InvariantResult {
  const findings = new Findings();
  walkFeed(data.feed, (event, state) => {
    if (event.operation === 'remove' || historyEntities.has(event.entity) || event.entity === 'branches' || event.entity === 'hotlists' || event.entity === 'reps') return;
    const field = ownerField(event.entity);
    const moved = event.changes[field];
    let owner: string | null;
    if (event.operation === 'insert') {
      owner = (moved?.after as string | null | undefined) ?? null;
      if (correctiveActions.has(event.action)) return;
    } else if (moved) {
      owner = (moved.after as string | null) ?? null;
    } else {
      // A change of a customer record in place is judged by the record itself (a live department
      // under a deleted parent is a record of its own); a change of anything else by its owner.
      owner = event.entity === 'customers' ? event.recordId : (state.ownerOf.get(`${event.entity}/${event.recordId}`) ?? null);
      if (correctiveActions.has(event.action)) return;
    }
    if (owner === null) return;
    const effective = event.operation === 'insert' && (event.entity === 'orders' || event.entity === 'assignments');
    const blocking = effective ? blockingOnPath(state, owner, deleted) : deleted.has(state.statusOf.get(owner) ?? '') ? owner : null;
    if (blocking === null) return;
    const whose = blocking === owner ? `customer ${owner} was X` : `customer ${owner}'s ancestor ${blocking} was X`;
    const verb = event.operation === 'insert' ? 'inserted' : moved ? `moved (${field} ${short(moved.before)} -> ${short(moved.after)})` : 'changed';
    findings.add(
      `event ${event.id} ${event.action} ${verb} ${event.entity}/${event.recordId}, but ${whose} (${since(state.statusSetBy.get(blocking), event)})`,
      `${event.action} (${blocking === owner ? 'owner X' : 'ancestor X'})`,
    );
  });
  return findings.result('noWorkUnderDeleted', 'no record is added to, changed on or moved onto a record that is effectively X (corrective actions aside)');
}

/**
 * No order is opened under a hold: no `orders` insert whose customer was effectively `H` or `X`
 * (it or an ancestor) when the event's transaction committed.
 * @param data - the feed
 * @returns the outcome
 */
export function noOrderUnderHold(data: Pick<SoakData, 'feed'>): InvariantResult {
  const findings = new Findings();
  walkFeed(data.feed, (event, state) => {
    if (event.entity !== 'orders' || event.operation !== 'insert') return;
    const owner = (event.changes['customerId']?.after as string | null | undefined) ?? null;
    if (owner === null) return;
    const blocking = blockingOnPath(state, owner, noOrders);
    if (blocking === null) return;
    const status = state.statusOf.get(blocking)!;
    findings.add(
      `event ${event.id} ${event.action} inserted orders/${event.recordId} for customer ${owner}, but ${blocking === owner ? 'it' : `its ancestor ${blocking}`} was ${status} (${since(state.statusSetBy.get(blocking), event)})`,
      `${event.action} (${blocking === owner ? 'owner' : 'ancestor'} ${status})`,
    );
  });
  return findings.result('noOrderUnderHold', 'no order inserted while its customer was effectively H or X');
}

/**
 * No employee is active twice on one order: at most one active assignment per (order, employee).
 * @param rows - the stored rows (`assignments`)
 * @returns the outcome
 */
export function oneActiveAssignmentPerEmployeePerOrder(rows: SoakData['rows']): InvariantResult {
  const findings = new Findings();
  const active = new Map<string, string[]>();
  for (const assignment of rows['assignments'] ?? []) {
    if (assignment['state'] !== 'active') continue;
    const key = `order ${String(assignment['orderId'])}, employee ${String(assignment['employeeId'])}`;
    const list = active.get(key) ?? [];
    list.push(assignment.id);
    active.set(key, list);
  }
  for (const [key, ids] of active) if (ids.length > 1) findings.add(`${key}: ${ids.length} active assignments (${ids.join(', ')})`);
  return findings.result('oneActiveAssignmentPerEmployeePerOrder', 'at most one active assignment per employee and order');
}

/**
 * Only deleted records name a record they duplicate: `duplicateOfId` is `null` unless the status is `X`.
 * @param rows - the stored rows (`customers`)
 * @returns the outcome
 */
export function duplicateOnlyWhenDeleted(rows: SoakData['rows']): InvariantResult {
  const findings = new Findings();
  for (const customer of rows['customers'] ?? []) {
    const duplicateOf = customer['duplicateOfId'] as string | null | undefined;
    if (duplicateOf !== null && duplicateOf !== undefined && customer['status'] !== 'X') {
      findings.add(`customers/${customer.id} is ${String(customer['status'])} but names duplicateOfId ${duplicateOf}`, `status ${String(customer['status'])}`);
    }
  }
  return findings.result('duplicateOnlyWhenDeleted', 'duplicateOfId is set only on X records');
}

/**
 * Runs every invariant.
 * @param data - the feed, the tailed ids and the stored rows
 * @returns the outcomes, in report order
 */
export function checkInvariants(data: SoakData): InvariantResult[] {
  return [
    feedOnceInOrder(data),
    replayEqualsRows(data),
    treesSound(data.rows),
    oneDefaultWorksite(data.rows),
    noWorkUnderDeleted(data),
    noOrderUnderHold(data),
    oneActiveAssignmentPerEmployeePerOrder(data.rows),
    duplicateOnlyWhenDeleted(data.rows),
  ];
}
