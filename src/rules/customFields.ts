import * as z from 'zod';
import { fieldError, issuesOf, type FieldPath, parseOptions, validationFailure, type ValidationIssue } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import { builtInFieldNames } from './builtInFieldNames.js';
import { compiledMark } from './noCustomFields.js';
import {
  customEntities,
  customFieldNamePattern,
  customStringLimit,
  customValuesLimit,
  exceedsCustomValuesLimit,
  type CustomEntity,
  type CustomValue,
  type CustomValues,
} from '../model/customValues.js';

/** Where a value sits in an input or the options, for errors (`['custom', 'vmsId']`). */
type Path = FieldPath;

/**
 * The fields a host declares on one kind of record: zod schemas by field name (or a zod object
 * of them). Each must be a string, number, boolean, enum or scalar literal, optionally
 * `.optional()`, `.nullable()` or `.default(…)`, with any checks (`.max(40)`, `.regex(…)`,
 * `.refine(…)`); `CalendarDate` is a string. Transforms are refused: a value is stored exactly as
 * it was validated, so it reads back the same.
 * @category Custom fields
 */
export type CustomFieldShape = { readonly [field: string]: z.ZodType } | z.ZodObject;

/**
 * The custom fields of an instance (`createStaffcore({ customFields })`), by kind of record.
 * @example
 * ```ts
 * const customFields = {
 *   customers: { vmsId: z.string().max(40), unionShop: z.boolean(), orientationDate: CalendarDate.optional() },
 *   orders: { poRequired: z.boolean().default(false) },
 * } satisfies CustomFieldDeclarations;
 * ```
 * @category Custom fields
 */
export type CustomFieldDeclarations = { readonly [E in CustomEntity]?: CustomFieldShape };

/**
 * The kind of JSON scalar a field stores, which decides how it can be searched.
 * @category Custom fields
 */
export type CustomFieldKind = 'string' | 'number' | 'boolean';

/**
 * One declared custom field, as staffcore understood its declaration.
 * @category Custom fields
 */
export interface CustomFieldInfo {
  /** The field's name (`vmsId`). */
  readonly name: string;
  /** The JSON type its values have: `string` (also dates and enums), `number` or `boolean`. */
  readonly kind: CustomFieldKind;
  /** A new record may leave it out (`.optional()`, or `.default(…)` which fills it in). */
  readonly optional: boolean;
  /** It may hold `null` (`.nullable()`). */
  readonly nullable: boolean;
  /** A department added without a value takes its parent's (marked with {@link inheritedField}). */
  readonly inherited: boolean;
  /** The values an enum or literal allows, or `null` for any value of its kind. */
  readonly values: readonly CustomValue[] | null;
  /** The host's schema. */
  readonly schema: z.ZodType;
}

/**
 * What is wrong with one stored custom value (`customFields.verify`, `staffcore check`): a field
 * no longer declared (`retired`: the value is kept; `customFields.verify` finds these), or a value
 * the declaration no longer accepts (`invalid`), or a required field with no value (`missing`).
 * @category Custom fields
 */
export interface CustomValueProblem {
  /** The field. */
  readonly field: string;
  /** `retired`, `invalid` or `missing`. */
  readonly problem: 'retired' | 'invalid' | 'missing';
  /** What is wrong, in staffcore's (or the declaration's) wording. */
  readonly message: string;
}

/**
 * A condition on one custom field in a search: equal to a value, or (for a number or string
 * field) within a range, both ends included.
 * @category Custom fields
 */
export type CustomCondition =
  | { readonly field: string; readonly equals: CustomValue }
  | { readonly field: string; readonly from?: string | number; readonly to?: string | number };

/**
 * The custom fields declared on one kind of record.
 * @category Custom fields
 */
