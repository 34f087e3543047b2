import type * as z from 'zod';
import type { ZodObject } from 'zod';
import { issuesOf, parseOptions } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import { Address, Customer, Terms } from '../../../model/index.js';
import { defineCheckRule } from '../CheckRule.js';

/** The nested objects a CSV spreads over dotted columns (`billingAddress.city`). */
const nested: Readonly<Record<string, ZodObject>> = { contactAddress: Address, billingAddress: Address, terms: Terms };

/** The Customer schema without `custom`: custom values are the custom-field rules' to check, against the declaration. */
let builtIn: ZodObject | undefined;
const builtInFields = (): ZodObject => (builtIn ??= Customer.omit({ custom: true }));

let wholeRecords: z.ZodType | undefined;
const byColumns = new WeakMap<readonly string[], z.ZodType>();

/**
 * The schema a record is checked against: every field but `id` and `name` optional (a partial
 * export is checked on the fields it has) and, when the export has a header, the fields of an
 * address or terms whose column is absent optional too (an export with `billingAddress.city` and
 * no `billingAddress.country` is not wrong on every row).
 */
function schemaFor(columns: readonly string[] | undefined): z.ZodType {
  if (columns === undefined) return (wholeRecords ??= builtInFields().partial().required({ id: true, name: true }));
  let schema = byColumns.get(columns);
  if (schema) return schema;
  const shape: Record<string, z.ZodType> = {};
  for (const [group, inner] of Object.entries(nested)) {
    const present = new Set(columns.filter((c) => c.startsWith(`${group}.`)).map((c) => c.slice(group.length + 1)));
    const missing = Object.keys(inner.shape).filter((key) => !present.has(key));
    if (present.size > 0 && missing.length > 0) shape[group] = inner.partial(Object.fromEntries(missing.map((key) => [key, true])) as never).nullable();
  }
  schema = builtInFields().extend(shape).partial().required({ id: true, name: true });
  byColumns.set(columns, schema);
  return schema;
}

/**
 * `schema`: each field of a record must be valid for the Customer schema (one finding per field
 * and reason); a field the export does not have is not checked. `custom` is left to `custom-field`.
 * @category Check
 */
export const schemaRule = defineCheckRule({
  id: 'schema',
  name: 'InvalidField',
  defaultSeverity: 'error',
  description: 'A field is not valid for the Customer schema (each field and the reason)',
  help: 'Each field of a customer record has a type and limits (see `Customer` in the reference). Fix the value in the export, or leave the column out: a partial export is checked only on the fields it has.',
  structural: false,
  create: (context) => ({
    record({ value, recordId, location, columns }) {
      const schema = schemaFor(columns);
      // Parsed bare first: zod's fast path is off with a custom error map, and the wording is only needed for a bad record.
      if (schema.safeParse(value).success) return;
      const parsed = schema.safeParse(value, parseOptions);
      if (!parsed.success) for (const issue of issuesOf(parsed.error)) context.report(messages.checkField(issue.path.join('.'), issue.message), recordId, issue.path, location);
    },
  }),
});
