import { setCreditLimit } from './setCreditLimit.js';
import { checkCustomerCredit } from './checkCustomerCredit.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Credit limits and checks.
 *
 * Give it to {@link createStaffcore} as `actions: { credit }`: the instance's `credit.…` calls are these actions.
 * @namespace
 */
export const credit = defineGroup('credit', {
  /** Sets a root customer's credit limit and policy. */
  setLimit: setCreditLimit,
  /** Answers allowed / warned / blocked for a new order, with reasons and figures. */
  check: checkCustomerCredit,
});
