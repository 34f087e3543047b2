import { fieldError } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import { entities, entityNames, type EntityDefinition, type EntityName } from '../../port/entities.js';
import { quoteIdent } from './sqlText.js';

/** A record field kept in a column of its own, next to the `data` jsonb that holds the record. */
export interface FieldColumn {
  /** The record field (`parentId`). */
  readonly field: string;
  /** The quoted column (`"parent_id"`). */
  readonly column: string;
}

/** How one entity is laid out in PostgreSQL: derived from the `entities` registry. */
export interface TableDefinition {
  readonly entity: EntityName;
  /** The bare table name (`status_changes`). */
  readonly table: string;
  /** The quoted, schema-qualified table name. */
  readonly name: string;
  /** The quoted, schema-qualified id sequence. */
  readonly sequence: string;
  /** One text column per indexed field (`derived_…` for a derived key). */
  readonly indexed: readonly FieldColumn[];
  /** The column of the key indexed by trigrams for `similarNames`, if any. */
  readonly similar: FieldColumn | null;
  /** One `"C"`-collated sort-key column per sortable field (`sortKey()` of the value). */
  readonly sortable: readonly FieldColumn[];
  /** Whether the table keeps a materialized path (the customer tree). */
  readonly tree: boolean;
}

/** How many leading characters of a customer's path its index holds. */
export const pathIndexLength = 1024;

/** The default schema staffcore's tables live in. */
export const defaultSchema = 'staffcore';

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Checks a schema name given in options: lower-case letters, digits and `_`, so it needs no quoting rules.
 * @param schema - the name
 * @param what - what was being validated, for the error
 * @param path - where the name was given, for the error
 */
export function checkSchema(schema: unknown, what = 'options', path: readonly (string | number)[] = ['schema']): string {
  if (typeof schema === 'string' && schemaPattern.test(schema)) return schema;
  throw fieldError(what, [...path], messages.notASchemaName);
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const reserved = new Set(['id', 'version', 'data', 'path']);

function defineTable(schema: string, entity: EntityName): TableDefinition {
  const table = snake(entity);
  const definition: EntityDefinition = entities[entity];
  const derived = new Set(definition.derived?.fields ?? []);
  // A derived key is named apart (`nameKey` → `derived_name_key`) so it cannot meet a sort-key column (`name_key`).
  const indexed = definition.indexed.map((field) => ({ field, column: quoteIdent(`${derived.has(field) ? 'derived_' : ''}${snake(field)}`) }));
  const sortable = definition.sortable.map((field) => ({ field, column: quoteIdent(`${snake(field)}_key`) }));
  const names = new Set<string>();
  for (const { column } of [...indexed, ...sortable]) {
    if (reserved.has(column.slice(1, -1)) || names.has(column)) throw new Error(`staffcore: column ${column} of ${entity} clashes with another column`);
    names.add(column);
  }
  return {
    entity,
    table,
    name: `${quoteIdent(schema)}.${quoteIdent(table)}`,
    sequence: `${quoteIdent(schema)}.${quoteIdent(`${table}_id_seq`)}`,
    indexed,
    similar: indexed.find(({ field }) => field === definition.similar) ?? null,
    sortable,
    tree: entity === 'customers',
  };
}

/** Every entity's table in `schema`. */
export function tablesOf(schema: string): { readonly [E in EntityName]: TableDefinition } {
  return Object.fromEntries(entityNames.map((entity) => [entity, defineTable(schema, entity)])) as {
    [E in EntityName]: TableDefinition;
  };
}

/**
 * The statements creating one entity's table, id sequence and indexes. Every statement is
 * `IF NOT EXISTS`, so a later migration may run it again for a table the registry gained.
 */
export function createTableStatements(schema: string, entity: EntityName): string[] {
  const t = defineTable(schema, entity);
  const index = (suffix: string, columns: string) =>
    `CREATE INDEX IF NOT EXISTS ${quoteIdent(`${t.table}_${suffix}_idx`)} ON ${t.name} (${columns})`;
  const columns = [
    'id text COLLATE "C" PRIMARY KEY',
    'version integer NOT NULL CHECK (version > 0)',
    'data jsonb NOT NULL',
    ...t.indexed.map(({ column }) => `${column} text COLLATE "C"`),
    ...t.sortable.map(({ column }) => `${column} text COLLATE "C" NOT NULL`),
    ...(t.tree ? ['path text COLLATE "C" NOT NULL'] : []),
  ];
  return [
    `CREATE TABLE IF NOT EXISTS ${t.name} (${columns.join(', ')})`,
    `CREATE SEQUENCE IF NOT EXISTS ${t.sequence} OWNED BY ${t.name}.id`,
    // Long (deep) paths are stored out of line uncompressed: compressing them costs more than it saves.
    ...(t.tree ? [`ALTER TABLE ${t.name} ALTER COLUMN path SET STORAGE EXTERNAL`] : []),
    ...t.indexed.map(({ column }) => index(column.slice(1, -1), column)),
    ...t.sortable.map(({ column }) => index(column.slice(1, -1), `${column}, id`)),
    // A btree entry holds at most ~2.7 kB, and a path grows with depth: the index keeps the first
    // `pathIndexLength` characters, which is the whole path in any tree of realistic depth.
    ...(t.tree ? [index('path', `left(path, ${pathIndexLength})`)] : []),
  ];
}

/**
 * The statements adding to an existing table the field columns and indexes the registry gained
 * since it was created (derived keys, say). Every statement is `IF NOT EXISTS`.
 */
export function addColumnStatements(schema: string, entity: EntityName): string[] {
  const t = defineTable(schema, entity);
  return [
    ...t.indexed.map(({ column }) => `ALTER TABLE ${t.name} ADD COLUMN IF NOT EXISTS ${column} text COLLATE "C"`),
    ...createTableStatements(schema, entity).filter((statement) => statement.startsWith('CREATE INDEX')),
  ];
}
