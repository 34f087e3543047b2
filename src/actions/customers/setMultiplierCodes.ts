import * as z from 'zod';
import { MultiplierCodes, SetMultiplierCodesInput } from '../../model/index.js';
import { ResolvedMultiplierCodes } from '../../rules/resolveMultiplierCodes.js';
import { customerPath } from '../_internal/customerPath.js';
import { definedFields } from '../_internal/definedFields.js';
import { defineAction } from '../_internal/defineAction.js';
import { multiplierCodesOf } from '../_internal/multiplierCodesOf.js';

/**
 * What `customers.setMultiplierCodes` saved.
 * @category Action results
 */
export const SetMultiplierCodesResult = z.strictObject({
  /** The codes stored on the record. */
  codes: MultiplierCodes,
  /** The record's effective codes after the change, with where each came from. */
  effective: ResolvedMultiplierCodes,
});
/**
 * What `customers.setMultiplierCodes` saved.
 * @category Action results
 */
export type SetMultiplierCodesResult = z.output<typeof SetMultiplierCodesResult>;

/**
 * The `customers.setMultiplierCodes` action; its documentation is on the `setMultiplierCodes` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const setMultiplierCodes = defineAction({
  name: 'customers.setMultiplierCodes',
  summary: "Sets or clears a record's multiplier codes (agreed markup, overtime factors, minimum and target margins).",
  input: SetMultiplierCodesInput,
  result: SetMultiplierCodesResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'STATUS_BLOCKED'],
  subject: 'multiplier codes',
  permission: 'customer.multiplierCodes',
  async run(run, input): Promise<SetMultiplierCodesResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    const [existing] = (await run.tx.multiplierCodes.find({ where: { customerId: customer.id }, limit: 1 })).items;
    const stamp = { updatedAt: run.now, updatedBy: run.actor.id };
    const changes = definedFields(input.codes);
    let codes: MultiplierCodes;
    if (existing) {
      run.expectVersion(existing, input.version, 'multiplierCodes');
      codes = await run.tx.multiplierCodes.update({ ...existing, ...changes, ...stamp });
    } else {
      codes = await run.tx.multiplierCodes.insert({
        customerId: customer.id,
        markupPercent: null,
        overtimeBillFactor: null,
        doubleTimeBillFactor: null,
        minGpPercent: null,
        targetGpPercent: null,
        minMarkupPercent: null,
        targetMarkupPercent: null,
        ...changes,
        ...stamp,
      });
    }
    return { codes, effective: await multiplierCodesOf(run, await customerPath(run, customer)) };
  },
});
