/**
 * staffcore: customer records for a staffing agency's back office.
 *
 * ```ts
 * import { createStaffcore, bootstrapHierarchy } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 * ```
 *
 * @module
 */
export * from './errors/index.js';
export * from './model/index.js';
export * from './rules/index.js';
export * from './tree/index.js';
export * from './actions/index.js';
export type * from './adapters/port/index.js';
export { entities, entityNames } from './adapters/port/index.js';
