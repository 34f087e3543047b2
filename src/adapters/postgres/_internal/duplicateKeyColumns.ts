import { indexedValues } from '../../port/entities.js';
import type { Connection } from './connection.js';
import { arrayLiteral, quoteIdent } from './sqlText.js';
import { tablesOf, type TableDefinition } from './tables.js';

/**
 * The schema `pg_trgm` is installed in, or `null` when it is not installed in this database.
 * @param connection - a connection inside a transaction
 * @param operation - names the work, for a `STORE` error
 */
export async function trigramSchema(connection: Connection, operation: string): Promise<string | null> {
  const [row] = await connection.query<{ schema: string }>(
    operation,
    "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'",
  );
  return row?.schema ?? null;
}

/**
 * Migration 3's step: installs `pg_trgm` when the server has it and the role may (it is a trusted
 * extension: a database owner may create it), then indexes the customers' folded names by
 * trigrams. Without it, nothing fails. A refused `CREATE EXTENSION` rolls back to a savepoint, so
 * the migration goes on. Migration 9 drops the index: `similarNames` reads its bounded windows
 * from two btree indexes instead, and needs no extension.
 */
export async function indexNamesByTrigrams(connection: Connection, schema: string, operation: string): Promise<void> {
  let extension = await trigramSchema(connection, operation);
  if (extension === null) {
    const [available] = await connection.query(operation, "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'");
    if (available) {
      await connection.query(operation, 'SAVEPOINT staffcore_pg_trgm');
      try {
        await connection.query(operation, 'CREATE EXTENSION IF NOT EXISTS pg_trgm');
        await connection.query(operation, 'RELEASE SAVEPOINT staffcore_pg_trgm');
      } catch {
        await connection.query(operation, 'ROLLBACK TO SAVEPOINT staffcore_pg_trgm');
      }
      extension = await trigramSchema(connection, operation);
    }
  }
  const t = tablesOf(schema).customers;
  if (extension === null || t.similar === null) return;
  await connection.query(
    operation,
    `CREATE INDEX IF NOT EXISTS ${quoteIdent(`${t.table}_${t.similar.column.slice(1, -1)}_trgm_idx`)} ON ${t.name} ` +
      `USING gin (${t.similar.column} ${quoteIdent(extension)}.gin_trgm_ops)`,
  );
}

/**
 * Fills the derived-key columns of records saved before the columns existed, 5,000 at a time.
 * @param connection - a connection inside the migration's transaction
 * @param t - the table
 * @param operation - names the work, for a `STORE` error
 */
export async function backfillDerivedKeys(connection: Connection, t: TableDefinition, operation: string): Promise<void> {
  const derived = t.indexed.filter(({ column }) => column.startsWith('"derived_'));
  if (derived.length === 0) return;
  const sets = derived.map(({ column }, i) => `${column} = u.f${i}`).join(', ');
  const unnests = derived.map((_, i) => `unnest($${i + 2}::text[])`).join(', ');
  const aliases = derived.map((_, i) => `f${i}`).join(', ');
  for (let after = ''; ; ) {
    const rows = await connection.query<{ id: string; data: Record<string, unknown> }>(
      operation,
      `SELECT id, data FROM ${t.name} WHERE id > $1 ORDER BY id LIMIT 5000`,
      [after],
    );
    if (rows.length === 0) return;
    const values = rows.map((row) => indexedValues(t.entity, row.data));
    await connection.query(
      operation,
      `UPDATE ${t.name} AS t SET ${sets} FROM ROWS FROM (unnest($1::text[]), ${unnests}) AS u(id, ${aliases}) WHERE t.id = u.id`,
      [arrayLiteral(rows.map((row) => row.id)), ...derived.map(({ field }) => arrayLiteral(values.map((v) => v[field] ?? null)))],
    );
    after = rows[rows.length - 1]!.id;
  }
}
