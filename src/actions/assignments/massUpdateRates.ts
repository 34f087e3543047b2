import * as z from 'zod';
import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { CalendarDate, MassUpdateRatesInput, RateChange, Version, type Assignment } from '../../model/index.js';
import { statusOf } from '../../rules/statusOf.js';
import { RateChangeRow, planRateChange } from '../../rules/planRateChange.js';
import type { Draft } from '../../adapters/port/index.js';
import { askedConflict, notFound } from '../_internal/ActionRun.js';
import { recordsInScope } from '../_internal/customerScope.js';
import { enforceRecordAction } from '../_internal/recordAction.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/**
 * What `assignments.massUpdateRates` did, or would do on a dry run.
 * @category Action results
 */
export const MassUpdateRatesResult = z.strictObject({
  /** `true` when nothing was written (a preview). */
  dryRun: z.boolean(),
  /** The day the new rates apply from. */
  effectiveDate: CalendarDate,
  /** Why. */
  reason: z.string(),
  /** Every selected assignment, in id order, with its rates and gross profit per hour before and after. */
  rows: z.array(RateChangeRow).readonly(),
  /** How many selected assignments change (and, on a commit, were saved with a rate-change record each). */
  changed: z.number().int().min(0),
  /** The rate-change records saved; empty on a dry run. */
  rateChanges: z.array(RateChange).readonly(),
  /**
   * The version of every selected assignment, by id: pass a preview's as `expectedVersions` to
   * commit exactly the set it showed, as it showed it.
   */
  expectedVersions: z.record(z.string(), Version).readonly(),
});
/**
 * What `assignments.massUpdateRates` did, or would do on a dry run.
 * @category Action results
 */
export type MassUpdateRatesResult = z.output<typeof MassUpdateRatesResult>;

/**
 * The `assignments.massUpdateRates` action; its documentation is on the `massUpdateRates` member of its group (`assignments.ts`), where editors and the reference show it.
 * @category Action results
 */
export const massUpdateRates = defineAction({
  name: 'assignments.massUpdateRates',
  summary: 'Changes the pay and/or bill rates of many assignments at once: a dry run previews every before and after, the commit is all or nothing.',
  input: MassUpdateRatesInput,
  result: MassUpdateRatesResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'CONFLICT', 'BUSINESS_RULE'],
  subject: 'mass rate update',
  permission: 'assignment.massUpdateRates',
  async run(run, input): Promise<MassUpdateRatesResult> {
    if (!input.pay && !input.bill) throw fieldError('mass rate update', ['pay'], messages.rateChangeMissing);
    if (input.keepMarkup && (!input.pay || input.bill)) {
      throw fieldError('mass rate update', ['keepMarkup'], messages.keepMarkupWithBill);
    }
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'massUpdateRates', customer);
    // A deleted record's assignments take no rate change: its departments in the view that are deleted are left out.
    const ids = (await recordsInScope(run, customer, input.scope)).filter((record) => !statusOf(record.status, run.statuses).isDeletion).map((record) => record.id);
    if (input.orderId !== undefined) {
      const order = await run.tx.orders.get(input.orderId);
      if (!order || !ids.includes(order.customerId)) throw notFound('orders', input.orderId, 'orderId');
    }
    const { filter } = input;
    const title = filter.jobTitle?.toLowerCase();
    const employees = filter.employeeIds ? new Set<string>(filter.employeeIds) : null;
    const found = await readAll((after) =>
      run.tx.assignments.find({
        where: { customerId: ids, ...(filter.state === 'active' ? { state: 'active' } : {}), ...(input.orderId ? { orderId: input.orderId } : {}) },
        limit: 10_000,
        after,
      }),
    );
    const selected = found.filter(
      (a: Assignment) =>
        (title === undefined || a.jobTitle.toLowerCase() === title) &&
        (employees === null || employees.has(a.employeeId)) &&
        (filter.startedOnOrAfter === undefined || a.startDate >= filter.startedOnOrAfter) &&
        (filter.startedOnOrBefore === undefined || a.startDate <= filter.startedOnOrBefore),
    );
    if (input.expectedVersions) {
      const byId = new Map(selected.map((a) => [a.id as string, a]));
      for (const [id, version] of Object.entries(input.expectedVersions)) {
        const stored = byId.get(id);
        if (!stored) {
          throw askedConflict(new StaffcoreError('CONFLICT', messages.conflict('assignment', id), { details: { entity: 'assignments', id, expected: version, path: ['expectedVersions', id] } }));
        }
        run.expectVersion(stored, version, 'assignments');
      }
      // Exactly the previewed set: an assignment selected now that the preview did not show is not committed silently.
      const added = selected.find((a) => !Object.hasOwn(input.expectedVersions!, a.id));
      if (added) {
        throw askedConflict(new StaffcoreError('CONFLICT', messages.notInPreview(added.id), { details: { entity: 'assignments', id: added.id, path: ['expectedVersions'] } }));
      }
    }
    const plan = planRateChange(selected, input);
    const expectedVersions = Object.fromEntries(selected.map((a) => [a.id as string, a.version]));
    const result = { dryRun: input.dryRun, effectiveDate: input.effectiveDate, reason: input.reason, rows: plan.rows, changed: plan.changed, expectedVersions };
    if (input.dryRun || plan.changed === 0) return { ...result, rateChanges: [] };
    const changed = plan.next.filter((assignment, index) => assignment !== selected[index]);
    await run.tx.assignments.updateMany(changed);
    const records = plan.rows
      .filter((row) => row.changed)
      .map(
        (row): Draft<RateChange> => ({
          assignmentId: row.assignmentId,
          customerId: row.customerId,
          orderId: row.orderId,
          payBefore: row.payRate.before,
          payAfter: row.payRate.after,
          billBefore: row.billRate.before,
          billAfter: row.billRate.after,
          effectiveDate: input.effectiveDate,
          reason: input.reason,
          at: run.now,
          by: run.actor.id,
        }),
      );
    return { ...result, rateChanges: await run.tx.rateChanges.insertMany(records) };
  },
});
