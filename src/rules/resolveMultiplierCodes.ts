import * as z from 'zod';
import * as messages from '../errors/messages.js';
import { Rate, multiplierCodeFields, type Customer, type MultiplierCodeField, type MultiplierCodes } from '../model/index.js';
import { Provenance } from './resolveCustomerDefaults.js';

const codeField = z.enum(multiplierCodeFields);

/**
 * A record's effective multiplier codes, each with where it came from.
 * @category Rules
 */
export const ResolvedMultiplierCodes = z
  .strictObject({
    /** The effective value of each code (`null` when no record up the tree sets it). */
    values: z.record(codeField, Rate.nullable()).readonly(),
    /** Where each value came from: the record itself, a record up the tree, or none. */
    provenance: z.record(codeField, Provenance).readonly(),
  })
  .readonly();
/**
 * A record's effective multiplier codes, each with where it came from.
 * @category Rules
 */
export type ResolvedMultiplierCodes = z.output<typeof ResolvedMultiplierCodes>;

const none: Provenance = { source: 'none', description: messages.noMultiplierCode };

/**
 * Works out a record's effective multiplier codes: each code from the nearest record on the path
 * to the root that sets it (the record's own first), inherited down the tree like the other
 * defaults, with its provenance ("set on the record", "inherited from parent customer 1042").
 *
 * @param path - the record and its ancestors, nearest first (the record, its parent, …, its root)
 * @param codes - the multiplier codes stored on any of those records
 * @returns the effective codes with their provenance
 * @example
 * ```ts
 * const { values, provenance } = resolveMultiplierCodes([night, warehouse, root], [rootCodes]);
 * values.markupPercent //=> '40.0000'
 * provenance.markupPercent.description //=> 'inherited from customer 1 up the tree'
 * ```
 * @category Rules
 */
export function resolveMultiplierCodes(path: readonly Pick<Customer, 'id' | 'parentId'>[], codes: readonly MultiplierCodes[]): ResolvedMultiplierCodes {
  const byCustomer = new Map(codes.map((record) => [record.customerId as string, record]));
  const values = {} as Record<MultiplierCodeField, Rate | null>;
  const provenance = {} as Record<MultiplierCodeField, Provenance>;
  for (const field of multiplierCodeFields) {
    values[field] = null;
    provenance[field] = none;
    for (const [depth, record] of path.entries()) {
      const value = byCustomer.get(record.id)?.[field] ?? null;
      if (value === null) continue;
      values[field] = value;
      provenance[field] =
        depth === 0
          ? { source: 'input', description: messages.setOnRecord }
          : {
              source: 'parent',
              customerId: record.id,
              description: depth === 1 ? messages.inheritedFromParent(record.id) : messages.inheritedFromAncestor(record.id),
            };
      break;
    }
  }
  return { values, provenance };
}
