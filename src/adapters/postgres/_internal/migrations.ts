import { entityNames } from '../../port/entities.js';
import { auditTransactionStatements, createAuditStatements } from './auditTables.js';
import type { Connection } from './connection.js';
import { backfillDerivedKeys, indexNamesByTrigrams } from './duplicateKeyColumns.js';
import { createHierarchyVersionStatements } from './hierarchyVersion.js';
import { quoteIdent } from './sqlText.js';
import { customValuesStatements } from './customValuesIndex.js';
import { addColumnStatements, createTableStatements, tablesOf } from './tables.js';

/** One step of the schema's history. Released steps never change; a change is a new version. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: (schema: string) => readonly string[];
  /** Work that needs more than fixed SQL (filling new columns from the records), run after the statements. */
  readonly then?: (connection: Connection, schema: string, operation: string) => Promise<void>;
  /** What `then` does, in words, for the SQL a dry run prints (`then` is not fixed SQL). */
  readonly thenDoes?: string;
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
  {
    version: 3,
    name: "customers' duplicate keys (derived_name_key, derived_phone_key, derived_address_key) with their indexes, " +
      'a pg_trgm index on the folded name where pg_trgm is available, the hierarchy_version row and its trigger',
    statements: (schema) => [...addColumnStatements(schema, 'customers'), ...createHierarchyVersionStatements(schema)],
    thenDoes:
      'fills the duplicate-key columns of the customer records saved before (UPDATE … SET derived_…_key, 5,000 records at a time); ' +
      'then, where pg_trgm is available, CREATE EXTENSION IF NOT EXISTS pg_trgm and a gin trigram index on the folded name (version 11 drops it)',
    async then(connection, schema, operation) {
      await backfillDerivedKeys(connection, tablesOf(schema).customers, operation);
      await indexNamesByTrigrams(connection, schema, operation);
    },
  },
  {
    version: 4,
    name: 'customer_moves: the move history of the customer tree',
    statements: (schema) => createTableStatements(schema, 'customerMoves'),
  },
  {
    version: 5,
    name: 'bars, invoice_lines, payments, credit_limits: do-not-assign bars, invoice lines, payments and credit limits; invoices.state',
    statements: (schema) => [
      ...(['bars', 'invoiceLines', 'payments', 'creditLimits'] as const).flatMap((entity) => createTableStatements(schema, entity)),
      ...addColumnStatements(schema, 'invoices'),
    ],
  },
  {
    version: 6,
    name: "hotlist_members, last_searches, time_clocks: hotlists' members, each rep's last search, time-clock devices",
    statements: (schema) => (['hotlistMembers', 'lastSearches', 'timeClocks'] as const).flatMap((entity) => createTableStatements(schema, entity)),
  },
  {
    version: 7,
    name: "rate_changes and multiplier_codes: the recorded changes of assignment rates (mass rate updates) and customer records' agreed rate rules",
    statements: (schema) => (['rateChanges', 'multiplierCodes'] as const).flatMap((entity) => createTableStatements(schema, entity)),
  },
  {
    version: 8,
    name: 'customer_moves.from_parent_id (moves out of a record, for roll-ups by the tree as it stood); ' +
      'invoice_lines and invoices indexed by customer and invoice date, for financial reports',
    statements: (schema) => {
      const t = tablesOf(schema);
      return [
        ...addColumnStatements(schema, 'customerMoves'),
        `UPDATE ${t.customerMoves.name} SET "from_parent_id" = data->>'fromParentId' WHERE "from_parent_id" IS NULL AND data->>'fromParentId' IS NOT NULL`,
        `CREATE INDEX IF NOT EXISTS "invoice_lines_customer_date_idx" ON ${t.invoiceLines.name} ("customer_id", "invoice_date_key")`,
        `CREATE INDEX IF NOT EXISTS "invoices_customer_date_idx" ON ${t.invoices.name} ("customer_id", "invoice_date_key")`,
      ];
    },
  },
  {
    version: 9,
    name: "audit_events: every event carries transactionId and recordVersion; events recorded before are each a transaction of their own (their position) with recordVersion null",
    statements: (schema) => auditTransactionStatements(schema),
  },
  {
    version: 10,
    name: 'assignments: one active assignment of an employee per order, as a unique index (the rule as a constraint, under concurrent writers too)',
    statements: (schema) => [
      `CREATE UNIQUE INDEX IF NOT EXISTS "assignments_one_active_employee_idx" ON ${tablesOf(schema).assignments.name} ("order_id", "employee_id") WHERE "state" = 'active'`,
    ],
  },
  {
    version: 11,
    name: "customers' folded names indexed in order and read backwards in order, for similarNames' bounded windows; " +
      'the pg_trgm index of version 3 dropped (similarNames no longer scans it: its cost grew with the book)',
    statements: (schema) => {
      const t = tablesOf(schema).customers;
      const column = t.similar!.column;
      return [
        `CREATE INDEX IF NOT EXISTS ${quoteIdent(`${t.table}_${column.slice(1, -1)}_id_idx`)} ON ${t.name} (${column}, id)`,
        `CREATE INDEX IF NOT EXISTS ${quoteIdent(`${t.table}_${column.slice(1, -1)}_reversed_idx`)} ON ${t.name} ((reverse(${column})), id)`,
        `DROP INDEX IF EXISTS ${quoteIdent(schema)}.${quoteIdent(`${t.table}_${column.slice(1, -1)}_trgm_idx`)}`,
      ];
    },
  },
  {
    version: 12,
    name: "custom fields: customers, contacts, orders and assignments saved before them get custom {} in data; " +
      "a GIN index (jsonb_path_ops, fastupdate off) on data->'custom' of each, which answers customers.search({ custom })",
    statements: (schema) => customValuesStatements(schema),
  },
];

/** The version a store needs the schema to be at. */
export const latestVersion = Math.max(...migrations.map((m) => m.version));

/** The quoted name of the table recording applied migrations. */
export function migrationsTable(schema: string): string {
  return `${quoteIdent(schema)}.${quoteIdent('staffcore_migrations')}`;
}
