import { StaffcoreError, fieldError } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import type { Customer } from '../../../model/index.js';
import { checkParentChange } from '../../_internal/treeGuards.js';
import { decodeCursor } from '../../port/cursor.js';
import { checkLimit, checkSearch } from '../../_internal/queryChecks.js';
import { checkDraft, checkId, checkRecord } from '../../_internal/recordChecks.js';
import { compareCodePoints, sortKey } from '../../port/sortKey.js';
import { bestFirst, nameWindow, nameWindowReach, similarityTo } from '../../_internal/nameWindows.js';
import { atIndex, conflict, missingParent, notFound } from '../../_internal/storeErrors.js';
import type { CustomerRepository, CustomerSearch, Draft, Page, SimilarName } from '../../port/Repository.js';
import { insertBatch, postgresRepository, updateBatch } from './repository.js';
import { checkSimilarNameQuery } from '../../_internal/queryChecks.js';
import { customConditionSql } from './customConditionSql.js';
import { arrayLiteral, containsPattern, prefixUpperBound } from './sqlText.js';
import { checkQueryText } from '../../_internal/storable.js';
import { whereSql, type StoredRecord, type TableAccess } from './tableAccess.js';
import { pathIndexLength, type TableDefinition } from './tables.js';

/** The ids on a materialized path, root first: `/1/5/9/` → `['1', '5', '9']`. */
const idsOnPath = (path: string) => path.slice(1, -1).split('/');

/**
 * The condition "`column` lies in the subtree whose root's path is `lo`" (`hi` its upper bound):
 * a range on the indexed path prefix, which is exact when `lo` is shorter than the prefix (any
 * realistic tree); for a deeper root, the whole path is compared as well.
 * @param short - whether `lo` is known to be shorter than the indexed prefix; unknown (SQL
 *   expressions) checks it in the statement
 */
function inSubtree(lo: string, hi: string, column: string, short?: boolean): string {
  const n = pathIndexLength;
  const prefix = `left(${column}, ${n}) >= left(${lo}, ${n}) AND left(${column}, ${n}) <= left(${hi}, ${n})`;
  const whole = `${column} >= ${lo} AND ${column} < ${hi}`;
  if (short === true) return prefix;
  if (short === false) return `${prefix} AND ${whole}`;
  return `${prefix} AND (length(${lo}) < ${n} OR (${whole}))`;
}

/** What locking needs of a customer row: its tree's root (not its path, which can be long). */
interface TreeRow {
  readonly id: string;
  readonly root: string;
}

/**
 * Locks the trees holding the records `ids` (their root records: `FOR KEY SHARE` to add under them,
 * `FOR UPDATE` to move within or between them) and returns which of the records exist.
 *
 * A path changes only when a record above it moves, and every move holds its trees' roots
 * `FOR UPDATE`; so once a record's root is locked its path stays put, and an insert or a move
 * waits for (or is waited for by) any move in the same tree. Locking one row per tree keeps a
 * write's cost independent of depth. A record may change trees between the read and the lock;
 * then its new root is locked too, until the two agree.
 */
async function lockTrees(access: TableAccess, ids: readonly string[], mode: 'KEY SHARE' | 'UPDATE', operation: string): Promise<Map<string, TreeRow>> {
  const t = access.t;
  const wanted = arrayLiteral([...new Set(ids)]);
  const lockRoots = async (sql: string, param: string) =>
    (await access.connection.query<{ id: string }>(access.op(operation), `${sql} ORDER BY r.id FOR ${mode}`, [param])).map((row) => row.id);
  const locked = new Set(
    await lockRoots(
      `SELECT r.id FROM ${t.name} r WHERE r.id = ANY(ARRAY(SELECT split_part(p.path, '/', 2) FROM ${t.name} p WHERE p.id = ANY($1::text[])))`,
      wanted,
    ),
  );
  for (let round = 0; ; round++) {
    const rows = await access.connection.query<TreeRow>(
      access.op(operation),
      `SELECT id, split_part(path, '/', 2) AS root FROM ${t.name} WHERE id = ANY($1::text[])`,
      [wanted],
    );
    const unlocked = [...new Set(rows.map((row) => row.root))].filter((root) => !locked.has(root));
    if (unlocked.length === 0) return new Map(rows.map((row) => [row.id, row]));
    if (round >= 100) {
      throw new StaffcoreError('STORE', messages.treeKeptChanging(access.op(operation)), { details: { operation: access.op(operation) } });
    }
    for (const root of await lockRoots(`SELECT r.id FROM ${t.name} r WHERE r.id = ANY($1::text[])`, arrayLiteral(unlocked))) locked.add(root);
  }
}

