import { fieldErrors, isStaffcoreError, type FieldErrors, type StaffcoreErrorCode } from '../errors/index.js';

/**
 * The codes of the problems the HTTP layer itself reports, besides the `StaffcoreError` codes an
 * action refuses with: no actor, a body that is not JSON, too large or of another type, a route
 * or a method the handler does not serve.
 * @category HTTP
 */
export type HttpProblemCode = 'UNAUTHENTICATED' | 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'ROUTE_NOT_FOUND' | 'METHOD_NOT_ALLOWED';

/**
 * An error as an RFC 9457 problem details object (`application/problem+json`): the HTTP status,
 * staffcore's stable `code`, and for a `VALIDATION` error the per-field messages a form shows.
 * @category HTTP
 */
export interface Problem {
  /** A URI naming the problem type: `https://staffcore.dev/problems/` and the code in kebab case. */
  readonly type: string;
  /** A short, human summary of the problem type (`Validation failed`, `Not found`, …). */
  readonly title: string;
  /** The HTTP status. */
  readonly status: number;
  /** What went wrong this time, in words (the error's message without its `[staffcore]` prefix). */
  readonly detail: string;
  /** The stable code a client branches on: a `StaffcoreError` code, or one of {@link HttpProblemCode}. */
  readonly code: StaffcoreErrorCode | HttpProblemCode;
  /** The error's `details` (field path, entity and id, …), for a refusal; left out for `INTERNAL`. */
  readonly details?: unknown;
  /** For `VALIDATION`: the messages by field, as `fieldErrors` gives them (`{ 'address.postalCode': ['…'] }`). */
  readonly errors?: FieldErrors;
}

/** The HTTP status and title of each code. */
const statuses: Readonly<Record<StaffcoreErrorCode | HttpProblemCode, readonly [status: number, title: string]>> = {
  VALIDATION: [400, 'Validation failed'],
  BAD_REQUEST: [400, 'Bad request'],
  UNAUTHENTICATED: [401, 'Not authenticated'],
  FORBIDDEN: [403, 'Forbidden'],
  NOT_FOUND: [404, 'Not found'],
  ROUTE_NOT_FOUND: [404, 'No such route'],
  METHOD_NOT_ALLOWED: [405, 'Method not allowed'],
  CONFLICT: [409, 'Conflict'],
  PAYLOAD_TOO_LARGE: [413, 'Payload too large'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Unsupported media type'],
  STATUS_BLOCKED: [422, 'Blocked by the record’s status'],
  TREE_CYCLE: [422, 'The move would make a cycle'],
  STANDARDIZATION_REQUIRED: [422, 'A standardized address is required'],
  EMPLOYEE_BARRED: [422, 'The employee is barred'],
  CREDIT_BLOCKED: [422, 'Blocked by credit'],
  BUSINESS_RULE: [422, 'Refused by a business rule'],
  INTEGRATION_MISSING: [422, 'The integration is not configured'],
  INTERNAL: [500, 'Internal error'],
  BUSY: [503, 'Busy'],
  STORE: [503, 'The store is unavailable'],
};

/**
 * The HTTP status an error code answers with: `VALIDATION` 400, `FORBIDDEN` 403, `NOT_FOUND` 404,
 * `CONFLICT` 409, the business refusals (`STATUS_BLOCKED`, `TREE_CYCLE`, `CREDIT_BLOCKED`,
 * `EMPLOYEE_BARRED`, `BUSINESS_RULE`, …) 422, `BUSY` and `STORE` 503, `INTERNAL` 500.
 * @param code - a `StaffcoreError` code or one of the HTTP layer's own
 * @returns the status
 * @category HTTP
 */
export function statusOfCode(code: StaffcoreErrorCode | HttpProblemCode): number {
  return statuses[code][0];
}

/**
 * A problem of the HTTP layer's own (no actor, a bad body, an unknown route, …).
 * @param code - what went wrong
 * @param detail - the words for this time
 * @returns the problem
 * @category HTTP
 */
export function httpProblem(code: HttpProblemCode, detail: string): Problem {
  const [status, title] = statuses[code];
  return { type: typeOf(code), title, status, detail, code };
}

/**
 * An error as a problem: a `StaffcoreError` keeps its code, message and `details` (and for
 * `VALIDATION` gains `errors`, the messages by field); `STORE` and `BUSY` keep only their code (the
 * driver's words stay on the server); anything else — and `INTERNAL` — is a 500 that tells nothing
 * of the error's text or stack.
 * @param error - what an action threw
 * @returns the problem
 * @category HTTP
 */
export function problemOf(error: unknown): Problem {
  if (!isStaffcoreError(error) || error.code === 'INTERNAL') {
    const [status, title] = statuses.INTERNAL;
    return { type: typeOf('INTERNAL'), title, status, detail: 'The request failed unexpectedly; nothing was written.', code: 'INTERNAL' };
  }
  const [status, title] = statuses[error.code];
  // The store's own failure (a driver's message, a SQL state) stays on the server.
  if (error.code === 'STORE') return { type: typeOf('STORE'), title, status, detail: 'The store could not complete the request; nothing was written.', code: 'STORE' };
  if (error.code === 'BUSY') return { type: typeOf('BUSY'), title, status, detail: 'The store was busy; nothing was written. Try again.', code: 'BUSY' };
  const detail = error.message.replace(/^\[staffcore\] /, '');
  const problem: Problem = { type: typeOf(error.code), title, status, detail, code: error.code, details: error.details };
  return error.code === 'VALIDATION' ? { ...problem, errors: fieldErrors(error) } : problem;
}

function typeOf(code: string): string {
  return `https://staffcore.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}
