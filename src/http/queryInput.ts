import type * as z from 'zod';
import { queryFields, type QueryField } from './_internal/queryFields.js';
import { toJsonSchema } from './_internal/toJsonSchema.js';

/** The query fields of each input schema, worked out once (the same rule the API document states). */
const fieldsOf = new WeakMap<z.ZodType, ReadonlyMap<string, QueryField>>();

function fields(input: z.ZodType): ReadonlyMap<string, QueryField> {
  let found = fieldsOf.get(input);
  if (!found) fieldsOf.set(input, (found = new Map(queryFields(toJsonSchema(input, 'input').schema).map((field) => [field.name, field]))));
  return found;
}

/**
 * The input of a read-only action from a URL's query, as `GET` carries it and the API document
 * describes it: one parameter per top-level field; a field whose schema is a string takes the
 * parameter as it stands, any other (a number, a boolean, a field that may be null, an object, a
 * list) takes it JSON-encoded. A parameter that is not valid JSON where JSON is expected is passed
 * on as text, so the action's own validation names the field; an unknown parameter is passed on
 * too, and refused by the action as an unknown field.
 *
 * @param input - the action's input schema (a strict object)
 * @param query - the URL's query parameters
 * @returns the input object, or the name of a parameter given more than once
 */
export function inputFromQuery(input: z.ZodType, query: URLSearchParams): { readonly input: Record<string, unknown> } | { readonly repeated: string } {
  const known = fields(input);
  const out: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    if (values.length > 1) return { repeated: key };
    const value = values[0]!;
    out[key] = known.get(key)?.encoding === 'json' ? parsedOrText(value) : value;
  }
  return { input: out };
}

function parsedOrText(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
