import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrate, postgresStore, type PostgresClient } from '../../src/adapters/postgres/index.js';
import { entityNames, type EntityName } from '../../src/adapters/port/index.js';
import type { AuditEvent } from '../../src/model/index.js';
import { runStoreConformance, type StoreHarness } from '../../src/testing/index.js';
import { tier } from '../helpers/stores.js';

const schema = `staffcore_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const table = (entity: EntityName) => `"${schema}"."${entity.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`;

const auditEvents = `"${schema}"."audit_events"`;

/**
 * A harness on a shared client: each store starts from emptied tables, restarted id sequences and
 * an audit feed starting again at position 1.
 */
function harnessOn(client: () => PostgresClient) {
  return async (): Promise<StoreHarness> => {
    const db = client();
    await db.query(`TRUNCATE ${[...entityNames.map(table), auditEvents].join(', ')} RESTART IDENTITY`);
    await db.query(`UPDATE "${schema}"."audit_counter" SET last = 0`);
    return {
      store: postgresStore({ client: db, schema }),
      probe: {
        async read(entity, id) {
          const { rows } = await db.query(`SELECT version, data FROM ${table(entity)} WHERE id = $1`, [id]);
          const row = rows[0] as { version: number; data: Record<string, unknown> } | undefined;
          return row ? { version: row.version, record: row.data } : null;
        },
        async count(entity) {
          const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${table(entity)}`);
          return (rows[0] as { n: number }).n;
        },
        async auditEvents() {
          const { rows } = await db.query(`SELECT data FROM ${auditEvents} ORDER BY position`);
          return (rows as { data: AuditEvent }[]).map((row) => row.data);
        },
      },
    };
  };
}

let lite: PGlite;
beforeAll(async () => {
  // with pg_trgm, as a host wanting near-miss duplicates loads it
  lite = new PGlite({ extensions: { pg_trgm } });
  await migrate(lite, { schema });
});
afterAll(async () => {
  await lite?.close();
});
runStoreConformance('postgres on PGlite', { makeStore: harnessOn(() => lite), tier });

const url = process.env['DATABASE_URL'];
if (url) {
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: url, max: 4 });
    await migrate(pool, { schema });
  });
  afterAll(async () => {
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });
  runStoreConformance('postgres on a pg Pool', { makeStore: harnessOn(() => pool), tier });
}
