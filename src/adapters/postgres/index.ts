export { postgresStore } from './postgresStore.js';
export type { PostgresStore, PostgresStoreOptions } from './postgresStore.js';
export { migrate } from './migrate.js';
export type { MigrateOptions, MigrateResult } from './migrate.js';
export type { PostgresClient, PostgresPool, PostgresPoolConnection, PostgresQueryable, PostgresQueryResult } from './PostgresClient.js';
