import { GetMultiplierCodesInput } from '../../model/index.js';
import { ResolvedMultiplierCodes } from '../../rules/resolveMultiplierCodes.js';
import { customerPath } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { multiplierCodesOf } from '../_internal/multiplierCodesOf.js';

/**
 * The `customers.multiplierCodes` action; its documentation is on the `multiplierCodes` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
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
