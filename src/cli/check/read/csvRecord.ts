import type { CustomFieldInfo } from '../../../rules/customFields.js';

/**
 * Turns CSV rows into records. Columns are named by the header row; a dotted name fills a nested
 * object (`billingAddress.line1`). An empty cell is "no value": `null` for a nullable field of the
 * Customer schema, left out inside an address or terms, and an address or terms whose cells are
 * all empty is `null`. `version` and `terms.netDays` are read as numbers, `*.standardized` as
 * true/false, `socialHandles` as JSON text. Other files (worksites, orders, assignments) take
 * their cells as text, an empty cell left out. In any file, `custom.<field>` columns fill `custom`
 * (`{}` when all its cells are empty): a declared number or boolean field's cell is read as one,
 * an empty cell of a nullable field is `null`, and other cells are text.
 */
const nullable = new Set([
  'parentId',
  'contactAddress',
  'billingAddress',
  'defaultWorksiteId',
  'phone',
  'email',
  'salesTeamId',
  'defaultWorkerCompCode',
  'terms',
  'duplicateOfId',
]);
const numeric = new Set(['version', 'terms.netDays']);
const number = /^-?\d+(\.\d+)?$/;

type Cell = (value: string, into: Record<string, unknown>) => void;

const typed = (column: string, value: string): unknown => {
  if (numeric.has(column) && number.test(value)) return Number(value);
  if (column.endsWith('.standardized') && (value === 'true' || value === 'false')) return value === 'true';
  if (column === 'socialHandles') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
};

/** A custom value's cell as its declared field's kind (text that is not one stays text, for the check to report). */
const customCell = (info: CustomFieldInfo | undefined, value: string): unknown => {
  if (info?.kind === 'number' && number.test(value)) return Number(value);
  if (info?.kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
};

/**
 * A function that turns one row into a record, planned once from the header.
 *
 * @param header - the header row's cells
 * @param customers - whether the rows are customer records (typed cells, nullable fields) or related records
 * @param customFields - the custom fields declared on the rows' kind of record, by name, to read their cells by
 */
export function csvRecordOf(header: readonly string[], customers: boolean, customFields?: ReadonlyMap<string, CustomFieldInfo>): (row: readonly string[]) => Record<string, unknown> {
  const groups = new Set<string>();
  const cells: Cell[] = header.map((column) => {
    const dot = column.indexOf('.');
    if (column.startsWith('custom.')) {
      const field = column.slice('custom.'.length);
      const info = customFields?.get(field);
      groups.add('custom');
      return (value, into) => {
        const custom = (into['custom'] ??= {}) as Record<string, unknown>;
        if (value !== '') custom[field] = customCell(info, value);
        else if (info?.nullable) custom[field] = null;
      };
    }
    if (dot === -1) {
      return (value, into) => {
        if (value !== '') into[column] = customers ? typed(column, value) : value;
        else if (!customers) return;
        else if (nullable.has(column)) into[column] = null;
        else into[column] = column === 'socialHandles' ? [] : '';
      };
    }
    const group = column.slice(0, dot);
    const field = column.slice(dot + 1);
    groups.add(group);
    return (value, into) => {
      if (value === '') return;
      const nested = (into[group] ??= {}) as Record<string, unknown>;
      nested[field] = customers ? typed(column, value) : value;
    };
  });
  return (row) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < cells.length; i++) cells[i]!(row[i] ?? '', record);
    for (const group of groups) if (!(group in record) && (customers || group === 'custom')) record[group] = nullable.has(group) ? null : {};
    return record;
  };
}
