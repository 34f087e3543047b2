import * as messages from '../../errors/messages.js';
import * as z from 'zod';
import { AssignTimeClockInput, TimeClock } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `timeClocks.assign` saved.
 * @category Action results
 */
export const AssignTimeClockResult = z.strictObject({
  /** The device's assignment to the record, as saved. */
  timeClock: TimeClock,
});
/**
 * What `timeClocks.assign` saved.
 * @category Action results
 */
export type AssignTimeClockResult = z.output<typeof AssignTimeClockResult>;

/**
 * The `timeClocks.assign` action; its documentation is on the `assign` member of its group (`timeClocks.ts`), where editors and the reference show it.
 * @category Action results
 */
export const assignTimeClock = defineAction({
  name: 'timeClocks.assign',
  summary: 'Assigns a time-clock device to a record (needs the time-clock integration).',
  input: AssignTimeClockInput,
  result: AssignTimeClockResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'BUSINESS_RULE', 'INTEGRATION_MISSING'],
  subject: 'time clock',
  permission: 'timeClock.assign',
  async run(run, input): Promise<AssignTimeClockResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'assignTimeClock', customer);
    const assigned = (await run.tx.timeClocks.find({ where: { deviceId: input.deviceId }, limit: 1 })).items[0];
    if (assigned) throw businessRule(messages.deviceAlreadyAssigned(input.deviceId, assigned.customerId), ['deviceId'], { customerId: assigned.customerId });
    return { timeClock: await run.tx.timeClocks.insert({ customerId: customer.id, deviceId: input.deviceId, assignedAt: run.now, assignedBy: run.actor.id }) };
  },
});
