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
  return `SELECT ${tokenExpression} AS token FROM ${hierarchyVersionTable(schema)}`;
}

/** The token as an expression over the version row. */
const tokenExpression = `writes::text || ':' || xmin::text`;

/**
 * The hierarchy version tokens of one read-only transaction. Its reads by id return the token
 * with the record, in the same statement (`SELECT token, data`); and `hierarchyVersion()` may
 * answer with the token the store saw last instead of asking (`guess`), in which case the store
 * checks, when the work is done, that every token its reads returned is that one, and otherwise
 * runs the work again with `hierarchyVersion()` asking the database. A read by id is then one
 * round trip, and a hierarchy another process changed is still seen by the very read that follows.
 */
export class HierarchyTokens {
  /** The tokens the transaction's reads returned, oldest first. */
  readonly seen: string[] = [];
  /** The token `hierarchyVersion()` answered without asking the database, or `null` when it asked (or was not called). */
  guessed: string | null = null;

  /**
   * @param schema - the store's schema
   * @param guess - the token `hierarchyVersion()` answers without asking, or `null` to ask
   */
  constructor(
    readonly schema: string,
    readonly guess: string | null,
  ) {}

  /**
   * The statement reading one record of `table` by id (`$1`) together with the token: always one
   * row, whose `data` is null when there is no such record.
   */
  readByIdWithToken(table: string): string {
    return `SELECT h.token, t.data FROM (SELECT ${tokenExpression} AS token FROM ${hierarchyVersionTable(this.schema)}) h LEFT JOIN ${table} t ON t.id = $1`;
  }
}
