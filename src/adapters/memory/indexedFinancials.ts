import { memoryFinancials } from './_internal/financials.js';
import type { Session } from './_internal/Session.js';
import type { MemoryFinancials } from './memoryStore.js';

/**
 * The memory store's own financial aggregates, for `memoryStore({ financials: indexedFinancials })`:
 * one pass over the committed invoice lines (or their `customerId` index entries for a few
 * records), sums kept in whole cents. Give it to a store that holds large books and runs the
 * financial reports (the financial summary, invoice aging) over big trees.
 * @example
 * ```ts
 * import { indexedFinancials, memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore({ financials: indexedFinancials });
 * ```
 */
export const indexedFinancials: MemoryFinancials = Object.freeze({ create: (session: never) => memoryFinancials(session as Session) });
