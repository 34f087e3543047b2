/**
 * What a store author needs: the repository port every store implements (`Store`,
 * `Repositories`, `Repository`, `AuditLog`, …) and the entity registry the bundled stores derive
 * their tables from. A host that only uses a bundled store does not need this module.
 *
 * ```ts
 * import type { Store, Repositories } from 'staffcore/store';
 * import { entities } from 'staffcore/store';
 * ```
 *
 * @module staffcore/store
 */
export { entities, entityNames, isAudited } from './entities.js';
export type { DerivedKeys, EntityDefinition, EntityName, IndexedField, RecordOf, SortField } from './entities.js';
export type {
  AuditLog,
  AuditTrailQuery,
  BranchRepository,
  ChangeFeedPage,
  ChangeFeedQuery,
  CustomerRepository,
  CustomerSearch,
  Draft,
  Page,
  Query,
  Repositories,
  Repository,
  SimilarName,
  SimilarNameQuery,
  Store,
  TransactionOptions,
  Where,
  WhereValue,
} from './Repository.js';
export type { CustomCondition } from '../../rules/customFields.js';
export type { FinancialMember, FinancialSubtree, Financials, LineTotals, LineTotalsQuery, ReceivableTotals, ReceivablesQuery } from './Financials.js';
