import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';
import type { JsonValue } from './auditEvent.js';

/**
 * The kinds of record a host may declare its own fields on (`createStaffcore({ customFields })`).
 * @category Custom fields
 */
export const customEntities = ['customers', 'contacts', 'orders', 'assignments'] as const;
/**
 * A kind of record that carries custom fields: `customers`, `contacts`, `orders` or `assignments`.
 * @category Custom fields
 */
export type CustomEntity = (typeof customEntities)[number];

/**
 * One stored custom value: a JSON scalar. Strings hold dates (`YYYY-MM-DD`), codes and decimal
 * amounts; numbers are finite (never `-0`); `null` is a value a nullable field was set to.
 * @category Custom fields
 */
export type CustomValue = string | number | boolean | null;

/**
 * Marks the custom values of one kind of record in a record's type, so an instance can type them
 * by its declaration. A type only: there is no such value at run time.
 * @category Custom fields
 */
export declare const customValuesOf: unique symbol;
/**
 * Marks a `custom` input of one kind of record, and whether it is a whole set (`new`) or changes
 * (`patch`). A type only: there is no such value at run time.
 * @category Custom fields
 */
export declare const customInputOf: unique symbol;

/**
 * The custom values a record holds, by field name. An instance made with `customFields` types
 * them by its declaration (`customer.custom.vmsId` is a `string`); a value of a field since taken
 * out of the declaration is still held, and read (see `customFields.verify`).
 * @category Custom fields
 */
export type CustomValues<E extends CustomEntity = CustomEntity> = { readonly [field: string]: CustomValue } & { readonly [customValuesOf]?: E };

/**
 * Custom values as a caller gives them: to a new record (`new`: every required declared field),
 * as changes (`patch`: only the fields to change; `null` clears an optional field), or as a
 * search filter (`filter`: a value, or `{ from, to }`, per field). An
 * instance made with `customFields` types them by its declaration, so an undeclared key does not compile.
 * @category Custom fields
 */
export type CustomInput<E extends CustomEntity = CustomEntity, M extends CustomInputMode = CustomInputMode> = { readonly [field: string]: unknown } & {
  readonly [customInputOf]?: readonly [E, M];
};

/**
 * How a `custom` input is read: a new record's values, changes to a record's values, or a search filter.
 * @category Custom fields
 */
export type CustomInputMode = 'new' | 'patch' | 'filter';

/** A custom field's name: a letter, then letters, digits or `_`; at most 64 characters. */
export const customFieldNamePattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The longest string a custom value may be, whatever its declaration allows. */
export const customStringLimit = 10_000;

/** The most characters a record's custom values may take as JSON. */
export const customValuesLimit = 65_536;

/**
 * Whether a record's custom values take more than {@link customValuesLimit} characters as JSON: a
 * cheap upper bound first (a character escaped as `\uXXXX` takes six), the exact length only past it.
 * @param custom - the values
 * @returns `true` when they are too large to store
 * @category Custom fields
 */
export function exceedsCustomValuesLimit(custom: Readonly<Record<string, unknown>>): boolean {
  let bound = 2;
  for (const key in custom) {
    const value = custom[key];
    bound += 6 * key.length + 4 + (typeof value === 'string' ? 6 * value.length + 2 : typeof value === 'object' && value !== null ? Infinity : 24);
    if (bound > customValuesLimit) return JSON.stringify(custom).length > customValuesLimit;
  }
  return false;
}

/**
 * The schema of one stored custom value (see {@link CustomValue}).
 * @category Custom fields
 */
export const CustomValueSchema: z.ZodType<CustomValue> = z.union([z.string(worded).max(customStringLimit), z.number(worded), z.boolean(worded), z.null()], worded);
/** The custom-value schemas made here, by their role (see {@link customSchemaRole}). */
const roles = new WeakMap<object, CustomSchemaRole>();
const markRole = <S extends z.ZodType>(schema: S, role: CustomSchemaRole): S => {
  roles.set(schema, role);
  return schema;
};


/**
 * The schema of the custom values a stored record holds: JSON scalars by field name; `{}` when a
 * record has none (and for a record saved before custom fields existed).
 * @param entity - the kind of record
 * @returns the schema
 */
export function storedCustomValues<E extends CustomEntity>(entity: E): z.ZodDefault<z.ZodType<CustomValues<E>, CustomValues<E> | undefined>> {
  const values = markRole(z.record(z.string(worded).regex(customFieldNamePattern), CustomValueSchema, worded), { entity, mode: 'stored', given: 'values' });
  return values.default({}) as unknown as z.ZodDefault<z.ZodType<CustomValues<E>, CustomValues<E> | undefined>>;
}

/**
 * The schema of a `custom` input: any object here; the instance checks it against its declaration
 * (`VALIDATION` naming `['custom', field]` for an undeclared field or a bad value).
 * @param entity - the kind of record
 * @param mode - a new record's values, or changes
 * @returns the schema
 */
