import * as z from 'zod';
import { CreditLimit, SetCreditLimitInput } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import * as messages from '../../errors/messages.js';

/**
 * What `credit.setLimit` saved.
 * @category Action results
 */
export const SetCreditLimitResult = z.strictObject({
  /** The root customer's limit and policy, as saved. */
  creditLimit: CreditLimit,
});
/**
 * What `credit.setLimit` saved.
 * @category Action results
 */
export type SetCreditLimitResult = z.output<typeof SetCreditLimitResult>;

/**
 * The `credit.setLimit` action; its documentation is on the `setLimit` member of its group (`credit.ts`), where editors and the reference show it.
 * @category Action results
 */
export const setCreditLimit = defineAction({
  name: 'credit.setLimit',
  summary: "Sets a root customer's credit limit and policy.",
  input: SetCreditLimitInput,
  result: SetCreditLimitResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'BUSINESS_RULE'],
  subject: 'credit limit',
  permission: 'credit.manage',
  async run(run, input): Promise<SetCreditLimitResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    if (customer.parentId !== null) {
      throw businessRule(messages.creditLimitOnDepartment(customer.id), ['customerId'], { parentId: customer.parentId });
    }
    const policy = { limit: input.limit, warnAtPercent: input.warnAtPercent, blockOverdueDays: input.blockOverdueDays, setBy: run.actor.id };
    const [existing] = (await run.tx.creditLimits.find({ where: { customerId: customer.id }, limit: 1 })).items;
    const creditLimit = existing ? await run.tx.creditLimits.update({ ...existing, ...policy }) : await run.tx.creditLimits.insert({ customerId: customer.id, ...policy });
    return { creditLimit };
  },
});
