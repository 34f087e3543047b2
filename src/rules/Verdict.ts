import * as z from 'zod';
import { errorCodes } from '../errors/index.js';

/**
 * The answer of a check that explains itself: allowed, or refused with a stable code and a reason.
 *
 * @example
 * ```ts
 * canCreateOrder(path) //=> { allowed: false, code: 'STATUS_BLOCKED', reason: 'Customer 7 is on Hold for credit check', customerId: '7' }
 * ```
 * @category Rules
 */
export const Verdict = z.discriminatedUnion('allowed', [
  z
    .strictObject({
      /** Allowed. */
      allowed: z.literal(true),
    })
    .readonly(),
  z
    .strictObject({
      /** Refused. */
      allowed: z.literal(false),
      /** Why, as a stable code (`STATUS_BLOCKED`, `FORBIDDEN`, …). */
      code: z.enum(errorCodes),
      /** Why, in words. */
      reason: z.string(),
      /** The record whose state refused it, where one did. */
      customerId: z.string().optional(),
    })
    .readonly(),
]);
/**
 * The answer of a check that explains itself: allowed, or refused with a stable code and a reason.
 * @category Rules
 */
export type Verdict = z.output<typeof Verdict>;
