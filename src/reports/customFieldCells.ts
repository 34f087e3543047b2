import type { CustomValues } from '../model/customValues.js';
import type { EntityCustomFields } from '../rules/customFields.js';
import type { ReportCell } from './ReportColumn.js';

/**
 * The cells of a record's custom values in a report row, for the columns
 * {@link customFieldColumns} makes: `custom.<field>` for each declared field, holding its stored
 * value as it is (a string, a number or a boolean), or `null` when the record has none. A stored
 * value of another type than the field's kind (a value the declaration no longer accepts, which
 * `customFields.verify` lists) is `null` too, so every cell has its column's type; a value of a
 * field no longer declared has no cell.
 *
 * @param fields - the declared fields of the record's kind (`context.customFields.of('customers')`)
 * @param values - the record's stored custom values
 * @returns the cells, by column key
 * @example
 * ```ts
 * customFieldCells(context.customFields.of('customers'), { vmsId: 'V-7', retired: 1 })
 * //=> { 'custom.vmsId': 'V-7', 'custom.unionShop': null }
 * ```
 * @category Reports
 */
export function customFieldCells(fields: EntityCustomFields, values: CustomValues | undefined): Record<string, ReportCell> {
  const cells: Record<string, ReportCell> = {};
  for (const field of fields.fields) {
    const value = values?.[field.name];
    cells[`custom.${field.name}`] = typeof value === field.kind ? (value as ReportCell) : null;
  }
  return cells;
}
