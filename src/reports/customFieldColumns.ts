import type * as z from 'zod';
import type { CustomEntity } from '../model/customValues.js';
import type { CustomFieldInfo, CustomFieldKind, CustomFieldSet } from '../rules/customFields.js';
import type { ReportColumn, ReportColumnType } from './ReportColumn.js';

/** The column type of each kind of custom value: text is guarded against formulas in CSV, numbers stay numbers. */
const columnTypes: { readonly [K in CustomFieldKind]: ReportColumnType } = { string: 'text', number: 'number', boolean: 'boolean' };

/**
 * A field's header: the `title` its schema's metadata gives (`.meta({ title: 'VMS ID' })`, also
 * under `.optional()`, `.nullable()` or `.default(…)`), or its name.
 */
function labelOf(field: CustomFieldInfo): string {
  let schema: z.ZodType | undefined = field.schema;
  for (let depth = 0; schema && depth < 10; depth++) {
    const title: unknown = schema.meta()?.title;
    if (typeof title === 'string' && title.trim() !== '') return title;
    schema = (schema._zod.def as { innerType?: z.ZodType }).innerType;
  }
  return field.name;
}

/**
 * The report columns of one kind of record's custom fields, for a report's `customColumns`: one
 * per declared field, in declaration order, keyed `custom.<field>`, headed by the field's
 * `title` metadata or else its name, and typed by its kind (`text`, `number` or `boolean`).
 * Fields taken out of the declaration have no column. The rows fill them with
 * {@link customFieldCells}.
 *
 * @param entity - the kind of record the report's rows are about
 * @returns the function a report gives as `customColumns`
 * @example
 * ```ts
 * customFieldColumns('customers')(compileCustomFields({ customers: { vmsId: z.string(), unionShop: z.boolean() } }, builtIn))
 * //=> [{ key: 'custom.vmsId', label: 'vmsId', type: 'text' }, { key: 'custom.unionShop', label: 'unionShop', type: 'boolean' }]
 * ```
 * @category Reports
 */
export function customFieldColumns(entity: CustomEntity): (customFields: CustomFieldSet) => readonly ReportColumn[] {
  return (customFields) => customFields.of(entity).fields.map((field) => ({ key: `custom.${field.name}`, label: labelOf(field), type: columnTypes[field.kind] }));
}
