import { defineCheckRule } from '../CheckRule.js';
import { blockedWork } from './blockedWork.js';

/**
 * `assignment-on-blocked-customer`: an active assignment (assignments file) on a customer whose
 * effective status allows no assignments.
 * @category Check
 */
export const assignmentOnBlockedCustomerRule = defineCheckRule({
  id: 'assignment-on-blocked-customer',
  name: 'AssignmentOnBlockedCustomer',
  defaultSeverity: 'error',
  description: 'An active assignment on a customer whose effective status allows no assignments (needs the assignments file)',
  help: "A customer's effective status is the most restrictive status up its tree; statuses such as Hold and Inactive allow no assignments. End the assignment, or change the status of the customer or of the record above it.",
  structural: true,
  create: (context) => (context.related.assignments ? blockedWork(context, 'assignment') : {}),
});
