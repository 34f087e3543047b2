import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { AddCustomerInput } from './customer.js';
import { CustomerScope } from './customerScope.js';
import { CustomerId, Version } from './ids.js';

/**
 * A department added directly beneath a record (`departments.add`): what `customers.add` takes, with the parent required.
 * @category Records
 */
export const AddDepartmentInput = AddCustomerInput.extend({
  /** The record the department goes directly beneath. */
  parentId: CustomerId,
});
/**
 * A department added directly beneath a record.
 * @category Records
 */
export type AddDepartmentInput = z.input<typeof AddDepartmentInput>;

/**
 * A move of a record, with its whole subtree, to another parent (`customers.move`).
 * @category Records
 */
export const MoveCustomerInput = z.strictObject({
  /** The record to move. */
  id: CustomerId,
  /** The new parent; `null` promotes the record to a root customer. */
  newParentId: CustomerId.nullable(),
  /** The version of the record read; a newer stored version fails with `CONFLICT`. */
  version: Version,
}, worded);
/**
 * A move of a record to another parent.
 * @category Records
 */
export type MoveCustomerInput = z.input<typeof MoveCustomerInput>;

/**
 * Reads the moves of a record, or of its subtree or whole tree (`customers.moveHistory`).
 * @category Records
 */
export const MoveHistoryInput = z.strictObject({
  /** The Customer ID. */
  id: CustomerId,
  /** `account` (default): the record's own moves; `subtree`: also its departments'; `master`: its whole tree's. */
  scope: CustomerScope.default('account'),
}, worded);
/**
 * Reads the moves of a record.
 * @category Records
 */
export type MoveHistoryInput = z.input<typeof MoveHistoryInput>;

/**
 * Where a record could move (`customers.moveTargets`): the root customers, or one root's tree.
 * @category Records
 */
export const MoveTargetsInput = z.strictObject({
  /** The record to move. */
  id: CustomerId,
  /** A root customer picked from the first list: its whole tree, each record marked as a valid new parent or not. */
  rootId: CustomerId.optional(),
  /** The page size of the root list, 1 to 1,000; 100 by default. */
  limit: z.number(worded).int().min(1).max(1000).default(100),
  /** The cursor of the next page of roots, from a previous answer. */
  after: z.string(worded).max(2000).nullable().optional(),
}, worded);
/**
 * Where a record could move.
 * @category Records
 */
export type MoveTargetsInput = z.input<typeof MoveTargetsInput>;

/**
 * The fields a record can push down to its departments.
 * @category Records
 */
export const DepartmentDefaultField = z.enum(['branchId', 'accountManagerId', 'salesTeamId', 'defaultWorkerCompCode', 'terms', 'billingAddress'], worded);
/**
 * A field a record can push down to its departments.
 * @category Records
 */
export type DepartmentDefaultField = z.infer<typeof DepartmentDefaultField>;

/**
 * Copies chosen fields of a record to every department below it (`customers.applyDefaultsToDepartments`).
 * @category Records
 */
export const ApplyDefaultsToDepartmentsInput = z.strictObject({
  /** The record whose values are copied down. */
  id: CustomerId,
  /** The fields to copy. */
  fields: z.array(DepartmentDefaultField, worded).min(1).max(6),
  /** The version of the record read; a newer stored version fails with `CONFLICT`. */
  version: Version,
  /** List every change without writing any. */
  dryRun: z.boolean(worded).default(false),
}, worded);
/**
 * Copies chosen fields of a record to its departments.
 * @category Records
 */
export type ApplyDefaultsToDepartmentsInput = z.input<typeof ApplyDefaultsToDepartmentsInput>;
