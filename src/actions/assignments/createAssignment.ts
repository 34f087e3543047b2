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
 */
export const CreateAssignmentResult = z.strictObject({
  /** The saved assignment, `active`. */
  assignment: Assignment,
  /** Rates under the minimum margin of the record's multiplier codes; empty when there are none. */
  warnings: z.array(z.string()).readonly(),
});
/** What `assignments.create` saved, and its warnings. */
export type CreateAssignmentResult = z.output<typeof CreateAssignmentResult>;

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
export const createAssignment = defineAction({
  name: 'assignments.create',
  summary: 'Places an employee on an order, refused by the status up the tree or a do-not-assign bar.',
  input: CreateAssignmentInput,
  result: CreateAssignmentResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'EMPLOYEE_BARRED', 'BUSINESS_RULE'],
  subject: 'assignment',
  permission: 'assignment.edit',
  async run(run, input): Promise<CreateAssignmentResult> {
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
    const derived = priceWithMultiplierCodes(keyed, codes, `customer ${customer.id}`);
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
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    if (active.length + 1 >= order.positions) await run.tx.orders.update({ ...order, state: 'filled' });
    const { warnings } = priceWithMultiplierCodes({ payRate, billRate }, codes, `customer ${customer.id}`);
    return { assignment, warnings };
  },
});
