import { fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';

/**
 * Where actions get the time from. Rules never read the time themselves: the host passes a clock,
 * and tests pass a fixed one.
 * @category Rules
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/**
 * The clock of the machine: `new Date()`.
 * @category Rules
 */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock stopped at one instant, for tests and reproducible runs.
 *
 * @param instant - an ISO 8601 instant, e.g. `2026-11-22T09:00:00Z`
 * @returns the clock
 * @throws StaffcoreError `VALIDATION` when `instant` is not an ISO 8601 instant
 * @example
 * ```ts
 * fixedClock('2026-11-22T09:00:00Z').now().toISOString() //=> '2026-11-22T09:00:00.000Z'
 * ```
 * @category Rules
 */
export function fixedClock(instant: string): Clock {
  const at = new Date(typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(instant) ? instant : Number.NaN);
  if (Number.isNaN(at.getTime())) throw fieldError('clock', ['instant'], messages.notAnInstant(String(instant)));
  return { now: () => new Date(at.getTime()) };
}
