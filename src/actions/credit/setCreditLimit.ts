import * as z from 'zod';
import { CreditLimit, SetCreditLimitInput } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import * as messages from '../../errors/messages.js';

/** What `credit.setLimit` saved. */
export const SetCreditLimitResult = z.strictObject({
  /** The root customer's limit and policy, as saved. */
  creditLimit: CreditLimit,
});
/** What `credit.setLimit` saved. */
export type SetCreditLimitResult = z.output<typeof SetCreditLimitResult>;

/**
 * `credit.setLimit`: sets or changes a root customer's credit limit and policy (warning share,
 * overdue days that block); the limit covers the whole tree. Refuses with `VALIDATION`,
 * `FORBIDDEN` (no `credit.manage`), `NOT_FOUND`, `BUSINESS_RULE` (a department: limits are set on
 * the root customer), `STATUS_BLOCKED` (a deleted customer).
 *
 * @example
 * ```ts
 * const { creditLimit } = await sc.credit.setLimit({ customerId: '1', limit: '50000.00' }); // warn from 80 %, block past 60 days overdue
 * creditLimit.warnAtPercent //=> 80
 * ```
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
