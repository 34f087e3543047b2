import type { CustomEntity } from '../../../model/customValues.js';
import type { RecordLocation } from '../CheckFinding.js';
import type { CheckVisitor } from '../CheckRule.js';
import { isRecordObject, recordNameOf } from '../recordValues.js';

/** A record's `custom` values as the custom-field rules see them, with what they need to report on it. */
export interface CustomValuesSeen {
  /** The kind of record: `customers` (the export), `orders` or `assignments` (the related files). */
  readonly entity: CustomEntity;
  /** The `custom` object, or `null` when the record's `custom` is not an object. */
  readonly custom: Readonly<Record<string, unknown>> | null;
  /** The record's `id` to name it by, or `null`. */
  readonly recordId: string | null;
  /** Where the record is. */
  readonly location: RecordLocation;
  /** Whether the export has a column for a custom field (always, for a record read without a header). */
  hasColumn(field: string): boolean;
}

const everyColumn = () => true;
const customColumns = new WeakMap<readonly string[], (field: string) => boolean>();

/** Whether a CSV has a `custom.<field>` column: a partial export is checked on the columns it has. */
function columnTest(columns: readonly string[] | undefined): (field: string) => boolean {
  if (columns === undefined) return everyColumn;
  let test = customColumns.get(columns);
  if (!test) {
    const present = new Set(columns.filter((column) => column.startsWith('custom.')).map((column) => column.slice('custom.'.length)));
    test = (field) => present.has(field);
    customColumns.set(columns, test);
  }
  return test;
}

/**
 * The visitor of a rule on custom values: it calls `seen` for every customer, order and
 * assignment that has a `custom` field (a record without one is a partial export, not checked).
 * @param seen - what the rule does with one record's custom values
 * @returns the visitor
 */
export function customValuesVisitor(seen: (record: CustomValuesSeen) => void): CheckVisitor {
  const visit = (entity: CustomEntity, value: Readonly<Record<string, unknown>>, recordId: string | null, location: RecordLocation, columns: readonly string[] | undefined) => {
    const custom = value['custom'];
    if (custom === undefined) return;
    seen({ entity, custom: isRecordObject(custom) ? custom : null, recordId, location, hasColumn: columnTest(columns) });
  };
  return {
    record: ({ value, recordId, location, columns }) => visit('customers', value, recordId, location, columns),
    order: ({ value, location, columns }) => visit('orders', value, recordNameOf(value['id']), location, columns),
    assignment: ({ value, location, columns }) => visit('assignments', value, recordNameOf(value['id']), location, columns),
  };
}
