export { entities, entityNames } from './entities.js';
export type { EntityDefinition, EntityName, IndexedField, RecordOf, SortField } from './entities.js';
export type {
  AuditLog,
  AuditTrailQuery,
  ChangeFeedPage,
  ChangeFeedQuery,
  CustomerRepository,
  CustomerSearch,
  Draft,
  Page,
  Query,
  Repositories,
  Repository,
  Store,
  Where,
  WhereValue,
} from './Repository.js';
