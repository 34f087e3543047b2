import * as z from 'zod';
import { AddBarInput, Assignment, Bar } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';
import * as messages from '../../errors/messages.js';

/**
 * What `bars.add` produced.
 * @category Action results
 */
export const AddBarResult = z.strictObject({
  /** The saved bar. */
  bar: Bar,
  /**
   * The employee's active assignments the bar now covers. They are not ended by the bar (that is
   * the rep's call, with `assignments.end`); new ones are refused.
   */
  coveredAssignments: z.array(Assignment).readonly(),
});
/**
 * What `bars.add` produced.
 * @category Action results
 */
export type AddBarResult = z.output<typeof AddBarResult>;

/**
 * The `bars.add` action; its documentation is on the `add` member of its group (`bars.ts`), where editors and the reference show it.
 * @category Action results
 */
export const addBar = defineAction({
  name: 'bars.add',
  summary: 'Bars an employee from a record or its whole tree (\"do not assign\"), with the reason.',
  input: AddBarInput,
  result: AddBarResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'BUSINESS_RULE'],
  subject: 'bar',
  permission: 'bar.edit',
  async run(run, input): Promise<AddBarResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    const existing = await run.tx.bars.find({ where: { customerId: customer.id, employeeId: input.employeeId, state: 'active' }, limit: 10 });
    if (existing.items.some((bar) => bar.covers === input.covers)) {
      throw businessRule(messages.alreadyBarred(input.employeeId, customer.id), ['employeeId']);
    }
    const bar = await run.tx.bars.insert({
      customerId: customer.id,
      employeeId: input.employeeId,
      covers: input.covers,
      reason: input.reason,
      state: 'active',
      createdAt: run.now,
      createdBy: run.actor.id,
      removedAt: null,
      removedBy: null,
      removalReason: '',
    });
    const covered = input.covers === 'tree' ? (await run.tx.customers.subtree(customer.id)).map((record) => record.id) : [customer.id];
    const coveredAssignments = await readAll((after) =>
      run.tx.assignments.find({ where: { employeeId: input.employeeId, customerId: covered, state: 'active' }, limit: 1000, after }),
    );
    return { bar, coveredAssignments };
  },
});
