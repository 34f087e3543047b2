import type { Address, Branch } from '../model/index.js';

/**
 * A parsed address as entered, before standardization.
 * @category Rules
 */
export type EnteredAddress = Omit<Address, 'standardized'>;

/**
 * The answer of an {@link AddressStandardizer}: the standardized address, or why there is none.
 * @category Rules
 */
export type StandardizeResult =
  | { readonly ok: true; readonly address: EnteredAddress }
  | { readonly ok: false; readonly reason: string };

/**
 * The port a host plugs in to standardize addresses (a postal-authority service, a CASS tool, …).
 * staffcore calls it for every address it saves; branches that require standardization refuse an
 * address it cannot standardize.
 *
 * @example
 * ```ts
 * const standardizer: AddressStandardizer = {
 *   name: 'uppercase',
 *   async standardize(address) {
 *     return { ok: true, address: { ...address, line1: address.line1.toUpperCase() } };
 *   },
 * };
 * ```
 * @category Rules
 */
export interface AddressStandardizer {
  /** A name for messages. */
  readonly name: string;
  /**
   * Standardizes one address.
   * @param address - the address as entered (trimmed and checked)
   * @returns the standardized address, or the reason it cannot be standardized
   */
  standardize(address: EnteredAddress): Promise<StandardizeResult>;
}

/**
 * Tells whether addresses at a level must be standardized: the nearest level on the chain that
 * says yes or no decides; no level saying anything means no.
 *
 * @param chain - the level first, then its parent, …, up to the root
 * @returns true when standardization is required
 * @category Rules
 */
export function requiresStandardization(chain: readonly Pick<Branch, 'setup'>[]): boolean {
  for (const level of chain) {
    const setting = level.setup.requireAddressStandardization;
    if (setting !== null) return setting;
  }
  return false;
}
