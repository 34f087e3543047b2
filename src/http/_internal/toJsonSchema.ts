import * as z from 'zod';
import { customSchemaRole } from '../../model/customValues.js';
import type { CustomFieldSet } from '../../rules/customFields.js';
import type { JsonSchema } from '../OpenApiObjects.js';
import { customValuesSchema, requiredFields } from './customJsonSchema.js';

/** A converted schema and the definitions it refers to (`#/$defs/…`), which only cycles produce. */
export interface ConvertedSchema {
  readonly schema: JsonSchema;
  readonly defs: Readonly<Record<string, JsonSchema>>;
}

type Mutable = Record<string, unknown>;

const endsInTransform = (schema: z.core.$ZodType): schema is z.core.$ZodPipe =>
  schema._zod.def.type === 'pipe' && (schema as z.core.$ZodPipe)._zod.def.out._zod.traits.has('$ZodTransform');

/**
 * An action's input (`io: 'input'`) or result (`io: 'output'`) schema as JSON Schema 2020-12, by
 * zod's own conversion, without `$schema` and with its `$defs` (if any) handed back apart.
 *
 * What zod cannot represent (a `z.custom`, a function) becomes `{}`. One case is narrowed instead:
 * a result field that ends in a transform (`Instant`, money, an upper-cased country code) has no
 * JSON Schema for its output, so zod gives `{}`; but a result is a value its schema accepts and
 * leaves unchanged (every result passes its schema, and staffcore's transforms only normalize), so
 * the field is described by what the transform accepts — the output of the step before it.
 *
 * With an instance's custom fields (when any is declared), every `custom` of a record or an input
 * is described exactly by the declaration (see `customValuesSchema`), and an input object whose
 * `custom` must hold a required field requires `custom`.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output', customFields?: CustomFieldSet): ConvertedSchema {
  const custom = customFields?.any === true ? customFields : undefined;
  const converted = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    override: ({ zodSchema, jsonSchema }) => {
      if (custom) describeCustom(custom, zodSchema, jsonSchema as Mutable, io);
      if (io !== 'output' || !endsInTransform(zodSchema)) return;
      const before = toJsonSchema(zodSchema._zod.def.in as z.ZodType, 'output', customFields);
      // A recursive schema before a transform would need its own definitions: keep zod's `{}`.
      if (Object.keys(before.defs).length > 0) return;
      const own: Mutable = { ...jsonSchema };
      replace(jsonSchema as Mutable, { ...before.schema, ...own });
    },
  }) as Mutable;
  const { $schema: _dialect, $defs, ...rest } = converted;
  return withoutJsonValues({ schema: rest, defs: ($defs ?? {}) as Record<string, JsonSchema> });
}

/** Puts `next` in place of a converted schema's keywords (zod keeps the object it converted into). */
function replace(jsonSchema: Mutable, next: JsonSchema): void {
  for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
  Object.assign(jsonSchema, next);
}

/**
 * Describes a schema that holds custom values by the instance's declaration: the values object
 * itself (a record's or an input's `custom`), a row checked later that holds `custom`
 * (`customers.addMany`'s rows), or an input object whose `custom` is required by a required field.
 */
function describeCustom(customFields: CustomFieldSet, zodSchema: z.core.$ZodType, jsonSchema: Mutable, io: 'input' | 'output'): void {
  const role = customSchemaRole(zodSchema);
  if (role?.given === 'values') {
    replace(jsonSchema, customValuesSchema(customFields, role, { ...jsonSchema }, io));
  } else if (role?.given === 'row') {
    const required = requiredFields(customFields, role).length > 0 ? { required: ['custom'] } : {};
    replace(jsonSchema, { ...jsonSchema, type: 'object', properties: { custom: customValuesSchema(customFields, { ...role, given: 'values' }, {}, 'input') }, ...required });
  } else if (io === 'input' && zodSchema._zod.def.type === 'object') {
    const shape = (zodSchema as z.core.$ZodObject)._zod.def.shape;
    const holders = Object.keys(shape).filter((key) => {
      const field = customSchemaRole(shape[key]);
      return field?.given === 'field' && requiredFields(customFields, field).length > 0;
    });
    if (holders.length === 0) return;
    const required = Array.isArray(jsonSchema['required']) ? (jsonSchema['required'] as string[]) : [];
    jsonSchema['required'] = [...required, ...holders.filter((key) => !required.includes(key))];
  }
}

/**
 * Whether a definition is zod's schema of any JSON value (`z.json()`): a string, a number, a
 * boolean, null, or an array or an object of itself.
 */
function isJsonValue(definition: JsonSchema, ref: string): boolean {
  const anyOf = definition['anyOf'];
  if (!Array.isArray(anyOf) || anyOf.length !== 6 || Object.keys(definition).some((key) => key !== 'anyOf' && key !== 'description')) return false;
  const self = (schema: unknown) => typeof schema === 'object' && schema !== null && (schema as Mutable)['$ref'] === ref && Object.keys(schema).length === 1;
  const types = new Map((anyOf as Mutable[]).map((member) => [member['type'], member]));
  return (
    ['string', 'number', 'boolean', 'null'].every((type) => types.has(type) && Object.keys(types.get(type)!).length === 1) &&
    self(types.get('array')?.['items']) &&
    self(types.get('object')?.['additionalProperties'])
  );
}

/**
 * A JSON value (`z.json()`, as an audit event's `before` and `after`) described as `{}` rather than
 * zod's recursive definition: in a JSON body the two accept the same values, and a recursive union
 * makes generated clients' types fail to compile (openapi-typescript writes it as a type that
 * refers to itself, which TypeScript refuses), where `{}` is an `unknown` they can narrow.
 */
function withoutJsonValues(converted: ConvertedSchema): ConvertedSchema {
  const refOf = (name: string) => `#/$defs/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const jsonValues = new Set(Object.keys(converted.defs).filter((name) => isJsonValue(converted.defs[name]!, refOf(name))));
  if (jsonValues.size === 0) return converted;
  const refs = new Set([...jsonValues].map(refOf));
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, inner]) => !(key === '$ref' && typeof inner === 'string' && refs.has(inner)))
        .map(([key, inner]) => [key, rewrite(inner)]),
    );
  };
  const defs = Object.fromEntries(
    Object.entries(converted.defs)
      .filter(([name]) => !jsonValues.has(name))
      .map(([name, definition]) => [name, rewrite(definition) as JsonSchema]),
  );
  return { schema: rewrite(converted.schema) as JsonSchema, defs };
}