/**
 * Checks that the parents of some customer drafts exist, and locks their trees for the insert.
 * As in the memory store, a parent must exist before the batch: one saved by an earlier part of the
 * same batch (`batchIds`) does not count.
 */
async function prepareParents(
  access: TableAccess,
  drafts: readonly Draft<Customer>[],
  offset: number,
  batchIds: ReadonlySet<string>,
  operation: string,
): Promise<void> {
  const parentIds = drafts.flatMap((draft) => (draft.parentId === null ? [] : [draft.parentId]));
  if (parentIds.length === 0) return;
  const parents = await lockTrees(access, parentIds, 'KEY SHARE', operation);
  drafts.forEach((draft, index) => {
    if (draft.parentId !== null && (!parents.has(draft.parentId) || batchIds.has(draft.parentId))) {
      throw atIndex(missingParent(draft.parentId), offset + index);
    }
  });
}

/**
 * Moves a customer: `next` carries a `parentId` other than the stored one (at the version it was
 * read). Locks both trees, then the record; checks the move keeps the tree a tree; rewrites the
 * subtree's paths in one statement; saves the record. Nothing is written before every check passed.
 */
async function move(access: TableAccess, next: StoredRecord & Customer): Promise<Customer> {
  const t = access.t;
  const ids = next.parentId === null ? [next.id] : [next.id, next.parentId];
  await lockTrees(access, ids, 'UPDATE', 'update');
  const [current] = await access.connection.query<{ version: number; parent_id: string | null; path: string }>(
    access.op('update'),
    `SELECT version, parent_id, path FROM ${t.name} WHERE id = $1 FOR UPDATE`,
    [next.id],
  );
  if (!current) throw notFound('customers', next.id);
  if (current.version !== next.version) throw conflict('customers', next.id);
  if (current.parent_id !== next.parentId) {
    const [parent] =
      next.parentId === null
        ? [{ path: '/' }]
        : await access.connection.query<{ path: string }>(access.op('update'), `SELECT path FROM ${t.name} WHERE id = $1`, [next.parentId]);
    const parentPath = parent?.path;
    // The new parent's ancestry, from its path: each id on it mapped to the one before (its parent).
    const parentOf = new Map<string, string | null>();
    if (next.parentId !== null && parentPath !== undefined) idsOnPath(parentPath).forEach((id, i, chain) => parentOf.set(id, i === 0 ? null : chain[i - 1]!));
    checkParentChange(next.id, next.parentId, (id) => parentOf.get(id));
    await access.connection.query(
      access.op('update'),
      `UPDATE ${t.name} SET path = $1 || substr(path, $2::int + 1) WHERE ${inSubtree('$3', '$4', 'path', current.path.length < pathIndexLength)}`,
      [`${parentPath}${next.id}/`, current.path.length, current.path, prefixUpperBound(current.path)],
    );
  }
  const saved = await access.update(next, 'update');
  if (!saved) throw conflict('customers', next.id);
  return saved as unknown as Customer;
}

/**
 * Orders a subtree as the memory store does: depth first from its root, children in the code-point
 * order of `id + '/'` (which is also the order of their paths). Ids are ASCII, so comparing with `<`
 * is comparing code points.
 */
