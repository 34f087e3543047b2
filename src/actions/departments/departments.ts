import { addDepartment } from './addDepartment.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Departments in customer trees.
 *
 * Give it to {@link createStaffcore} as `actions: { departments }`: the instance's `departments.…` calls are these actions.
 * @namespace
 */
export const departments = defineGroup('departments', {
  /** Adds a department directly beneath a record, inheriting its defaults with their provenance. */
  add: addDepartment,
});
