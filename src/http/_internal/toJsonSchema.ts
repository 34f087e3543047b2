import * as z from 'zod';
import type { JsonSchema } from '../OpenApiObjects.js';

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
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): ConvertedSchema {
  const converted = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    override: ({ zodSchema, jsonSchema }) => {
      if (io !== 'output' || !endsInTransform(zodSchema)) return;
      const before = toJsonSchema(zodSchema._zod.def.in as z.ZodType, 'output');
      // A recursive schema before a transform would need its own definitions: keep zod's `{}`.
      if (Object.keys(before.defs).length > 0) return;
      const own: Mutable = { ...jsonSchema };
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Mutable)[key];
      Object.assign(jsonSchema, before.schema, own);
    },
  }) as Mutable;
  const { $schema: _dialect, $defs, ...rest } = converted;
  return { schema: rest, defs: ($defs ?? {}) as Record<string, JsonSchema> };
}
