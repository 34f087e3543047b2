import * as z from 'zod';
import * as messages from '../../errors/messages.js';
import { ApplyDefaultsToDepartmentsInput, Customer, CustomerId, DepartmentDefaultField } from '../../model/index.js';
import { Provenance } from '../../rules/resolveCustomerDefaults.js';
import { statusOf } from '../../rules/statusOf.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * One field of one department that the push-down changes (or would, in a dry run).
 * @category Action results
 */
export const DepartmentDefaultChange = z.strictObject({
  /** The department. */
  customerId: CustomerId,
  /** Its name. */
  name: z.string(),
  /** The field. */
  field: DepartmentDefaultField,
  /** Its value before (the field's type: an id, terms, an address, or `null`). */
  before: z.unknown(),
  /** Its value after: the record's own. */
  after: z.unknown(),
  /** Where the new value comes from ("applied from customer 1042"). */
  provenance: Provenance,
});
/**
 * One field of one department that the push-down changes (or would, in a dry run).
 * @category Action results
 */
export type DepartmentDefaultChange = z.output<typeof DepartmentDefaultChange>;

/**
 * What `customers.applyDefaultsToDepartments` did, or would do.
 * @category Action results
 */
export const ApplyDefaultsToDepartmentsResult = z.strictObject({
  /** Every field changed, department by department (parents first). */
  changes: z.array(DepartmentDefaultChange).readonly(),
  /** The departments saved; empty in a dry run or when nothing differed. */
  updated: z.array(Customer).readonly(),
  /** Departments below the record left as they are: outside the rep's scope, or deleted (`X`). */
  skipped: z.array(CustomerId).readonly(),
  /** Whether this was a dry run (nothing written). */
  dryRun: z.boolean(),
});
/**
 * What `customers.applyDefaultsToDepartments` did, or would do.
 * @category Action results
 */
export type ApplyDefaultsToDepartmentsResult = z.output<typeof ApplyDefaultsToDepartmentsResult>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The `customers.applyDefaultsToDepartments` action; its documentation is on the `applyDefaultsToDepartments` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const applyDefaultsToDepartments = defineAction({
  name: 'customers.applyDefaultsToDepartments',
  summary: 'Copies chosen fields of a record to every department below it (a dry run lists the changes first).',
  input: ApplyDefaultsToDepartmentsInput,
  result: ApplyDefaultsToDepartmentsResult,
  refusals: ['NOT_FOUND', 'CONFLICT'],
  subject: 'push-down of defaults',
  permission: 'customer.edit',
  async run(run, { id, fields, version, dryRun }): Promise<ApplyDefaultsToDepartmentsResult> {
    const record = await run.customer(id);
    run.expectVersion(record, version);
    const below = (await run.tx.customers.subtree(record.id)).filter((node) => node.id !== record.id);
    const provenance: Provenance = { source: 'parent', customerId: record.id, description: messages.appliedFromParent(record.id) };
    const changes: DepartmentDefaultChange[] = [];
    const next: Customer[] = [];
    const skipped: CustomerId[] = [];
    for (const department of below) {
      // Outside the rep's scope, or deleted (a deleted record takes no changes): left alone, listed.
      if (!run.scope.has(department.branchId) || statusOf(department.status, run.statuses).isDeletion) {
        skipped.push(department.id);
        continue;
      }
      const differing = [...new Set(fields)].filter((field) => !same(department[field], record[field]));
      if (differing.length === 0) continue;
      let changed: Customer = department;
      for (const field of differing) {
        changes.push({ customerId: department.id, name: department.name, field, before: department[field], after: record[field], provenance });
        changed = { ...changed, [field]: record[field] };
      }
      next.push(changed);
    }
    const updated = dryRun || next.length === 0 ? [] : await run.tx.customers.updateMany(next);
    return { changes, updated, skipped, dryRun };
  },
});
