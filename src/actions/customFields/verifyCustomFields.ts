import * as z from 'zod';
import type { Customer, CustomEntity, CustomValues } from '../../model/index.js';
import { worded } from '../../errors/issueMessage.js';
import { customEntities } from '../../model/index.js';
import { CustomValueSchema, pageOf } from '../../model/index.js';
import * as messages from '../../errors/messages.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * The input of `customFields.verify`: which kind of record to check, and which stretch of it.
 * @category Custom fields
 */
export const VerifyCustomFieldsInput = z.strictObject({
  /** The kind of record: `customers`, `contacts`, `orders` or `assignments`. */
  entity: z.enum(customEntities, worded),
  /** How many records to check for this page, 1 to 5,000; 500 by default. A page lists the problems of those records. */
  limit: z.number(worded).int().min(1).max(5000).default(500),
  /** The `next` cursor of the previous page. */
  after: z.string(worded).max(2000).nullable().optional(),
}, worded);
/**
 * The input of `customFields.verify`.
 * @category Custom fields
 */
export type VerifyCustomFieldsInput = z.input<typeof VerifyCustomFieldsInput>;

/**
 * One stored custom value that does not fit the instance's declaration.
 * @category Action results
 */
export const CustomValueFinding = z.strictObject({
  /** The kind of record. */
  entity: z.enum(customEntities),
  /** The record's id. */
  id: z.string(),
  /** The customer record it belongs to (its own id for a customer). */
  customerId: z.string(),
  /** The custom field. */
  field: z.string(),
  /**
   * `retired`: a value of a field the declaration no longer has (kept; declaring the field again
   * makes it readable by its type); `invalid`: a value the declaration no longer accepts (read as
   * stored, never thrown); `missing`: a required field with no value.
   */
  problem: z.enum(['retired', 'invalid', 'missing']),
  /** What is wrong. */
  message: z.string(),
  /** The stored value (`null` when missing). */
  value: CustomValueSchema,
});
/**
 * One stored custom value that does not fit the declaration.
 * @category Action results
 */
export type CustomValueFinding = z.output<typeof CustomValueFinding>;

/**
 * What `customFields.verify` found in one stretch of records: the problems of the records it
 * read (often none), and the cursor of the next stretch (`null` when every record was read).
 * @category Action results
 */
export const VerifyCustomFieldsResult = pageOf(CustomValueFinding);
/**
 * What `customFields.verify` found.
 * @category Action results
 */
export type VerifyCustomFieldsResult = z.output<typeof VerifyCustomFieldsResult>;

/** The records a page reads: one kind of record, by id. */
interface Listed {
  readonly id: string;
  readonly customerId?: string;
  readonly branchId?: string;
  readonly custom?: CustomValues;
}

/**
 * The `customFields.verify` action; its documentation is on the `verify` member of its group (`customFields.ts`), where editors and the reference show it.
 * @category Action results
 */
export const verifyCustomFields = defineAction({
  name: 'customFields.verify',
  summary: "Lists stored custom values that do not fit the instance's declaration: retired fields, invalid values, missing required ones.",
  input: VerifyCustomFieldsInput,
  result: VerifyCustomFieldsResult,
  refusals: [],
  subject: 'custom-field check',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { entity, limit, after }): Promise<VerifyCustomFieldsResult> {
    const fields = run.customFields.of(entity as CustomEntity);
    const query = { orderBy: 'id' as const, limit, after: after ?? null };
    const page = (await run.tx[entity].find(query)) as { items: readonly Listed[]; next: string | null };
    // Only the records of customers in the actor's scope: a customer's branch, or its owner's.
    const owners = new Map<string, Customer>();
    if (entity !== 'customers') {
      const ids = [...new Set(page.items.map((record) => record.customerId!))];
      for (const customer of await run.tx.customers.getMany(ids)) owners.set(customer.id, customer);
    }
    const declared = new Set(fields.fields.map((field) => field.name));
    const items: CustomValueFinding[] = [];
    for (const record of page.items) {
      const customerId = entity === 'customers' ? record.id : record.customerId!;
      const branchId = entity === 'customers' ? record.branchId : owners.get(customerId)?.branchId;
      if (branchId === undefined || !run.scope.has(branchId)) continue;
      const retired = Object.keys(record.custom ?? {})
        .filter((field) => !declared.has(field))
        .map((field) => ({ field, problem: 'retired' as const, message: messages.retiredCustomField }));
      for (const problem of [...retired, ...fields.problems(record.custom)]) {
        items.push({ entity, id: record.id, customerId, ...problem, value: record.custom?.[problem.field] ?? null });
      }
    }
    return { items, next: page.next };
  },
});
