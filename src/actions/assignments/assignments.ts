import { createAssignment } from './createAssignment.js';
import { endAssignment } from './endAssignment.js';
import { listAssignments } from './listAssignments.js';
import { massUpdateRates } from './massUpdateRates.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Employees placed on orders.
 *
 * Give it to {@link createStaffcore} as `actions: { assignments }`: the instance's `assignments.…` calls are these actions.
 * @namespace
 */
export const assignments = defineGroup('assignments', {
  /** Places an employee on an order, refused by the status up the tree or a do-not-assign bar. */
  create: createAssignment,
  /** Ends an assignment on its last day worked. */
  end: endAssignment,
  /** Lists the assignments of a record, its subtree or its whole tree: active ones, or all. */
  list: listAssignments,
  /** Changes the pay and/or bill rates of many assignments at once: a dry run previews every before and after, the commit is all or nothing. */
  massUpdateRates,
});
