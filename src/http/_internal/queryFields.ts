import type { JsonSchema } from '../OpenApiObjects.js';

/** One top-level field of an action's input as a query parameter of its `GET` form. */
export interface QueryField {
  /** The field's name, and the parameter's. */
  readonly name: string;
  /** The input requires it. */
  readonly required: boolean;
  /** `text`: the parameter is the string itself; `json`: the parameter is the value JSON-encoded. */
  readonly encoding: 'text' | 'json';
  /** The field's JSON Schema (input side). */
  readonly schema: JsonSchema;
}

/**
 * The query parameters of a read-only action's `GET` form: one per top-level field of its input.
 * A field whose schema is a string and nothing else (`type: 'string'`, with or without a format,
 * pattern or enum) is sent as given (`?id=42`); any other field — a number, a boolean, an object,
 * a list, or a field that may also be `null` — is sent JSON-encoded (`?limit=20`,
 * `?filter=%7B%22status%22%3A%22A%22%7D`, `?parentId=null`, `?parentId=%2242%22`).
 *
 * @param input - the input's JSON Schema (input side), an object schema
 * @returns the fields, in the schema's order
 */
export function queryFields(input: JsonSchema): readonly QueryField[] {
  const properties = (input.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((input.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    required: required.has(name),
    encoding: schema.type === 'string' ? 'text' : 'json',
    schema,
  }));
}
