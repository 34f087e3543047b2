import { addDepartment } from './addDepartment.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Departments in customer trees.
 *
 * Give it to {@link createStaffcore} as `actions: { departments }`: the instance's `departments.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const departments = defineGroup('departments', {
  /**
   * `departments.add`: adds a department directly beneath a record. It takes what `customers.add`
   * takes, with `parentId` required, and follows the same rules: the branch, account manager, sales
   * team, worker comp, terms and billing address are inherited from the parent, each with its
   * provenance ("inherited from parent customer 1042"); the record starts with the catalog's
   * initial status. Refuses with `VALIDATION`, `FORBIDDEN`, `NOT_FOUND` (a parent outside the rep's
   * scope), `STATUS_BLOCKED` (a deleted parent), `STANDARDIZATION_REQUIRED`.
   *
   * Needs the permission `customer.add`.
   *
   * @example
   * ```ts
   * const { customer, defaults } = await sc.departments.add({ name: 'Shipping', parentId: '1' });
   * customer.parentId //=> '1'
   * defaults.branchId.description //=> 'inherited from parent customer 1'
   * ```
   */
  add: addDepartment,
});
