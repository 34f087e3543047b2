import { CreditCheckInput, type Money } from '../../model/index.js';
import { TreeCredit, creditOfTree } from '../_internal/creditOfTree.js';
import { customerPath, dayOf } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * The `credit.check` action; its documentation is on the `check` member of its group (`credit.ts`), where editors and the reference show it.
 * @category Action results
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
