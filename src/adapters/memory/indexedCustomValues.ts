import { CustomIndex } from './_internal/CustomIndex.js';
import type { MemoryCustomValues } from './memoryStore.js';

/**
 * An index of customers' custom values for the memory store, for
 * `memoryStore({ customValues: indexedCustomValues })`: `customers.search({ custom })` then finds
 * by equality from the index, and by range from sorted values, however large the book. Give it to
 * a store that holds large books and searches them by custom fields.
 * @example
 * ```ts
 * import { indexedCustomValues, indexedFinancials, memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore({ financials: indexedFinancials, customValues: indexedCustomValues });
 * ```
 */
export const indexedCustomValues: MemoryCustomValues = Object.freeze({ create: () => new CustomIndex() as never });
