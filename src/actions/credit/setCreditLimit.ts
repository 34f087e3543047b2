import { SetCreditLimitInput, type CreditLimit } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import * as messages from '../../errors/messages.js';

/**
 * `credit.setLimit`: sets or changes a root customer's credit limit and policy (warning share,
 * overdue days that block); the limit covers the whole tree. Refuses with `VALIDATION`,
 * `FORBIDDEN` (no `credit.manage`), `NOT_FOUND`, `BUSINESS_RULE` (a department: limits are set on
 * the root customer).
 *
 * @example
 * ```ts
 * await sc.credit.setLimit({ customerId: '1', limit: '50000.00' }); // warn from 80 %, block past 60 days overdue
 * ```
 */
export const setCreditLimit = defineAction({
  name: 'credit.setLimit',
  summary: "Sets a root customer's credit limit and policy.",
  input: SetCreditLimitInput,
  subject: 'credit limit',
  permission: 'credit.manage',
  async run(run, input): Promise<CreditLimit> {
    const customer = await run.customer(input.customerId, 'customerId');
    if (customer.parentId !== null) {
      throw businessRule(messages.creditLimitOnDepartment(customer.id), ['customerId'], { parentId: customer.parentId });
    }
    const policy = { limit: input.limit, warnAtPercent: input.warnAtPercent, blockOverdueDays: input.blockOverdueDays, setBy: run.actor.id };
    const [existing] = (await run.tx.creditLimits.find({ where: { customerId: customer.id }, limit: 1 })).items;
    return existing ? run.tx.creditLimits.update({ ...existing, ...policy }) : run.tx.creditLimits.insert({ customerId: customer.id, ...policy });
  },
});
