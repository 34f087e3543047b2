/**
 * What `staffcore migrate status` and `staffcore migrate --dry-run` read: which versions a schema
 * has, and the SQL {@link migrate} would run for the others. Read-only; not part of the package's
 * public entry.
 *
 * @module
 */
import type { PostgresQueryable } from './PostgresClient.js';
import { latestVersion, migrations, migrationsTable } from './_internal/migrations.js';
import { quoteIdent } from './_internal/sqlText.js';
import { checkSchema } from './_internal/tables.js';

/** One version of the schema's history, and whether (and when) a schema has it. */
export interface MigrationState {
  readonly version: number;
  readonly name: string;
  /** When it was applied; `null` when it is missing. */
  readonly appliedAt: Date | null;
}

/** The versions of the schema's history, oldest first, and the latest. */
export const knownMigrations: readonly { readonly version: number; readonly name: string }[] = migrations.map(({ version, name }) => ({ version, name }));
export { latestVersion };

/**
 * Checks a schema name as {@link migrate} does.
 * @throws StaffcoreError `VALIDATION` for a malformed name
 */
export const checkSchemaName = (schema: string): string => checkSchema(schema);

/**
 * Reads which versions `schema` has, without changing anything (a schema without staffcore's
 * migrations table has none).
 * @param client - a `pg` Pool or Client, or a PGlite instance
 * @param schema - the schema's name
 * @returns every known version, oldest first, with when it was applied
 */
export async function migrationStates(client: PostgresQueryable, schema: string): Promise<readonly MigrationState[]> {
  checkSchema(schema);
  const table = await client.query('SELECT to_regclass($1)::text AS name', [`${quoteIdent(schema)}.${quoteIdent('staffcore_migrations')}`]);
  const applied = new Map<number, Date>();
  if ((table.rows[0] as { name: string | null } | undefined)?.name) {
    const rows = await client.query(`SELECT version, applied_at FROM ${migrationsTable(schema)}`);
    for (const row of rows.rows as { version: number | string; applied_at: Date | string }[]) applied.set(Number(row.version), new Date(row.applied_at));
  }
  return migrations.map(({ version, name }) => ({ version, name, appliedAt: applied.get(version) ?? null }));
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The SQL {@link migrate} runs to apply the versions `schema` is missing, for a person to review:
 * one transaction, each version's statements under a comment naming it, and the row recording it.
 * Work that is not fixed SQL (filling new columns from the records) is described in a comment.
 * @param schema - the schema's name
 * @param missing - the versions to apply
 * @returns the SQL text, empty when nothing is missing
 */
export function migrationSql(schema: string, missing: readonly number[]): string {
  checkSchema(schema);
  const pending = migrations.filter((m) => missing.includes(m.version));
  if (pending.length === 0) return '';
  const lines = [
    'BEGIN;',
    `SELECT pg_advisory_xact_lock(hashtext(${literal(`staffcore.migrate.${schema}`)})::bigint);`,
    `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)};`,
    `CREATE TABLE IF NOT EXISTS ${migrationsTable(schema)} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());`,
  ];
  for (const migration of pending) {
    lines.push('', `-- version ${migration.version}: ${migration.name.replace(/\s*\n\s*/g, ' ')}`);
    for (const statement of migration.statements(schema)) lines.push(`${statement.trim()};`);
    if (migration.thenDoes !== undefined) lines.push(`-- then (not fixed SQL, run by staffcore migrate): ${migration.thenDoes}`);
    lines.push(`INSERT INTO ${migrationsTable(schema)} (version, name) VALUES (${migration.version}, ${literal(migration.name)});`);
  }
  lines.push('COMMIT;');
  return `${lines.join('\n')}\n`;
}
