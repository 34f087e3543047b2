import { quoteIdent } from './sqlText.js';
import { tablesOf } from './tables.js';

/** The quoted, schema-qualified one-row table counting writes to the branch hierarchy. */
export function hierarchyVersionTable(schema: string): string {
  return `${quoteIdent(schema)}.${quoteIdent('hierarchy_version')}`;
}

/**
 * The statements keeping the hierarchy's version row: the row, and a statement-level trigger on
 * the branches table that counts every write to it, by staffcore or by anyone else with SQL. They
 * are part of schema version 3.
 */
export function createHierarchyVersionStatements(schema: string): string[] {
  const table = hierarchyVersionTable(schema);
  const bump = `${quoteIdent(schema)}.${quoteIdent('bump_hierarchy_version')}`;
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (single boolean PRIMARY KEY DEFAULT true CHECK (single), writes bigint NOT NULL)`,
    `INSERT INTO ${table} (single, writes) VALUES (true, 0) ON CONFLICT DO NOTHING`,
    `CREATE OR REPLACE FUNCTION ${bump}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE ${table} SET writes = writes + 1; RETURN NULL; END $$`,
    `CREATE OR REPLACE TRIGGER ${quoteIdent('bump_hierarchy_version')} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${tablesOf(schema).branches.name} ` +
      `FOR EACH STATEMENT EXECUTE FUNCTION ${bump}()`,
  ];
}

/**
 * The query reading the hierarchy's version token: the write count and the id of the transaction
 * that wrote it last (`xmin`). A count bumped by a transaction that then rolled back may come
 * again from another transaction; its `xmin` does not, so the token never names two hierarchies.
 */
export function hierarchyVersionQuery(schema: string): string {
  return `SELECT writes::text || ':' || xmin::text AS token FROM ${hierarchyVersionTable(schema)}`;
}
