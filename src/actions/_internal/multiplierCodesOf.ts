import type { Customer } from '../../model/index.js';
import { resolveMultiplierCodes, type ResolvedMultiplierCodes } from '../../rules/resolveMultiplierCodes.js';
import type { ActionRun } from './ActionRun.js';

/**
 * The effective multiplier codes of a record: the codes stored on it and its ancestors, each
 * inherited from the nearest that sets it.
 * @param run - the action's run
 * @param path - the record and its ancestors, nearest first (see `customerPath`)
 * @returns the effective codes with their provenance
 * @category Action results
 */
export async function multiplierCodesOf(run: Pick<ActionRun, 'tx'>, path: readonly Customer[]): Promise<ResolvedMultiplierCodes> {
  const stored = await run.tx.multiplierCodes.find({ where: { customerId: path.map((record) => record.id) }, limit: 1000 });
  return resolveMultiplierCodes(path, stored.items);
}
