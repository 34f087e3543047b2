import * as messages from '../errors/messages.js';

/**
 * The integrations an organization has set up, given to `createStaffcore({ integrations })`.
 * Which record actions are offered depends on them: assigning a time clock needs `timeClock`,
 * sharing to Twitter/X needs `twitter` (and a handle on the record).
 *
 * @example
 * ```ts
 * const integrations: Integrations = { timeClock: true, twitter: true };
 * ```
 * @category Rules
 */
export interface Integrations {
  /** The time-clock product is connected: devices can be assigned to customer records. */
  readonly timeClock?: boolean;
  /** A Twitter/X account is connected: posts can be drafted from a record (the host posts them). */
  readonly twitter?: boolean;
}

/**
 * The name of an integration (`timeClock`, `twitter`).
 * @category Rules
 */
export type IntegrationName = keyof Integrations;

/**
 * How each integration is named in messages.
 * @category Rules
 */
export const integrationLabels: { readonly [I in IntegrationName]: string } = {
  timeClock: messages.timeClockIntegration,
  twitter: messages.twitterIntegration,
};
