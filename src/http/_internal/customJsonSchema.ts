import * as z from 'zod';
import { customStringLimit, type CustomSchemaRole } from '../../model/customValues.js';
import type { CustomFieldInfo, CustomFieldSet } from '../../rules/customFields.js';
import type { JsonSchema } from '../OpenApiObjects.js';

/** A declared field's own schema as JSON Schema (zod's conversion), on the side of `io`. */
function fieldSchema(field: CustomFieldInfo, io: 'input' | 'output'): JsonSchema {
  const converted = z.toJSONSchema(field.schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  const { $schema: _dialect, $defs, ...schema } = converted;
  // A field whose schema refers to definitions of its own (a host's `.meta({ id })`) is described by its kind alone.
  return $defs === undefined ? schema : { type: field.kind };
}

/** What a search's filter takes for a field: a value of its kind, or (but for a yes/no) a range. */
function filterSchema(field: CustomFieldInfo): JsonSchema {
  const value: JsonSchema = field.kind === 'string' ? { type: 'string', maxLength: customStringLimit } : { type: field.kind };
  const equals: JsonSchema = field.nullable ? { anyOf: [value, { type: 'null' }] } : value;
  if (field.kind === 'boolean') return equals;
  const range: JsonSchema = { type: 'object', properties: { from: value, to: value }, additionalProperties: false };
  return { anyOf: [equals, range] };
}

/**
 * The exact JSON Schema of `custom` where it sits in a record or an input, for an instance's
 * declared fields:
 * - on a record (`stored`): the schema zod gave (any JSON scalar by field name, since a value of a
 *   field taken out of the declaration is kept), with each declared field's own schema under
 *   `properties`; none is required, since a record saved before a field was declared has no value;
 * - a new record's values (`new`): the declared fields only (`additionalProperties: false`), those
 *   without a default, not optional and not inherited required;
 * - changes (`patch`): the declared fields only, any of them, `null` also for an optional one (it clears it);
 * - a search filter (`filter`): the declared fields only, each a value of its kind or a `{ from, to }` range.
 *
 * @param customFields - the instance's custom fields
 * @param role - where `custom` sits, and for which kind of record
 * @param converted - the schema zod gave the values object
 * @param io - the input or the output side
 * @returns the schema of the values object
 */
export function customValuesSchema(customFields: CustomFieldSet, role: CustomSchemaRole, converted: JsonSchema, io: 'input' | 'output'): JsonSchema {
  const fields = customFields.of(role.entity).fields;
  if (role.mode === 'stored') {
    return fields.length === 0 ? converted : { ...converted, properties: Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field, io)])) };
  }
  const properties = Object.fromEntries(
    fields.map((field) => {
      if (role.mode === 'filter') return [field.name, filterSchema(field)];
      const schema = fieldSchema(field, 'input');
      if (role.mode === 'new') return [field.name, schema];
      // Changes fill in no default: a field left out is left as it is.
      const { default: _default, ...changed } = schema;
      return [field.name, field.optional && !field.nullable ? { anyOf: [changed, { type: 'null' }] } : changed];
    }),
  );
  const required = role.mode === 'new' ? requiredFields(customFields, role) : [];
  return { type: 'object', ...(fields.length === 0 ? {} : { properties }), ...(required.length === 0 ? {} : { required }), additionalProperties: false };
}

/**
 * The fields a new record's `custom` must hold: those neither optional nor defaulted nor
 * inherited (a department takes an inherited one from its parent).
 * @param customFields - the instance's custom fields
 * @param role - where `custom` sits
 * @returns the field names, in declaration order
 */
export function requiredFields(customFields: CustomFieldSet, role: CustomSchemaRole): string[] {
  return role.mode === 'new' ? customFields.of(role.entity).fields.filter((field) => !field.optional && !field.inherited).map((field) => field.name) : [];
}
