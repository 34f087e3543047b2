/**
 * Run by postgres.connectionLoss.test.ts in a process of its own: a transaction's backend is
 * terminated while the transaction holds its connection, as a failover or an idle-in-transaction
 * timeout would. Prints one JSON line with what happened; an unhandled 'error' event would end
 * this process with exit code 1 before it prints.
 */
import pg from 'pg';
import { migrate, postgresStore } from '../../src/adapters/postgres/index.js';

const url = process.env['DATABASE_URL']!;
const mode = process.argv[2] === 'client' ? 'client' : 'pool';
const schema = `conn_loss_${mode}_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
const client = mode === 'pool' ? new pg.Pool({ connectionString: url, max: 2 }) : new pg.Client({ connectionString: url });
if (client instanceof pg.Client) await client.connect();
await migrate(client, { schema });
const store = postgresStore({ client, schema });
const level = { name: 'Lost Co', parentId: null, kind: 'company', setup: { defaultWorkerCompCode: null, defaultTerms: null, requireAddressStandardization: null } };

const outcome: Record<string, unknown> = { mode };
try {
  await store.transaction(async (tx) => {
    await tx.branches.insert(level as never);
    const { rows } = await admin.query(
      `SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state LIKE 'idle in transaction%' AND query LIKE '%${schema}%'`,
    );
    await admin.query('SELECT pg_terminate_backend($1)', [(rows[0] as { pid: number }).pid]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await tx.branches.count();
  });
  outcome['first'] = 'committed';
} catch (error) {
  outcome['first'] = (error as { code?: string }).code;
}
await new Promise((resolve) => setTimeout(resolve, 200));
const started = Date.now();
try {
  outcome['next'] = `ok ${await store.transaction((tx) => tx.branches.count())}`;
} catch (error) {
  outcome['next'] = (error as { code?: string }).code;
}
outcome['nextMillis'] = Date.now() - started;
outcome['stored'] = Number((await admin.query(`SELECT count(*) AS n FROM "${schema}".branches`)).rows[0].n);
await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
await admin.end();
if (client instanceof pg.Pool) await client.end();
else await client.end().catch(() => undefined);
await new Promise((resolve) => setTimeout(resolve, 200));
console.log(JSON.stringify(outcome));
