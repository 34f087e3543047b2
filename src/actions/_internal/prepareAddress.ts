import { StaffcoreError, messages, validationError } from '../../errors/index.js';
import { AddressInput, type Address, type Branch } from '../../model/index.js';
import { requiresStandardization } from '../../rules/addressStandardizer.js';
import type { ActionContext } from '../ActionContext.js';

/**
 * Parses an entered address and standardizes it with the host's standardizer, when there is one.
 * Where the branch chain requires standardization, an address that cannot be standardized (or no
 * standardizer) is a `STANDARDIZATION_REQUIRED` error.
 */
export async function prepareAddress(
  ctx: ActionContext,
  input: unknown,
  chain: readonly Branch[],
  field: string,
): Promise<Address> {
  const parsed = AddressInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'address', [field]);
  const entered = parsed.data;
  const required = requiresStandardization(chain);
  const branch = chain[0]?.name ?? 'of this record';
  if (!ctx.addressStandardizer) {
    if (required) {
      throw new StaffcoreError('STANDARDIZATION_REQUIRED', messages.standardizationRequired(branch), { details: { path: [field] } });
    }
    return { ...entered, standardized: false };
  }
  const result = await ctx.addressStandardizer.standardize(entered);
  if (result.ok) {
    const checked = AddressInput.safeParse(result.address);
    if (!checked.success) throw validationError(checked.error, `address from standardizer ${ctx.addressStandardizer.name}`, [field]);
    return { ...checked.data, standardized: true };
  }
  if (required) {
    throw new StaffcoreError('STANDARDIZATION_REQUIRED', messages.standardizationFailed(branch, result.reason), {
      details: { path: [field], reason: result.reason },
    });
  }
  return { ...entered, standardized: false };
}
