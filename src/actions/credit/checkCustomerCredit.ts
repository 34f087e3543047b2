import { CreditCheckInput, type Money } from '../../model/index.js';
import { TreeCredit, creditOfTree } from '../_internal/creditOfTree.js';
import { customerPath, dayOf } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * `credit.check`: answers whether a new order of a given amount would be allowed, warned or
 * blocked by the customer's credit — the check `orders.create` makes — with every reason and the
 * figures behind it: the root's limit, the tree's open receivables and active orders, the exposure,
 * what is overdue and by how long. Refuses with `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * const { decision } = await sc.credit.check({ customerId: '3', orderAmount: '2500.00' });
 * decision.decision //=> 'warned'
 * decision.reasons[0].message //=> 'The exposure 42500.00 (…) is at or above 80% of the credit limit of 50000.00 (40000.00)'
 * ```
 */
export const checkCustomerCredit = defineAction({
  name: 'credit.check',
  summary: 'Answers allowed / warned / blocked for a new order, with reasons and figures.',
  input: CreditCheckInput,
  result: TreeCredit,
  refusals: ['NOT_FOUND'],
  subject: 'credit check',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<TreeCredit> {
    const customer = await run.customer(input.customerId, 'customerId');
    return creditOfTree(run, await customerPath(run, customer), input.orderAmount ?? ('0.00' as Money), input.asOf ?? dayOf(run.now));
  },
});
