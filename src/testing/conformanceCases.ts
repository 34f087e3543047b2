import { auditCases } from './cases/audit.js';
import { badInputCases } from './cases/badInput.js';
import { batchCases } from './cases/batch.js';
import { concurrencyCases } from './cases/concurrency.js';
import { crudCases } from './cases/crud.js';
import { customValueCases } from './cases/customValues.js';
import { financialsCases } from './cases/financials.js';
import { scaleCases } from './cases/scale.js';
import { searchCases } from './cases/search.js';
import { transactionCases } from './cases/transactions.js';
import { treeCases } from './cases/tree.js';
import type { ConformanceCase } from './ConformanceCase.js';

const cases = [
  ...crudCases,
  ...transactionCases,
  ...concurrencyCases,
  ...treeCases,
  ...searchCases,
  ...customValueCases,
  ...batchCases,
  ...badInputCases,
  ...auditCases,
  ...scaleCases,
  ...financialsCases,
] as const;

/** The id of a conformance case, e.g. `insert-get` or `tx-rollback-all-repos`; the keys of `skip`. */
export type ConformanceCaseId =
  | 'insert-get'
  | 'insert-full-record'
  | 'ids-distinct'
  | 'get-many'
  | 'insert-many'
  | 'update-version'
  | 'find-count'
  | 'remove'
  | 'records-detached'
  | 'tx-commit-all-repos'
  | 'tx-rollback-all-repos'
  | 'tx-rollback-on-store-error'
  | 'tx-reads-own-writes'
  | 'tx-continues-after-caught-error'
  | 'tx-concurrent-updates'
  | 'tx-read-only'
  | 'update-stale-conflict'
  | 'remove-stale-conflict'
  | 'missing-not-found'
  | 'tree-subtree-ancestors'
  | 'tree-move-subtree'
  | 'tree-move-cycle'
  | 'tree-promote-root'
  | 'tree-move-missing-parent'
  | 'tree-move-rollback'
  | 'tree-insert-parent'
  | 'tree-scope-queries'
  | 'tree-deep-chain'
  | 'search-text'
  | 'search-text-literal'
  | 'search-filters'
  | 'search-order'
  | 'search-paging'
  | 'find-order-paging'
  | 'paging-keyset'
  | 'find-where-lists'
  | 'query-bad-paging'
  | 'custom-values-round-trip'
  | 'custom-search-equality'
  | 'custom-search-ranges'
  | 'custom-search-bad'
  | 'insert-many-10k'
  | 'insert-many-atomic'
  | 'bad-record'
  | 'bad-id'
  | 'bad-where'
  | 'bad-search'
  | 'bad-version'
  | 'audit-append-since'
  | 'audit-transaction-id'
  | 'audit-next-cursor'
  | 'audit-since-paging'
  | 'audit-for-record'
  | 'audit-rollback'
  | 'audit-reads-committed-only'
  | 'audit-bad-query'
  | 'audit-bad-event'
  | 'audit-tailing-reader'
  | 'audit-commit-order'
  | 'duplicate-keys-indexed'
  | 'similar-names'
  | 'similar-names-bounded'
  | 'update-many'
  | 'update-many-moves'
  | 'hierarchy-version'
  | 'financials-line-totals'
  | 'financials-receivables'
  | 'financials-receivables-as-of'
  | 'financials-own-writes'
  | 'moves-by-from-parent'
  | 'financials-subtree'
  | 'lock-trees-serializes-rules';

// The list above and the cases' own ids must agree, both ways.
type CaseIds = (typeof cases)[number]['id'];
const idsAgree: [CaseIds] extends [ConformanceCaseId] ? ([ConformanceCaseId] extends [CaseIds] ? true : false) : false = true;
void idsAgree;

/**
 * Every case of the store conformance suite, in the order they run: repository methods of every
 * entity, transactions, optimistic concurrency, the customer tree, search and paging, bulk
 * inserts, custom values and searches by them, bad input, the audit log and change feed, and what keeps actions flat at scale
 * (derived duplicate keys, similar names, bulk updates, the hierarchy's version). `runStoreConformance` registers them all; a host can also run one by hand.
 *
 * @example
 * ```ts
 * conformanceCases.map((c) => c.id) //=> ['insert-get', 'insert-full-record', …]
 * ```
 */
export const conformanceCases: readonly ConformanceCase<ConformanceCaseId>[] = cases;
