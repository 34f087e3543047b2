import { customEntities } from '../../../model/customValues.js';
import { customColumn } from './customConditionSql.js';
import { quoteIdent } from './sqlText.js';
import { tablesOf } from './tables.js';

/**
 * The name of the GIN index of a table's custom values (`customers_custom_idx`).
 * @param table - the bare table name
 * @returns the bare index name
 */
export const customIndexName = (table: string): string => `${table}_custom_idx`;

/**
 * Migration 12's statements, for each kind of record with custom values: records saved before
 * custom fields existed get `custom: {}` in `data` (so they read like records saved since), and
 * `data->'custom'` gets a `jsonb_path_ops` GIN index, which answers containment (`@>`): every
 * equality of a search in one probe. The index is built with `fastupdate = off`: with it on, new
 * entries wait in a pending list that every search reads through in full until a vacuum merges
 * it (after a bulk import of 100,000 customers, a 1-match search read 226 pages instead of 4).
 * @param schema - the schema
 * @returns the statements
 */
export function customValuesStatements(schema: string): string[] {
  const tables = tablesOf(schema);
  return customEntities.flatMap((entity) => {
    const t = tables[entity];
    return [
      `UPDATE ${t.name} SET data = data || '{"custom":{}}'::jsonb WHERE NOT (data ? 'custom')`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdent(customIndexName(t.table))} ON ${t.name} USING gin (${customColumn} jsonb_path_ops) WITH (fastupdate = off)`,
    ];
  });
}
