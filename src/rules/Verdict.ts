import type { StaffcoreErrorCode } from '../errors/index.js';

/**
 * The answer of a check that explains itself: allowed, or refused with a stable code and a reason.
 *
 * @example
 * ```ts
 * canCreateOrder(path) //=> { allowed: false, code: 'STATUS_BLOCKED', reason: 'Customer 7 is on Hold for credit check', customerId: '7' }
 * ```
 */
export type Verdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Why, as a stable code (`STATUS_BLOCKED`, `FORBIDDEN`, …). */
      readonly code: StaffcoreErrorCode;
      /** Why, in words. */
      readonly reason: string;
      /** The record whose state refused it, where one did. */
      readonly customerId?: string;
    };
