/**
 * Where actions get the time from. Rules never read the time themselves: the host passes a clock,
 * and tests pass a fixed one.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** The clock of the machine: `new Date()`. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock stopped at one instant, for tests and reproducible runs.
 *
 * @param instant - an ISO 8601 instant, e.g. `2026-11-22T09:00:00Z`
 * @returns the clock
 * @example
 * ```ts
 * fixedClock('2026-11-22T09:00:00Z').now().toISOString() //=> '2026-11-22T09:00:00.000Z'
 * ```
 */
export function fixedClock(instant: string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`[staffcore] fixedClock: not an instant: ${instant}`);
  return { now: () => new Date(at.getTime()) };
}
