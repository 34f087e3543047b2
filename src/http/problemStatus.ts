import type { StaffcoreErrorCode } from '../errors/index.js';

/**
 * The HTTP status of each {@link StaffcoreErrorCode}, as the handler answers it and the OpenAPI
 * document declares it: `VALIDATION` 400 (the request is malformed, whatever its state), the
 * refusals of a well-formed request by the record's state 422, `BUSY` and `STORE` 503 (the store,
 * not the request; `BUSY` may be retried), `INTERNAL` 500.
 *
 * @example
 * ```ts
 * problemStatus.NOT_FOUND //=> 404
 * problemStatus.CREDIT_BLOCKED //=> 422
 * ```
 * @category HTTP
 */
export const problemStatus = Object.freeze({
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STATUS_BLOCKED: 422,
  TREE_CYCLE: 422,
  STANDARDIZATION_REQUIRED: 422,
  EMPLOYEE_BARRED: 422,
  CREDIT_BLOCKED: 422,
  BUSINESS_RULE: 422,
  INTEGRATION_MISSING: 422,
  BUSY: 503,
  STORE: 503,
  INTERNAL: 500,
} as const satisfies Record<StaffcoreErrorCode, number>);
