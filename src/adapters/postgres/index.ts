/**
 * The PostgreSQL store: staffcore's records in PostgreSQL, on a server through a `pg` Pool or
 * Client, or embedded in the process through PGlite. Neither driver is imported by staffcore;
 * install the one you use (both are optional peer dependencies):
 *
 * ```sh
 * npm install pg                     # a PostgreSQL server
 * npm install @electric-sql/pglite   # or an embedded database, in memory or in a directory
 * ```
 *
 * Create the schema once with {@link migrate}, then hand the client to {@link postgresStore}:
 *
 * ```ts
 * import pg from 'pg';
 * import { createStaffcore } from 'staffcore';
 * import { migrate, postgresStore } from 'staffcore/adapters/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const sc = createStaffcore({ store: postgresStore({ client: pool }), actor });
 * ```
 *
 * A host serving many agencies keeps one schema per agency in one database: {@link migrateAll}
 * brings them all up to date and reports each, and one store per schema shares the pool:
 *
 * ```ts
 * await migrateAll(pool, ['agency_northstar', 'agency_harbor']);
 * const harbor = postgresStore({ client: pool, schema: 'agency_harbor' });
 * ```
 *
 * @module staffcore/adapters/postgres
 */
export { postgresStore } from './postgresStore.js';
export type { PostgresStore, PostgresStoreOptions } from './postgresStore.js';
export { migrate } from './migrate.js';
export { migrateAll } from './migrateAll.js';
export type { MigrateOptions, MigrateResult } from './migrate.js';
export type { PostgresClient, PostgresPool, PostgresPoolConnection, PostgresQueryable, PostgresQueryResult } from './PostgresClient.js';