export function customInput<E extends CustomEntity, M extends CustomInputMode>(entity: E, mode: M): z.ZodOptional<z.ZodType<CustomInput<E, M>, CustomInput<E, M>>> {
  const values = markRole(z.record(z.string(worded), z.unknown(), worded), { entity, mode, given: 'values' });
  // The field as an input object holds it: `custom` left out (the exact schema returned here, not a copy made optional again by `.partial()`).
  return markRole(values.optional(), { entity, mode, given: 'field' }) as unknown as z.ZodOptional<z.ZodType<CustomInput<E, M>, CustomInput<E, M>>>;
}

/**
 * Marks a schema that stands for a whole record input checked later, row by row (`customers.addMany`'s
 * rows, `z.custom<AddCustomerInput>()`), as one whose `custom` holds the values of `entity` in
 * `mode`, so a description of the input (the OpenAPI document) can say what `custom` takes there.
 * @param schema - the row's schema
 * @param entity - the kind of record a row adds
 * @param mode - how the row's `custom` is read
 * @returns the same schema, marked
 */
export function customValuesRow<S extends z.ZodType>(schema: S, entity: CustomEntity, mode: CustomInputMode): S {
  return markRole(schema, { entity, mode, given: 'row' });
}

/**
 * What a schema of this module is in a record or an input: the custom values of one kind of record,
 * stored (`stored`) or given (`new`, `patch`, `filter`); as the values object itself (`values`), as
 * the optional `custom` field of an input object (`field`), or as a whole row holding `custom` (`row`).
 */
export interface CustomSchemaRole {
  /** The kind of record. */
  readonly entity: CustomEntity;
  /** Stored on a record, or how an input gives them. */
  readonly mode: 'stored' | CustomInputMode;
  /** The values object, the optional field holding it, or a row holding that field. */
  readonly given: 'values' | 'field' | 'row';
}

/**
 * What a zod schema is among the custom-value schemas of the records and inputs (see
 * {@link CustomSchemaRole}), or `null` for any other schema: how the OpenAPI document finds where
 * `custom` sits to describe an instance's declared fields there.
 * @param schema - a schema met inside a record's or an input's schema
 * @returns its role, or `null`
 */
export function customSchemaRole(schema: unknown): CustomSchemaRole | null {
  return typeof schema === 'object' && schema !== null ? (roles.get(schema) ?? null) : null;
}

/** The zod shape of a declaration of one kind of record (a shape, or a zod object's shape). */
type ShapeOf<S> = S extends z.ZodObject<infer Shape> ? Shape : S extends z.ZodRawShape ? S : never;

/**
 * The custom values a record of kind `E` holds under declaration `D`, as read: each declared
 * field typed by its schema's output; a value of a field since taken out of the declaration is
 * still there (typed `unknown`).
 * @category Custom fields
 */
export type DeclaredCustomValues<D, E extends CustomEntity> = E extends keyof D
  ? [ShapeOf<D[E]>] extends [never]
    ? CustomValues<E>
    : Readonly<z.output<z.ZodObject<ShapeOf<D[E]>>>> & { readonly [retired: string]: unknown }
  : CustomValues<E>;

/**
 * The `custom` a caller gives for a record of kind `E` under declaration `D`: a new record's
 * values (the declaration's input type: an undeclared key does not compile), or changes (every
 * field optional; `null` clears an optional one).
 * @category Custom fields
 */
export type DeclaredCustomInput<D, E extends CustomEntity, M> = E extends keyof D
  ? [ShapeOf<D[E]>] extends [never]
    ? CustomInput<E>
    : M extends 'filter'
      ? { readonly [K in keyof z.output<z.ZodObject<ShapeOf<D[E]>>>]?: z.output<z.ZodObject<ShapeOf<D[E]>>>[K] | { readonly from?: string | number; readonly to?: string | number } }
      : M extends 'patch'
      ? { readonly [K in keyof z.input<z.ZodObject<ShapeOf<D[E]>>>]?: z.input<z.ZodObject<ShapeOf<D[E]>>>[K] | (undefined extends z.input<z.ZodObject<ShapeOf<D[E]>>>[K] ? null : never) }
      : Readonly<z.input<z.ZodObject<ShapeOf<D[E]>>>>
  : { readonly [field: string]: never };

type Scalar = string | number | boolean | bigint | symbol | null | undefined;

/** Puts declaration `D`'s types on every custom value in `T` (a result or an input, however deep). */
type Typed<T, D> = [T] extends [JsonValue] ? ([JsonValue] extends [T] ? T : Walk<T, D>) : Walk<T, D>;

/** {@link Typed} past plain JSON (the audit trail's values), which holds no custom values and would recurse forever. */
type Walk<T, D> = unknown extends T
  ? T
  : T extends Scalar
    ? T
    : typeof customValuesOf extends keyof T
      ? DeclaredCustomValues<D, NonNullable<T[typeof customValuesOf]> & CustomEntity>
      : typeof customInputOf extends keyof T
        ? NonNullable<T[typeof customInputOf]> extends readonly [infer E extends CustomEntity, infer M]
          ? DeclaredCustomInput<D, E, M>
          : T
        : T extends (...args: never[]) => unknown
          ? T
          : { [K in keyof T]: Typed<T[K], D> };

/**
 * `T` (an action's input or result) with the custom values of its records typed by declaration
 * `D`; `T` itself when `D` declares nothing.
 * @category Custom fields
 */
export type WithCustomFields<T, D> = {} extends D ? T : Typed<T, D>;

