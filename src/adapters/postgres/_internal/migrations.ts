import { entityNames } from '../../port/entities.js';
import { createAuditStatements } from './auditTables.js';
import { quoteIdent } from './sqlText.js';
import { createTableStatements } from './tables.js';

/** One step of the schema's history. Released steps never change; a change is a new version. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: (schema: string) => readonly string[];
}

/**
 * The schema's history, oldest first. A new entity in the registry gets its table from a new
 * step calling `createTableStatements` for it (its statements are `IF NOT EXISTS`, so databases
 * created after the registry changed run it as a no-op).
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'entity tables, id sequences, field and sort-key indexes, customer paths',
    statements: (schema) => entityNames.flatMap((entity) => createTableStatements(schema, entity)),
  },
  {
    version: 2,
    name: 'audit log and change feed: audit_events, its per-record index, the audit_counter row',
    statements: (schema) => createAuditStatements(schema),
  },
];

/** The version a store needs the schema to be at. */
export const latestVersion = Math.max(...migrations.map((m) => m.version));

/** The quoted name of the table recording applied migrations. */
export function migrationsTable(schema: string): string {
  return `${quoteIdent(schema)}.${quoteIdent('staffcore_migrations')}`;
}