function depthFirst(rootId: string, records: readonly Customer[]): Customer[] {
  const children = new Map<string | null, { key: string; record: Customer }[]>();
  let root: Customer | undefined;
  for (const record of records) {
    if (record.id === rootId) root = record;
    const entry = { key: `${record.id}/`, record };
    const siblings = children.get(record.parentId);
    if (siblings) siblings.push(entry);
    else children.set(record.parentId, [entry]);
  }
  if (!root) return [];
  const out: Customer[] = [];
  const stack: Customer[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    const kids = children.get(node.id);
    if (kids) {
      kids.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!.record);
    }
  }
  return out;
}

function nameKeyColumn(t: TableDefinition): string {
  const column = t.sortable.find((c) => c.field === 'name')?.column;
  if (column === undefined) throw new Error('staffcore: customers have no name sort key');
  return column;
}

/** The customer repository inside one transaction: the generic one, plus the tree and search. */
export function postgresCustomerRepository(access: TableAccess): CustomerRepository {
  const { remove: _remove, ...base } = postgresRepository<'customers'>(access);
  const t = access.t;
  const update = async (next: StoredRecord & Customer): Promise<Customer> => {
    // Most updates keep the parent: one statement. Otherwise find out why it matched nothing.
    const saved = await access.update(next, 'update', true);
    if (saved) return saved as unknown as Customer;
    const [current] = await access.connection.query<{ version: number }>(access.op('update'), `SELECT version FROM ${t.name} WHERE id = $1`, [next.id]);
    if (!current) throw notFound('customers', next.id);
    if (current.version !== next.version) throw conflict('customers', next.id);
    return move(access, next);
  };
  const select = async (operation: string, sql: string, params: unknown[]) =>
    (await access.connection.query<{ data: Customer }>(access.op(operation), sql, params)).map((row) => row.data);
  return {
    ...base,
    async insert(draft) {
      const parsed = checkDraft('customers', draft);
      if (parsed.parentId !== null && !(await lockTrees(access, [parsed.parentId], 'KEY SHARE', 'insert')).has(parsed.parentId)) {
        throw missingParent(parsed.parentId);
      }
      return (await access.insertOne(parsed, 'insert')) as unknown as Customer;
    },
    async insertMany(drafts) {
      return insertBatch<'customers'>(access, drafts, 'insertMany', (part, offset, batchIds) => prepareParents(access, part, offset, batchIds, 'insertMany'));
    },
    async update(record) {
      return update(checkRecord('customers', record) as unknown as StoredRecord & Customer);
    },
    async updateMany(records) {
      // Records keeping their parents go in bulk; a part with a move is saved one by one.
      return updateBatch<'customers'>(access, records, 'updateMany', (record) => update(record as StoredRecord & Customer));
    },
    async lockTrees(ids) {
      // Read-only work runs without a transaction: a lock would end with its statement.
      if (!access.connection.transactional || !Array.isArray(ids) || ids.length === 0) return;
      await lockTrees(access, ids.map((id) => checkId('customers', id)), 'UPDATE', 'lockTrees');
    },
    async similarNames(input) {
      const query = checkSimilarNameQuery(input);
      const column = t.similar?.column;
      const branch = t.indexed.find(({ field }) => field === 'branchId')?.column;
      if (column === undefined || branch === undefined) throw new Error('staffcore: customers have no similar-name key or branch column');
      const params: unknown[] = [query.nameKey];
      const inBranches = query.branchIds ? `WHERE ${whereSql(t, [['branchId', [...query.branchIds]]], params).join(' AND ')}` : '';
      // Each window: the `nameWindowReach` names nearest the one searched for on one side of it, in
      // one of the two orders (each read from its own index), and of those the first `nameWindow`
      // in the branches asked.
      const window = (condition: string, order: string) =>
        `(SELECT id, key FROM (SELECT id, ${column} AS key, ${branch} FROM ${t.name} WHERE ${condition} ` +
        `ORDER BY ${order} LIMIT ${nameWindowReach}) w ${inBranches} LIMIT ${nameWindow})`;
      const backwards = `reverse(${column})`;
      const candidates = await access.connection.query<{ id: string; key: string }>(
        access.op('similarNames'),
        [
          window(`${column} >= $1`, `${column}, id`),
          window(`${column} < $1`, `${column} DESC, id DESC`),
          window(`${backwards} >= reverse($1::text)`, `${backwards}, id`),
          window(`${backwards} < reverse($1::text)`, `${backwards} DESC, id DESC`),
        ].join(' UNION '),
        params,
      );
      const similarity = similarityTo(query.nameKey);
      const best = candidates
        .map((row) => ({ id: row.id, similarity: similarity(row.key) }))
        .filter((row) => row.similarity >= query.threshold)
        .sort((a, b) => b.similarity - a.similarity || compareCodePoints(a.id, b.id))
        .slice(0, query.limit);
      if (best.length === 0) return [];
      // The records themselves, with their names as they are now: outside a transaction a name may
      // have changed since the first statement, so each is compared again.
      const rows = await access.connection.query<{ data: Customer; key: string | null }>(
        access.op('similarNames'),
        `SELECT data, ${column} AS key FROM ${t.name} WHERE id = ANY($1::text[])`,
        [arrayLiteral(best.map((row) => row.id))],
      );
      return rows
        .map((row): SimilarName => ({ customer: row.data, similarity: row.key === null ? 0 : similarity(row.key) }))
        .filter((row) => row.similarity >= query.threshold)
        .sort(bestFirst);
    },
    async subtree(id) {
      const key = checkId('customers', id);
      const records = await select(
        'subtree',
        `WITH r AS MATERIALIZED (SELECT path AS lo, left(path, -1) || '0' AS hi FROM ${t.name} WHERE id = $1) ` +
          `SELECT c.data FROM ${t.name} c, r WHERE ${inSubtree('r.lo', 'r.hi', 'c.path')}`,
        [key],
      );
      return depthFirst(key, records);
    },
    async ancestors(id) {
      const key = checkId('customers', id);
      return select(
        'ancestors',
        `SELECT c.data FROM unnest(string_to_array(btrim((SELECT path FROM ${t.name} WHERE id = $1), '/'), '/')) WITH ORDINALITY AS a(id, n) ` +
          `JOIN ${t.name} c ON c.id = a.id WHERE a.id <> $1 ORDER BY a.n DESC`,
        [key],
      );
    },
    async search(input: CustomerSearch): Promise<Page<Customer>> {
      const search = checkSearch(input);
      const orderBy = search.orderBy ?? 'name';
      if (orderBy !== 'name' && orderBy !== 'id') {
        throw fieldError('search', ['orderBy'], messages.oneOf(['name', 'id']));
      }
      const where: [string, (string | null)[]][] = [];
      if (search.rootsOnly) where.push(['parentId', [null]]);
      if (search.statuses) where.push(['status', [...search.statuses]]);
      if (search.branchIds) where.push(['branchId', [...search.branchIds]]);
      const text = search.text === undefined ? '' : checkQueryText(sortKey(search.text.trim()), ['text']);
      const params: unknown[] = [];
      const conditions = whereSql(t, where, params);
      if (text !== '') {
        params.push(containsPattern(text));
        conditions.push(`${nameKeyColumn(t)} LIKE $${params.length} ESCAPE '\\'`);
      }
      if (search.custom && search.custom.length > 0) conditions.push(...customConditionSql(search.custom, params));
      const query = { where: [], orderBy, descending: false, limit: checkLimit(search.limit), after: decodeCursor(search.after) };
      return (await access.page(query, conditions, params, 'search')) as unknown as Page<Customer>;
    },
  };
}