export interface EntityCustomFields<E extends CustomEntity = CustomEntity> {
  /** The kind of record. */
  readonly entity: E;
  /** The declared fields, in declaration order. */
  readonly fields: readonly CustomFieldInfo[];
  /**
   * Checks the custom values given for a new record and fills in defaults (and, for a
   * department, inherited values from its parent's).
   * @param given - the `custom` input (`undefined` when left out)
   * @param path - where `custom` sits in the input, for errors
   * @param parent - the parent record's custom values, for inherited fields
   * @returns the values to store
   * @throws StaffcoreError `VALIDATION` naming `[...path, field]`
   */
  parseNew(given: unknown, path: Path, parent?: CustomValues | null): CustomValues<E>;
  /**
   * Applies changes to a record's stored custom values: each given field is checked and set;
   * `null` clears an optional field that is not nullable. Fields not given, and stored values of
   * fields no longer declared, are kept.
   * @param stored - the record's stored values
   * @param changes - the `custom` changes (`undefined` when left out)
   * @param path - where the changes sit in the input, for errors
   * @returns the values to store
   * @throws StaffcoreError `VALIDATION` naming `[...path, field]`
   */
  parsePatch(stored: CustomValues, changes: unknown, path: Path): CustomValues<E>;
  /**
   * Checks a search's custom filter against the declaration.
   * @param filter - `{ field: value }` or `{ field: { from, to } }`
   * @param path - where the filter sits in the input, for errors
   * @returns the conditions, one per field
   * @throws StaffcoreError `VALIDATION` naming `[...path, field]`
   */
  parseFilter(filter: unknown, path: Path): CustomCondition[];
  /**
   * What is wrong with a record's stored values of the declared fields (never throws): invalid
   * values and missing required ones. Values of undeclared fields are not looked at.
   * @param stored - the record's stored values
   * @returns the problems, field by field
   */
  problems(stored: CustomValues | undefined): CustomValueProblem[];
}

/** Marks a {@link CustomFieldSet} made by {@link defineCustomFields} with its declaration's type. */
declare const declarationOf: unique symbol;

/**
 * An instance's custom fields, checked: the fields of each kind of record (none when undeclared).
 * `D` is the declaration it was made from, which types the records of an instance given it.
 * @category Custom fields
 */
export interface CustomFieldSet<D extends CustomFieldDeclarations = CustomFieldDeclarations> {
  /** The declaration's type (a type only: never set). */
  readonly [declarationOf]?: D;
  /** Whether any field is declared on any kind of record. */
  readonly any: boolean;
  /**
   * The fields of one kind of record.
   * @param entity - `customers`, `contacts`, `orders` or `assignments`
   * @returns its fields and the checks of its values
   */
  of<E extends CustomEntity>(entity: E): EntityCustomFields<E>;
}

const inheritedSchemas = new WeakSet<object>();

/**
 * Marks a custom field of customer records as inherited: a department added without a value for
 * it takes its parent's value at that moment (later changes to the parent are not copied down).
 * @param schema - the field's schema
 * @returns the same schema, marked
 * @example
 * ```ts
 * createStaffcore({ …, customFields: { customers: { vmsId: inheritedField(z.string().max(40).optional()) } } });
 * ```
 * @category Custom fields
 */
export function inheritedField<S extends z.ZodType>(schema: S): S {
  inheritedSchemas.add(schema);
  return schema;
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
}
const defOf = (schema: unknown): Def | null => {
  const def = (schema as { _zod?: { def?: Def } } | null)?._zod?.def;
  return def && typeof def.type === 'string' ? def : null;
};

/** Understands one field's schema, or says why it cannot be stored. */
function describe(name: string, schema: z.ZodType, path: Path): CustomFieldInfo {
  let optional = false;
  let nullable = false;
  let def = defOf(schema);
  const inherited = inheritedSchemas.has(schema);
  for (let depth = 0; def && depth < 10; depth++) {
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else break;
    if (inheritedSchemas.has(def.innerType as object)) return { ...describe(name, def.innerType!, path), ...(optional ? { optional } : {}), ...(nullable ? { nullable } : {}), inherited: true, schema };
    def = defOf(def.innerType);
  }
  const found = def?.type ?? typeof schema;
  let kind: CustomFieldKind | null = null;
  let values: CustomValue[] | null = null;
  if (found === 'string' || found === 'number' || found === 'boolean') kind = found;
  else if (found === 'enum' && def?.entries) {
    values = Object.values(def.entries);
    kind = values.every((v) => typeof v === 'string') ? 'string' : values.every((v) => typeof v === 'number') ? 'number' : null;
  } else if (found === 'literal' && def?.values) {
    const scalars = def.values.filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v));
    const kinds = new Set(scalars.map((v) => typeof v));
    if (scalars.length === def.values.length && kinds.size === 1) {
      values = scalars;
      kind = [...kinds][0] as CustomFieldKind;
    }
  }
  if (!kind) throw fieldError('options', [...path, name], messages.unsupportedCustomFieldType(found));
  return { name, kind, optional, nullable, inherited, values, schema };
}

/**
 * The field names of each kind of record's own schema, which a custom field may not take.
 * @category Custom fields
 */
export type BuiltInFields = { readonly [E in CustomEntity]: readonly string[] };

const tooLong = (value: unknown): boolean => typeof value === 'string' && value.length > customStringLimit;

