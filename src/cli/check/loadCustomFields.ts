import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { isStaffcoreError } from '../../errors/index.js';
import { customEntities } from '../../model/customValues.js';
import { builtInFieldNames } from '../../rules/builtInFieldNames.js';
import { compileCustomFields, type CustomFieldSet } from '../../rules/customFields.js';
import { isCustomFieldSet } from '../../rules/noCustomFields.js';
import { cliMessages } from './cliMessages.js';
import { InputError } from './InputError.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schemas a custom field's JSON Schema may become (under `.optional()` or `.nullable()`). */
const storable = new Set(['string', 'number', 'boolean', 'enum', 'literal']);

type Def = { readonly type: string; readonly innerType?: z.ZodType; readonly options?: readonly z.ZodType[] };
const defOf = (schema: z.ZodType): Def => schema._zod.def as Def;

/**
 * A field's schema as `z.fromJSONSchema` reads it, with `"type": ["string", "null"]` (which it
 * reads as a union with null) made `.nullable()`, the form a custom field declares it in.
 */
function nullableUnions(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.type === 'optional' && def.innerType) return nullableUnions(def.innerType).optional();
  if (def.type !== 'union' || !def.options) return schema;
  const others = def.options.filter((option) => defOf(option).type !== 'null');
  return others.length === 1 && others.length < def.options.length ? others[0]!.nullable() : schema;
}

/** The zod type under a schema's optional, nullable and default wrappers. */
function innerType(schema: z.ZodType): string {
  let def = defOf(schema);
  for (let depth = 0; depth < 10 && def.innerType && ['optional', 'nullable', 'default', 'prefault'].includes(def.type); depth++) def = defOf(def.innerType);
  return def.type;
}

/** The declaration a compiled set was made from, by kind of record (each field's own schema). */
function declarationOf(set: CustomFieldSet): Record<string, unknown> {
  const shapes = customEntities.map((entity) => [entity, Object.fromEntries(set.of(entity).fields.map((field) => [field.name, field.schema]))] as const);
  return Object.fromEntries(shapes.filter(([, shape]) => Object.keys(shape).length > 0));
}

/**
 * Loads the custom-field declaration of `staffcore.config.json` and compiles it as
 * `createStaffcore({ customFields })` would: `customFields` is a module path (its default export,
 * or its export `customFields`, is the declaration), or an object by kind of record of JSON
 * Schemas (`{ "type": "object", "properties": … , "required": … }`, read with zod's
 * `z.fromJSONSchema`) or module paths (the module's declaration of that kind). Module paths are
 * resolved from the configuration file's folder.
 * @param given - the configuration's `customFields`
 * @param configFile - the configuration file's path, to resolve module paths from
 * @param shown - the configuration file's name as the user knows it, for errors
 * @param cwd - the working directory, which a relative configuration path starts from
 * @returns the compiled custom fields
 * @throws InputError naming the configuration file and the field (`customFields.customers.vmsId`) of a bad declaration, or a module that cannot be loaded
 */
export async function loadCustomFields(given: unknown, configFile: string, shown: string, cwd: string): Promise<CustomFieldSet> {
  const fail = (path: string, what: string) => new InputError(shown, null, `${path} ${what}`);
  const modules = new Map<string, Record<string, unknown>>();
  const load = async (module: string, path: string): Promise<Record<string, unknown>> => {
    const known = modules.get(module);
    if (known) return known;
    let exports: Record<string, unknown>;
    try {
      exports = (await import(pathToFileURL(resolve(cwd, dirname(configFile), module)).href)) as Record<string, unknown>;
    } catch (error) {
      const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));
      throw new InputError(shown, null, `${path}: ${cliMessages.cannotLoadCustomFields(module, reason)}`);
    }
    const exported = exports['default'] ?? exports['customFields'];
    if (!isObject(exported)) throw new InputError(shown, null, `${path}: ${cliMessages.noCustomFieldsExport(module)}`);
    // The module may export what a host gives createStaffcore (made with defineCustomFields) or the bare declaration.
    const declaration = isCustomFieldSet(exported) ? declarationOf(exported) : exported;
    modules.set(module, declaration);
    return declaration;
  };

  let declarations: Record<string, unknown>;
  if (typeof given === 'string') declarations = await load(given, 'customFields');
  else if (isObject(given)) {
    declarations = {};
    for (const [entity, entry] of Object.entries(given)) {
      const path = `customFields.${entity}`;
      if (!(customEntities as readonly string[]).includes(entity)) declarations[entity] = entry;
      else if (typeof entry === 'string') {
        const declared = (await load(entry, path))[entity];
        if (declared === undefined) throw new InputError(shown, null, `${path}: ${cliMessages.noEntityInModule(entry, entity)}`);
        declarations[entity] = declared;
      } else if (isObject(entry)) {
        let schema: z.ZodType;
        try {
          schema = z.fromJSONSchema(entry as z.core.JSONSchema.JSONSchema);
        } catch (error) {
          throw fail(path, cliMessages.badJsonSchema(error instanceof Error ? error.message.split('\n')[0]! : String(error)));
        }
        if (!(schema instanceof z.ZodObject)) throw fail(path, cliMessages.notObjectSchema);
        const shape: Record<string, z.ZodType> = {};
        for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
          shape[name] = nullableUnions(field);
          const found = innerType(shape[name]);
          if (!storable.has(found)) throw fail(`${path}.${name}`, cliMessages.unsupportedJsonSchemaField(found));
        }
        declarations[entity] = shape;
      } else throw fail(path, cliMessages.customFieldsEntry);
    }
  } else throw fail('customFields', cliMessages.customFieldsKind);

  try {
    return compileCustomFields(declarations, builtInFieldNames(), ['customFields']);
  } catch (error) {
    if (!isStaffcoreError(error)) throw error;
    const issue = error.details.issues?.[0];
    throw fail(issue?.path.join('.') ?? 'customFields', issue?.message ?? error.message);
  }
}
