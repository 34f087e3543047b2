import * as z from 'zod';
import { StaffcoreError, parseOrThrow } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { AddressInput, type Address, type Branch } from '../../model/index.js';
import { requiresStandardization, type EnteredAddress } from '../../rules/addressStandardizer.js';
import type { ActionRun } from './ActionRun.js';

/** A standardizer's answer may carry more than an address (a ZIP+4, a confidence): only the address is kept. */
const StandardizedAddress = z.object(AddressInput.shape);

/**
 * Standardizes an entered (already parsed) address with the host's standardizer, when there is
 * one. Where the branch chain requires standardization, an address that cannot be standardized
 * (or no standardizer) is a `STANDARDIZATION_REQUIRED` error naming the field.
 * @category Action results
 */
export async function prepareAddress(
  run: Pick<ActionRun, 'addressStandardizer'>,
  entered: EnteredAddress,
  chain: readonly Branch[],
  field: readonly (string | number)[],
): Promise<Address> {
  const required = requiresStandardization(chain);
  const branch = chain[0]?.name ?? messages.thisRecordsBranch;
  const standardizer = run.addressStandardizer;
  if (!standardizer) {
    if (required) {
      throw new StaffcoreError('STANDARDIZATION_REQUIRED', messages.standardizationRequired(branch), { details: { path: field } });
    }
    return { ...entered, standardized: false };
  }
  let result;
  try {
    result = await standardizer.standardize(entered);
  } catch (error) {
    throw new StaffcoreError('INTERNAL', messages.standardizerFailed(standardizer.name), { cause: error, details: { path: field } });
  }
  if (result.ok) {
    const checked = parseOrThrow(StandardizedAddress, result.address, `address from standardizer ${standardizer.name}`, field);
    return { ...checked, standardized: true };
  }
  if (required) {
    throw new StaffcoreError('STANDARDIZATION_REQUIRED', messages.standardizationFailed(branch, result.reason), {
      details: { path: field, reason: result.reason },
    });
  }
  return { ...entered, standardized: false };
}