/** Checks one value with its field's schema, in staffcore's wording; the stored form of the value. */
function parseValue(info: CustomFieldInfo, value: unknown, path: Path): { ok: true; value: CustomValue | undefined } | { ok: false; issues: ValidationIssue[] } {
  if (tooLong(value)) return { ok: false, issues: [{ path, message: messages.customValueTooLong(customStringLimit) }] };
  const result = z.safeParse(info.schema, value, parseOptions);
  if (!result.success) return { ok: false, issues: issuesOf(result.error, path) };
  const parsed: unknown = result.data;
  if (parsed === undefined) return { ok: true, value: undefined };
  if (tooLong(parsed)) return { ok: false, issues: [{ path, message: messages.customValueTooLong(customStringLimit) }] };
  // -0 is not a JSON number PostgreSQL keeps apart from 0: store what reads back.
  return { ok: true, value: Object.is(parsed, -0) ? 0 : (parsed as CustomValue) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

function checkSize(values: CustomValues, path: Path): void {
  if (exceedsCustomValuesLimit(values)) throw fieldError('custom values', path, messages.customValuesTooLarge(customValuesLimit));
}

function entityFields<E extends CustomEntity>(entity: E, fields: readonly CustomFieldInfo[]): EntityCustomFields<E> {
  const byName = new Map(fields.map((info) => [info.name, info]));
  const undeclared = (given: Record<string, unknown>, path: Path): ValidationIssue[] =>
    Object.keys(given)
      .filter((key) => !byName.has(key))
      .map((key) => ({ path: [...path, key], message: messages.undeclaredCustomField }));
  const objectOf = (given: unknown, path: Path): Record<string, unknown> => {
    if (given === undefined) return {};
    if (!isPlainObject(given)) throw fieldError('custom values', path, messages.expected('an object'));
    return given;
  };
  return {
    entity,
    fields,
    parseNew(given, path, parent) {
      const values = objectOf(given, path);
      const issues = undeclared(values, path);
      const out: Record<string, CustomValue> = {};
      for (const info of fields) {
        let value = values[info.name];
        if (value === undefined && info.inherited && parent && parent[info.name] !== undefined) value = parent[info.name];
        const parsed = parseValue(info, value, [...path, info.name]);
        if (!parsed.ok) issues.push(...parsed.issues);
        else if (parsed.value !== undefined) out[info.name] = parsed.value;
      }
      if (issues.length > 0) throw validationFailure('custom values', issues);
      checkSize(out, path);
      return out as CustomValues<E>;
    },
    parsePatch(stored, changes, path) {
      const values = objectOf(changes, path);
      const issues = undeclared(values, path);
      const out: Record<string, CustomValue> = { ...stored };
      for (const [name, value] of Object.entries(values)) {
        const info = byName.get(name);
        if (!info || value === undefined) continue;
        if (value === null && !info.nullable) {
          if (info.optional) delete out[name];
          else issues.push({ path: [...path, name], message: messages.customFieldNotClearable });
          continue;
        }
        const parsed = parseValue(info, value, [...path, name]);
        if (!parsed.ok) issues.push(...parsed.issues);
        else if (parsed.value === undefined) delete out[name];
        else out[name] = parsed.value;
      }
      if (issues.length > 0) throw validationFailure('custom values', issues);
      checkSize(out, path);
      return out as CustomValues<E>;
    },
    parseFilter(filter, path) {
      const values = objectOf(filter, path);
      const issues = undeclared(values, path);
      const conditions: CustomCondition[] = [];
      for (const [name, value] of Object.entries(values)) {
        const info = byName.get(name);
        if (!info || value === undefined) continue;
        const at = [...path, name];
        if (isPlainObject(value)) {
          const { from, to, ...rest } = value;
          for (const key of Object.keys(rest)) issues.push({ path: [...at, key], message: messages.unknownField });
          if (info.kind === 'boolean') issues.push({ path: at, message: messages.customRangeKind });
          for (const [end, bound] of [['from', from], ['to', to]] as const) {
            if (bound !== undefined && (typeof bound !== info.kind || (typeof bound === 'number' && !Number.isFinite(bound)) || tooLong(bound))) {
              issues.push({ path: [...at, end], message: messages.expected(info.kind === 'number' ? 'a number' : 'text') });
            }
          }
          conditions.push({ field: name, ...(from !== undefined ? { from: from as string | number } : {}), ...(to !== undefined ? { to: to as string | number } : {}) });
        } else if (value === null ? info.nullable : typeof value === info.kind && !tooLong(value) && (typeof value !== 'number' || Number.isFinite(value))) {
          conditions.push({ field: name, equals: Object.is(value, -0) ? 0 : (value as CustomValue) });
        } else {
          issues.push({ path: at, message: messages.expected(info.kind === 'number' ? 'a number' : info.kind === 'boolean' ? 'true or false' : 'text') });
        }
      }
      if (issues.length > 0) throw validationFailure('custom filter', issues);
      return conditions;
    },
    problems(stored) {
      const values = stored ?? {};
      const found: CustomValueProblem[] = [];
      for (const info of fields) {
        const value = values[info.name];
        if (value === undefined) {
          if (!info.optional) found.push({ field: info.name, problem: 'missing', message: messages.required });
          continue;
        }
        const parsed = parseValue(info, value, [info.name]);
        if (!parsed.ok) found.push({ field: info.name, problem: 'invalid', message: parsed.issues[0]?.message ?? messages.invalid });
      }
      return found;
    },
  };
}

/**
 * Checks a host's custom-field declaration and compiles it: each kind of record's fields, with the
 * checks of their values.
 * @param declarations - the fields by kind of record (`undefined` for none)
 * @param builtIn - each kind of record's own field names, which a custom field may not take
 * @param path - where the declaration sits in the options, for errors
 * @returns the compiled set
 * @throws StaffcoreError `VALIDATION` naming `[...path, entity, field]` for a bad declaration
 * @category Custom fields
 */
export function compileCustomFields(declarations: unknown, builtIn: BuiltInFields = builtInFieldNames(), path: Path = ['customFields']): CustomFieldSet {
  if (declarations !== undefined && !isPlainObject(declarations)) throw fieldError('options', path, messages.expected(messages.customFieldsKind));
  const given = (declarations ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(customEntities as readonly string[]).includes(key)) throw fieldError('options', [...path, key], messages.oneOf(customEntities));
  }
  const compiled = new Map<CustomEntity, EntityCustomFields>();
  for (const entity of customEntities) {
    const declared = given[entity];
    if (declared === undefined) {
      compiled.set(entity, entityFields(entity, []));
      continue;
    }
    const objectShape = defOf(declared)?.type === 'object' ? defOf(declared)?.shape : undefined;
    const shape = objectShape ?? (isPlainObject(declared) && defOf(declared) === null ? declared : null);
    if (!shape) throw fieldError('options', [...path, entity], messages.expected(messages.customFieldsKind));
    const taken = new Set(builtIn[entity].map((name) => name.toLowerCase()));
    const fields = Object.entries(shape).map(([name, schema]) => {
      if (!customFieldNamePattern.test(name)) throw fieldError('options', [...path, entity, name], messages.customFieldName);
      if (taken.has(name.toLowerCase())) throw fieldError('options', [...path, entity, name], messages.customFieldCollides(entity));
      if (defOf(schema) === null) throw fieldError('options', [...path, entity, name], messages.unsupportedCustomFieldType(typeof schema));
      return describe(name, schema as z.ZodType, [...path, entity]);
    });
    compiled.set(entity, entityFields(entity, fields));
  }
  const any = [...compiled.values()].some((set) => set.fields.length > 0);
  return Object.freeze({ any, of: <E extends CustomEntity>(entity: E) => compiled.get(entity)! as EntityCustomFields<E>, [compiledMark]: true });
}


/**
 * Declares the organization's own fields, for `createStaffcore({ customFields })`: zod schemas by
 * field name, per kind of record (`customers`, `contacts`, `orders`, `assignments`). Their values
 * travel under `custom` on input and on every record read, typed by the declaration
 * (`customer.custom.vmsId` is a `string`); an undeclared key does not compile, and is refused at
 * run time with `VALIDATION` naming `['custom', key]`. Both stores keep them without a migration
 * per field: a field can be added at any time, and a field taken out keeps its stored values
 * (`customFields.verify` lists them). A host that declares no field does not import this, and its
 * bundle carries none of it.
 * @param declarations - the fields by kind of record (see {@link CustomFieldShape} for what a field may be)
 * @returns the checked declaration
 * @throws StaffcoreError `VALIDATION` naming `['customFields', entity, field]` for a field that is
 *   not a supported zod type, a name that is not an identifier or is a built-in field's, or a kind
 *   of record that takes no custom fields
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { CalendarDate, createStaffcore, customers, defineCustomFields, inheritedField } from 'staffcore';
 *
 * const customFields = defineCustomFields({
 *   customers: {
 *     vmsId: z.string().max(40),
 *     unionShop: z.boolean().default(false),
 *     orientationDate: CalendarDate.optional(),
 *     industry: inheritedField(z.enum(['food', 'metal', 'logistics']).optional()),
 *   },
 * });
 * const sc = createStaffcore({ store, actor, actions: { customers }, customFields });
 * const { customer } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1042' } });
 * customer.custom.unionShop //=> false
 * ```
 * @category Custom fields
 */
export function defineCustomFields<const D extends CustomFieldDeclarations>(declarations: D): CustomFieldSet<D> {
  return compileCustomFields(declarations) as CustomFieldSet<D>;
}
