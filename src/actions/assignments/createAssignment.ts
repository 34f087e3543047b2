import * as z from 'zod';
import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { Assignment, CreateAssignmentInput } from '../../model/index.js';
import { applicableBar } from '../../rules/applicableBar.js';
import { priceWithMultiplierCodes } from '../../rules/priceWithMultiplierCodes.js';
import { businessRule } from '../_internal/customerPath.js';
import { multiplierCodesOf } from '../_internal/multiplierCodesOf.js';
import { enforceRecordAction } from '../_internal/recordAction.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';
import { readAll } from '../_internal/readAll.js';

/**
 * What `assignments.create` saved: the assignment, and warnings when its rates fall under a
 * minimum GP % or markup of the record's multiplier codes (never a refusal).
 * @category Action results
 */
export const CreateAssignmentResult = z.strictObject({
  /** The saved assignment, `active`. */
  assignment: Assignment,
  /** Rates under the minimum margin of the record's multiplier codes; empty when there are none. */
  warnings: z.array(z.string()).readonly(),
});
/**
 * What `assignments.create` saved, and its warnings.
 * @category Action results
 */
export type CreateAssignmentResult = z.output<typeof CreateAssignmentResult>;

/**
 * The `assignments.create` action; its documentation is on the `create` member of its group (`assignments.ts`), where editors and the reference show it.
 * @category Action results
 */
export const createAssignment = defineAction({
  name: 'assignments.create',
  summary: 'Places an employee on an order, refused by the status up the tree or a do-not-assign bar.',
  input: CreateAssignmentInput,
  result: CreateAssignmentResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'EMPLOYEE_BARRED', 'BUSINESS_RULE'],
  subject: 'assignment',
  permission: 'assignment.edit',
  async run(run, input): Promise<CreateAssignmentResult> {
    const custom = run.customFields.of('assignments').parseNew(input.custom, ['custom']);
    const { record: order, customer } = await ownedRecord(run, 'orders', input.orderId, 'orderId');
    const path = await enforceRecordAction(run, 'assignEmployee', customer);
    const bars = await readAll((after) =>
      run.tx.bars.find({ where: { employeeId: input.employeeId, customerId: path.map((r) => r.id), state: 'active' }, limit: 1000, after }),
    );
    const bar = applicableBar(
      path.map((record) => record.id),
      bars,
    );
    if (bar) {
            throw new StaffcoreError('EMPLOYEE_BARRED', messages.employeeBarred(input.employeeId, messages.barredWhere(bar.customerId === customer.id ? null : bar.customerId), bar.reason), {
        details: { entity: 'bars', id: bar.id, customerId: bar.customerId, employeeId: bar.employeeId, covers: bar.covers, reason: bar.reason, path: ['employeeId'] },
      });
    }
    if (order.state !== 'open') throw businessRule(messages.orderNotOpen(order.id, order.state), ['orderId']);
    const codes = await multiplierCodesOf(run, path);
    const keyed = input.payRate === undefined && input.billRate === undefined ? { payRate: order.payRate, billRate: order.billRate } : { payRate: input.payRate ?? null, billRate: input.billRate ?? null };
    const derived = priceWithMultiplierCodes(keyed, codes, messages.customerNamed(customer.id));
    const payRate = derived.payRate ?? order.payRate;
    const billRate = derived.billRate ?? order.billRate;
    if (payRate === null) throw fieldError('assignment', ['payRate'], messages.required);
    if (billRate === null) throw fieldError('assignment', ['billRate'], messages.required);
    for (const [field, rate] of [['payRate', payRate], ['billRate', billRate]] as const) {
      if (rate.startsWith('-')) throw fieldError('assignment', [field], messages.notNegative);
    }
    const startDate = input.startDate ?? order.startDate;
    const endDate = input.endDate ?? null;
    if (endDate !== null && endDate < startDate) throw businessRule(messages.endBeforeStart, ['endDate']);
    const active = await readAll((after) => run.tx.assignments.find({ where: { orderId: order.id, state: 'active' }, limit: 1000, after }));
    if (active.some((assignment) => assignment.employeeId === input.employeeId)) {
      throw businessRule(messages.alreadyOnOrder(input.employeeId, order.id), ['employeeId']);
    }
    const assignment = await run.tx.assignments.insert({
      orderId: order.id,
      customerId: order.customerId,
      employeeId: input.employeeId,
      jobTitle: input.jobTitle ?? order.jobTitle,
      payRate,
      billRate,
      startDate,
      endDate,
      state: 'active',
      endReason: '',
      custom,
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    if (active.length + 1 >= order.positions) await run.tx.orders.update({ ...order, state: 'filled' });
    const { warnings } = priceWithMultiplierCodes({ payRate, billRate }, codes, messages.customerNamed(customer.id));
    return { assignment, warnings };
  },
});
