import { GetMultiplierCodesInput } from '../../model/index.js';
import { ResolvedMultiplierCodes } from '../../rules/resolveMultiplierCodes.js';
import { customerPath } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { multiplierCodesOf } from '../_internal/multiplierCodesOf.js';

/**
 * `customers.multiplierCodes`: a record's effective multiplier codes, each with where it came from
 * (set on the record, inherited from a record up the tree, or none). Refuses with `NOT_FOUND`, `FORBIDDEN`.
 *
 * @example
 * ```ts
 * const { values, provenance } = await sc.customers.multiplierCodes({ customerId: '3' });
 * provenance.markupPercent.description //=> 'inherited from customer 1 up the tree'
 * ```
 */
export const getMultiplierCodes = defineAction({
  name: 'customers.multiplierCodes',
  summary: "Reads a record's effective multiplier codes, each with where it came from.",
  input: GetMultiplierCodesInput,
  result: ResolvedMultiplierCodes,
  refusals: ['NOT_FOUND'],
  subject: 'multiplier codes',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ResolvedMultiplierCodes> {
    const customer = await run.customer(input.customerId, 'customerId');
    return multiplierCodesOf(run, await customerPath(run, customer));
  },
});
