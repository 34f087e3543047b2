/**
 * The store conformance suite: the definition of a correct staffcore store. Any store — the
 * bundled ones or a host's own — registers it from a vitest test file. `vitest` is an optional
 * peer dependency, needed only by this entry point.
 *
 * ```sh
 * npm install --save-dev vitest
 * ```
 *
 * ```ts
 * import { runStoreConformance } from 'staffcore/testing';
 *
 * runStoreConformance('my store', { makeStore: async () => ({ store, probe }) });
 * ```
 *
 * @module staffcore/testing
 */
export { runStoreConformance } from './runStoreConformance.js';
export { conformanceCases } from './conformanceCases.js';
export type { ConformanceCaseId } from './conformanceCases.js';
export type { ConformanceCase } from './ConformanceCase.js';
export type { StoreConformanceOptions, StoreHarness, StoreProbe, StoredRecord } from './StoreHarness.js';
export { fixture } from './fixtures.js';
export type { FixtureRefs } from './fixtures.js';
