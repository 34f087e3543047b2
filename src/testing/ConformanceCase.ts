import type { StoreHarness } from './StoreHarness.js';

/**
 * One case of the store conformance suite: a stable id to skip it by, a title, and the check itself.
 * A case gets a fresh, empty store and asserts with vitest's `expect`.
 */
export interface ConformanceCase<Id extends string = string> {
  /** The stable id, e.g. `tx-rollback-all-repos`. */
  readonly id: Id;
  /** What the case checks, in words; the test's title. */
  readonly title: string;
  /** A longer time limit in milliseconds, for cases that write many records. */
  readonly timeout?: number;
  /**
   * For a case whose cost grows with a size (the depth of a chain): the size it runs at in the
   * quick tier (every run) and in the large tier (`tier: 'large'`, a slower run such as CI's).
   */
  readonly sizes?: { readonly quick: number; readonly large: number };
  /**
   * Runs the case against a fresh store; throws (a failed assertion) when the store misbehaves.
   * @param harness - the store under test and its probe
   * @param size - for a case with `sizes`, the size of the tier being run
   * @returns when the case has passed
   */
  run(harness: StoreHarness, size?: number): Promise<void>;
}
