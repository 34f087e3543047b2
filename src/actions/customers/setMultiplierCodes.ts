import * as z from 'zod';
import { MultiplierCodes, SetMultiplierCodesInput } from '../../model/index.js';
import { ResolvedMultiplierCodes } from '../../rules/resolveMultiplierCodes.js';
import { customerPath } from '../_internal/customerPath.js';
import { definedFields } from '../_internal/definedFields.js';
import { defineAction } from '../_internal/defineAction.js';
import { multiplierCodesOf } from '../_internal/multiplierCodesOf.js';

/** What `customers.setMultiplierCodes` saved. */
export const SetMultiplierCodesResult = z.strictObject({
  /** The codes stored on the record. */
  codes: MultiplierCodes,
  /** The record's effective codes after the change, with where each came from. */
  effective: ResolvedMultiplierCodes,
});
/** What `customers.setMultiplierCodes` saved. */
export type SetMultiplierCodesResult = z.output<typeof SetMultiplierCodesResult>;

/**
 * `customers.setMultiplierCodes`: sets or clears a record's multiplier codes (agreed markup,
 * overtime and double-time bill factors, minimum and target GP % and markup). A code left out
 * stays; `null` clears it, so the record inherits it again from up the tree. The record's
 * departments inherit every code they do not set themselves, and new orders and assignments
 * follow them. Refuses with `VALIDATION`, `FORBIDDEN` (no `customer.multiplierCodes`),
 * `NOT_FOUND`, `CONFLICT` (a stale `version` of the codes), `STATUS_BLOCKED` (a deleted record).
 *
 * @example
 * ```ts
 * const { effective } = await sc.customers.setMultiplierCodes({ customerId: '1', codes: { markupPercent: '40', minGpPercent: '22' } });
 * effective.provenance.markupPercent.description //=> 'set on the record'
 * ```
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
