/**
 * The in-memory store: staffcore's embedded default. Records live in maps inside the process and
 * are gone when it ends. Transactions run one at a time and are all-or-nothing.
 *
 * ```ts
 * import { createStaffcore } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore();
 * ```
 *
 * @module staffcore/adapters/memory
 */

export { memoryStore } from './memoryStore.js';
export type { MemoryStore } from './memoryStore.js';
export type { MemoryFinancials, MemoryStoreOptions } from './memoryStore.js';
export { indexedFinancials } from './indexedFinancials.js';
export type { MemoryCustomValues } from './memoryStore.js';
export { indexedCustomValues } from './indexedCustomValues.js';
