/**
 * Workload 2: loading a 50,000-record subtree through `customers.subtree`, against a raw
 * recursive CTE on `parent_id` returning the same records.
 */
import { postgresStore, type PostgresClient, type PostgresPool, type PostgresQueryable } from '../src/adapters/postgres/index.js';
import type { Customer } from '../src/model/index.js';
import type { Backend } from './backends.js';
import { tableName } from './backends.js';
import { customerDraft } from './fixtures.js';
import { median, time } from './measure.js';

/**
 * Saves a complete `fanOut`-ary tree of `size` records (record k's parent is record ⌊(k−1)/fanOut⌋),
 * level by level, plus `others` unrelated root customers, and returns the tree's root id.
 */
export async function buildTree(backend: Backend, size: number, fanOut: number, others: number): Promise<string> {
  await backend.reset();
  await backend.store.transaction((tx) => tx.customers.insertMany(Array.from({ length: others }, (_, i) => customerDraft(1_000_000 + i))));
  const ids: string[] = [];
  let level = [0];
  while (level.length > 0) {
    const saved: Customer[] = await backend.store.transaction((tx) =>
      tx.customers.insertMany(level.map((k) => customerDraft(k, k === 0 ? null : ids[Math.floor((k - 1) / fanOut)]!))),
    );
    level.forEach((k, i) => (ids[k] = saved[i]!.id));
    level = level.flatMap((k) => Array.from({ length: fanOut }, (_, c) => k * fanOut + c + 1)).filter((k) => k < size);
  }
  await backend.client.query(`ANALYZE ${tableName(backend.schema, 'customers')}`);
  return ids[0]!;
}

/** A client that remembers the statements run through it, so the store's own query can be EXPLAINed. */
function recording(client: PostgresClient): { client: PostgresClient; statements: { text: string; params: unknown[] }[] } {
  const statements: { text: string; params: unknown[] }[] = [];
  const record = (queryable: PostgresQueryable): PostgresQueryable['query'] => (text, params) => {
    statements.push({ text, params: params ?? [] });
    return queryable.query(text, params);
  };
  const pool = client as Partial<PostgresPool>;
  const wrapped: PostgresClient = pool.connect
    ? {
        query: record(client),
        connect: async () => {
          const connection = await pool.connect!();
          return { query: record(connection), release: (error?: Error | boolean) => connection.release(error) };
        },
      }
    : { query: record(client) };
  return { client: wrapped, statements };
}

/** The database's own execution time of a statement (EXPLAIN ANALYZE), without sending the rows. */
async function executionTime(backend: Backend, text: string, params: unknown[]): Promise<number> {
  const { rows } = await backend.client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
  const plan = (rows[0] as Record<string, unknown>)['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { 'Execution Time': number }[];
  return parsed[0]!['Execution Time'];
}

/** What workload 2 measures: end-to-end medians, and the database's own execution time of each query. */
export interface SubtreeTimes {
  readonly store: number;
  readonly cte: number;
  readonly storeExecution: number;
  readonly cteExecution: number;
}

/** Times `subtree` and the CTE alternately and returns the median of each. */
export async function benchSubtree(backend: Backend, rootId: string, size: number, rounds: number): Promise<SubtreeTimes> {
  const table = tableName(backend.schema, 'customers');
  const cte =
    `WITH RECURSIVE t(id, data) AS (SELECT id, data FROM ${table} WHERE id = $1 ` +
    `UNION ALL SELECT c.id, c.data FROM ${table} c JOIN t ON c.parent_id = t.id) SELECT data FROM t`;
  const recorder = recording(backend.client);
  const store = postgresStore({ client: recorder.client, schema: backend.schema });
  const times = { store: [] as number[], cte: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    let rows = 0;
    times.cte.push(await time(async () => (rows = (await backend.client.query(cte, [rootId])).rows.length)));
    if (rows !== size) throw new Error(`the CTE returned ${rows} records, not ${size}`);
    times.store.push(await time(async () => (rows = (await store.transaction((tx) => tx.customers.subtree(rootId))).length)));
    if (rows !== size) throw new Error(`subtree returned ${rows} records, not ${size}`);
  }
  const read = recorder.statements.find((s) => s.params[0] === rootId && s.text.startsWith('WITH'));
  if (!read) throw new Error("the store's subtree statement was not seen");
  return {
    store: median(times.store),
    cte: median(times.cte),
    storeExecution: await executionTime(backend, read.text, read.params),
    cteExecution: await executionTime(backend, cte, [rootId]),
  };
}
