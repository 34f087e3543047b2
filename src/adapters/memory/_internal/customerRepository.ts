import { fieldError } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import type { Customer } from '../../../model/index.js';
import { decodeCursor } from '../../port/cursor.js';
import { checkLimit, checkSearch } from '../../_internal/queryChecks.js';
import { checkId, checkRecord } from '../../_internal/recordChecks.js';
import { compareCodePoints, sortKey } from '../../port/sortKey.js';
import { atIndex, missingParent } from '../../_internal/storeErrors.js';
import { checkParentChange } from '../../_internal/treeGuards.js';
import type { CustomerRepository, CustomerSearch, Page, SimilarName } from '../../port/Repository.js';
import { checkSimilarNameQuery } from '../../_internal/queryChecks.js';
import { bestFirst, nameWindow, nameWindowReach, similarityTo } from '../../_internal/nameWindows.js';
import type { CustomValues } from '../../../model/customValues.js';
import { meetsCustomConditions } from '../../_internal/customConditions.js';
import { valueOf, type Row } from './Table.js';
import { keyOf, page, queryPage } from './page.js';
import { repository } from './repository.js';
import type { Session } from './Session.js';

/**
 * The most row numbers a `similarNames` search reads from the postings of the trigram index, on
 * top of the names of its windows: its cost stays flat however large the book, and its answer is
 * the exact top unless every trigram that tells the name apart is common in the book.
 */
export const similarNamesReadBudget = 1_000;

/** The customer repository inside the transaction `session`: the generic one plus the customer tree and search. */
export function customerRepository(session: Session): CustomerRepository {
  const base = repository('customers', session);
  const read = (id: string) => session.read('customers', id) as Customer | null;
  const children = (id: string) =>
    (session.select('customers', [['parentId', [id]]]) as unknown as Customer[]).sort((a, b) =>
      compareCodePoints(`${a.id}/`, `${b.id}/`),
    );
  const { remove: _remove, ...rest } = base;
  return {
    ...rest,
    async insert(draft) {
      const parentId = (draft as { parentId?: unknown } | null)?.parentId;
      if (typeof parentId === 'string' && !read(parentId)) throw missingParent(parentId);
      return base.insert(draft);
    },
    async insertMany(drafts) {
      for (const [index, draft] of (Array.isArray(drafts) ? drafts : []).entries()) {
        const parentId = (draft as { parentId?: unknown } | null)?.parentId;
        if (typeof parentId === 'string' && !read(parentId)) throw atIndex(missingParent(parentId), index);
      }
      return base.insertMany(drafts);
    },
    async update(record) {
      const next = checkRecord('customers', record);
      const current = read(next.id);
      if (current && current.version === next.version && current.parentId !== next.parentId) {
        checkParentChange(next.id, next.parentId, (id) => {
          const node = read(id);
          return node ? node.parentId : undefined;
        });
      }
      return base.update(next);
    },
    async updateMany(records) {
      // Moves are checked one after another against the tree as the earlier records of the batch
      // leave it, all before anything is written.
      const moved = new Map<string, string | null>();
      const parentOf = (id: string) => {
        if (moved.has(id)) return moved.get(id)!;
        const node = read(id);
        return node ? node.parentId : undefined;
      };
      for (const [index, record] of (Array.isArray(records) ? records : []).entries()) {
        let next: Customer;
        try {
          next = checkRecord('customers', record);
        } catch (error) {
          throw atIndex(error, index);
        }
        const current = read(next.id);
        if (!current || current.version !== next.version || parentOf(next.id) === next.parentId) continue;
        checkParentChange(next.id, next.parentId, parentOf);
        moved.set(next.id, next.parentId);
      }
      return base.updateMany(records);
    },
    // Transactions run one at a time here: holding a tree needs nothing more.
    async lockTrees() {},
    async similarNames(input) {
      const query = checkSimilarNameQuery(input);
      const branches = query.branchIds ? new Set(query.branchIds) : null;
      // The index holds committed rows only: the rows this transaction wrote are compared one by one.
      const written = session.writes.get('customers');
      const { found: indexed } = session.table('customers').trigrams!.nearest(query.nameKey, {
        threshold: query.threshold,
        limit: query.limit,
        // a committed row the transaction did not write exists: only its branch needs reading
        accept: branches ? (id) => branches.has(read(id)!.branchId) : () => true,
        skip: written?.keys() ?? [],
        budget: similarNamesReadBudget,
        window: { size: nameWindow, reach: nameWindowReach },
      });
      const found: SimilarName[] = indexed.map(({ id, similarity }) => ({ customer: read(id)!, similarity }));
      const similarity = similarityTo(query.nameKey);
      for (const id of written?.keys() ?? []) {
        const row = session.read('customers', id);
        const key = row ? valueOf('customers', row, 'nameKey') : null;
        const customer = row as Customer | null;
        if (key === null || !customer || (branches && !branches.has(customer.branchId))) continue;
        const score = similarity(key);
        if (score >= query.threshold) found.push({ customer, similarity: score });
      }
      return found.sort(bestFirst).slice(0, query.limit);
    },
    async subtree(id) {
      const root = read(checkId('customers', id));
      if (!root) return [];
      // an explicit stack, not recursion: a chain thousands of levels deep must not overflow the call stack
      const out: Customer[] = [];
      const stack: Customer[] = [root];
      for (let node = stack.pop(); node; node = stack.pop()) {
        out.push(node);
        const kids = children(node.id);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      }
      return out;
    },
    async ancestors(id) {
      const out: Customer[] = [];
      let node = read(checkId('customers', id));
      while (node?.parentId) {
        node = read(node.parentId);
        if (node) out.push(node);
      }
      return out;
    },
    async search(input: CustomerSearch) {
      const search = checkSearch(input);
      const where: [string, (string | null)[]][] = [];
      if (search.rootsOnly) where.push(['parentId', [null]]);
      if (search.statuses) where.push(['status', [...search.statuses]]);
      if (search.branchIds) where.push(['branchId', [...search.branchIds]]);
      const orderBy = search.orderBy ?? 'name';
      if (orderBy !== 'name' && orderBy !== 'id') {
        throw fieldError('search', ['orderBy'], messages.oneOf(['name', 'id']));
      }
      const text = search.text === undefined ? '' : sortKey(search.text.trim());
      const custom = search.custom ?? [];
      const query = { where, orderBy, descending: false, limit: checkLimit(search.limit), after: decodeCursor(search.after) };
      const named = text === '' ? undefined : (row: Row) => keyOf(row, 'name').includes(text);
      if (custom.length === 0) return queryPage(session, 'customers', query, named) as unknown as Page<Customer>;
      const also = (row: Row) => meetsCustomConditions(row['custom'] as CustomValues | undefined, custom) && (!named || named(row));
      const found = session.table('customers').custom?.candidates(session, custom, () => session.estimate('customers', where), query.limit) ?? null;
      if (!found) return queryPage(session, 'customers', query, also) as unknown as Page<Customer>;
      const rows: Row[] = [];
      for (const id of found) {
        const row = session.read('customers', id);
        if (row && session.matches('customers', row, where) && also(row)) rows.push(row);
      }
      return page(rows, query) as unknown as Page<Customer>;
    },
  };
}
