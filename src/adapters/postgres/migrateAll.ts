/**
 * Brings many schemas of one PostgreSQL database up to date: a host serving many agencies keeps
 * one schema per agency, migrates them all at start-up or from a deploy step, and binds one
 * `postgresStore({ client, schema })` to each, every store on the same pool.
 *
 * @module
 */
import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { PostgresClient } from './PostgresClient.js';
import { migrate, type MigrateResult } from './migrate.js';
import { checkSchema } from './_internal/tables.js';

/**
 * Brings each schema of a list up to date, one after another, and reports each: {@link migrate}
 * for every schema, each schema in its own transaction under its own advisory lock.
 *
 * Every name is checked before anything runs: a malformed or repeated name is refused with
 * `VALIDATION` and no schema is touched. A schema that fails does not stop the others: each is
 * migrated or left as it was (its transaction rolled back), and once every schema has been tried,
 * a failure throws `STORE` whose `details.migrated` lists the schemas migrated (with the versions
 * applied to each) and `details.failed` the schemas left as they were (with their errors); its
 * `cause` is the first failure's error. Running it again after fixing the cause applies what is
 * left and nothing twice.
 *
 * The schemas are migrated one at a time, so a pool lends it one connection at a time and the
 * app's own transactions are not starved at start-up. A schema already current costs two short
 * queries and takes no lock.
 *
 * @param client - a `pg` Pool or Client, or a PGlite instance
 * @param schemas - the schemas to migrate (each created when missing), in the order to migrate them
 * @returns one result per schema, in the order given: the versions applied and the version now
 * @throws StaffcoreError `VALIDATION` for a client that is not one, a list that is not one, or a
 *   malformed or repeated schema name (`details.path` is `['schemas', index]`), before anything runs;
 *   `STORE` when one or more schemas failed to migrate (`details.migrated`, `details.failed`)
 * @example
 * ```ts
 * import pg from 'pg';
 * import { migrateAll, postgresStore } from 'staffcore/adapters/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const agencies = ['agency_northstar', 'agency_harbor'];
 * const results = await migrateAll(pool, agencies);
 * results.map((r) => `${r.schema}: ${r.applied.length} applied, at ${r.version}`);
 * //=> ['agency_northstar: 12 applied, at 12', 'agency_harbor: 0 applied, at 12']
 * const stores = new Map(agencies.map((schema) => [schema, postgresStore({ client: pool, schema })]));
 * ```
 */
export async function migrateAll(client: PostgresClient, schemas: readonly string[]): Promise<readonly MigrateResult[]> {
  if (typeof (client as { query?: unknown } | null)?.query !== 'function') {
    throw fieldError('migrateAll arguments', ['client'], messages.notAPostgresClient);
  }
  if (!Array.isArray(schemas)) throw fieldError('migrateAll arguments', ['schemas'], messages.expected('a list of schema names'));
  const seen = new Set<string>();
  schemas.forEach((schema: unknown, index) => {
    const name = checkSchema(schema, 'migrateAll arguments', ['schemas', index]);
    if (seen.has(name)) throw fieldError('migrateAll arguments', ['schemas', index], messages.schemaRepeated(name));
    seen.add(name);
  });
  const migrated: MigrateResult[] = [];
  const failed: { readonly schema: string; readonly error: StaffcoreError }[] = [];
  for (const schema of schemas) {
    try {
      migrated.push(await migrate(client, { schema }));
    } catch (error) {
      failed.push({ schema, error: error instanceof StaffcoreError ? error : new StaffcoreError('STORE', String(error), { cause: error }) });
    }
  }
  if (failed.length > 0) {
    throw new StaffcoreError('STORE', messages.schemasNotMigrated(failed.map((f) => f.schema), migrated.length), {
      details: { migrated, failed },
      cause: failed[0]!.error,
    });
  }
  return migrated;
}
