import type * as z from 'zod';

/** The zod definition fields this module reads to see through wrappers to a field's own type. */
interface Definition {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly values?: readonly unknown[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
}

const definitionOf = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** Whether a field's value is text as it stands (a string, an id, an enum of strings), seen through optional, nullable, default and pipe. */
function takesText(schema: z.ZodType): boolean {
  for (let current: z.ZodType | undefined = schema, depth = 0; current && depth < 20; depth++) {
    const definition = definitionOf(current);
    if (definition.type === 'string' || definition.type === 'template_literal') return true;
    if (definition.type === 'enum' || definition.type === 'literal') return (definition.values ?? []).every((value) => typeof value === 'string');
    current = definition.innerType ?? definition.in;
  }
  return false;
}

/**
 * The input of a read-only action from a URL's query, as `GET` carries it: one parameter per
 * top-level field; a field of text (a string, an id, an enum) takes the parameter as it stands,
 * any other (a number, a boolean, null, an object, an array) takes it JSON-encoded. A parameter
 * that is not valid JSON where JSON is expected is passed on as text, so the action's own
 * validation names the field. A parameter given twice is refused by the caller.
 *
 * @param input - the action's input schema (a strict object)
 * @param query - the URL's query parameters
 * @returns the input object, or the name of a repeated parameter
 */
export function inputFromQuery(input: z.ZodType, query: URLSearchParams): { readonly input: Record<string, unknown> } | { readonly repeated: string } {
  const shape = definitionOf(input).shape ?? {};
  const out: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    if (values.length > 1) return { repeated: key };
    const value = values[0]!;
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    out[key] = field === undefined || takesText(field) ? value : parsedOrText(value);
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
