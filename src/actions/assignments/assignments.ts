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
 * @category Action groups
 */
export const assignments = defineGroup('assignments', {
  /**
   * `assignments.create`: places an employee on an order with pay and bill rates (the order's,
   * unless given) from a start date (the order's, unless given). The order becomes `filled` when
   * its last position is taken. The record's multiplier codes (its own or inherited) price it: key
   * the pay rate and the bill rate follows by the agreed markup, or the reverse; a pair under the
   * minimum GP % or markup is saved, with `warnings` in the result.
   *
   * Refuses with `VALIDATION` (no pay or bill rate anywhere, a negative rate), `FORBIDDEN` (no
   * `assignment.edit`), `NOT_FOUND` (the order out of scope), `STATUS_BLOCKED` (the effective status
   * anywhere up the tree allows no assignments), `EMPLOYEE_BARRED` (a do-not-assign bar on the
   * record, or a tree-wide one on an ancestor: `details` names the bar and its reason),
   * `BUSINESS_RULE` (a closed or filled order, the employee already active on it, an end before the start).
   *
   * @example
   * ```ts
   * const { assignment, warnings } = await sc.assignments.create({ orderId: order.id, employeeId: 'E-1001', payRate: '18.50', billRate: '27.75' });
   * assignment.state //=> 'active'
   * warnings //=> []
   * ```
   */
  create: createAssignment,
  /**
   * `assignments.end`: ends an assignment on its last day worked, with a reason; a `filled` order
   * opens again for the freed position. Ending is allowed whatever the customer's status (a hold
   * stops new work, not the end of current work). Refuses with `NOT_FOUND`, `FORBIDDEN` (no
   * `assignment.edit`), `CONFLICT`, `BUSINESS_RULE` (already ended, an end before the start).
   *
   * @example
   * ```ts
   * const { assignment } = await sc.assignments.end({ id: '7', endDate: '2027-01-29', reason: 'Project finished' });
   * assignment.state //=> 'ended'
   * ```
   */
  end: endAssignment,
  /**
   * `assignments.list`: the assignments of a record (`account`), its subtree or its whole tree
   * (`master`), newest start first, one page at a time — active ones by default ("view active
   * assignments"), active and ended with `active: false` ("view assignments"), optionally of one
   * order. Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const page = await sc.assignments.list({ customerId: '1', scope: 'master' });
   * page.items.map((assignment) => [assignment.employeeId, assignment.payRate, assignment.billRate]) //=> [['E-1002', '18.5000', '27.7500']]
   * ```
   */
  list: listAssignments,
  /**
   * `assignments.massUpdateRates`: changes the pay and/or bill rates of many assignments at once —
   * of a record (`account`), its subtree or its whole tree (`master`), or of one order; active ones
   * by default, narrowed by job title, employees and start dates. Each rate is set to an amount,
   * raised or lowered by an amount or by a percent (to the cent), or left as it is; `keepMarkup`
   * moves the bill rate with the pay rate. A dry run returns every selected assignment with its rates
   * and gross profit per hour before and after, and writes nothing; the commit computes the very same
   * rows and saves all changed assignments or none, each with a rate-change record (who, when, why,
   * from which day) and an audit event. Passing the preview's `expectedVersions` commits exactly the
   * previewed set: any assignment changed since, gone from the selection, or selected now but not in
   * the preview fails the whole commit with `CONFLICT`, and nothing is written.
   *
   * Refuses with `VALIDATION` (no change given; `keepMarkup` without `pay` or with `bill`), `FORBIDDEN`
   * (no `assignment.massUpdateRates`), `NOT_FOUND` (the record or order out of scope), `STATUS_BLOCKED`
   * (a deleted record), `CONFLICT`, `BUSINESS_RULE` (a rate lowered below zero, naming the assignment).
   *
   * @example
   * ```ts
   * const preview = await sc.assignments.massUpdateRates({ customerId: '3', pay: { raiseByPercent: '3' }, keepMarkup: true, effectiveDate: '2027-01-04', reason: 'Annual raise', dryRun: true });
   * preview.rows[0].payRate //=> { before: '18.5000', after: '19.0600' }
   * await sc.assignments.massUpdateRates({ customerId: '3', pay: { raiseByPercent: '3' }, keepMarkup: true, effectiveDate: '2027-01-04', reason: 'Annual raise', expectedVersions: preview.expectedVersions });
   * ```
   */
  massUpdateRates,
});
