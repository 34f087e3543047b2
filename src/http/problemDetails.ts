import { fieldErrors, type FieldErrors, type StaffcoreError } from '../errors/index.js';
import { problemStatus } from './problemStatus.js';

/**
 * An error as an RFC 9457 problem details body (`application/problem+json`), the shape of the
 * OpenAPI document's `Problem` schema.
 * @category HTTP
 */
export interface ProblemDetails {
  /** `about:blank`: the problem is the status's own; `code` tells which. */
  readonly type: string;
  /** The status's reason phrase (`Unprocessable Content`). */
  readonly title: string;
  /** The HTTP status. */
  readonly status: number;
  /** What went wrong, in words (the error's message without `[staffcore] `). */
  readonly detail: string;
  /** The {@link StaffcoreError} code (`CREDIT_BLOCKED`), or the handler's own for a request it could not read. */
  readonly code: string;
  /** The error's `details`, in the shape of its code. */
  readonly details?: object;
  /** `VALIDATION` only: the messages by field, as {@link fieldErrors} gives them. */
  readonly errors?: FieldErrors;
}

/** The reason phrases of the statuses the handler answers with (RFC 9110). */
export const reasonPhrases: Readonly<Record<number, string>> = Object.freeze({
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
});

/** What an `INTERNAL` problem says instead of the error's own text, which may name internals. */
export const internalDetail = 'The request failed on the server; nothing was written.';

/**
 * Renders a {@link StaffcoreError} as a problem details body: its status from
 * {@link problemStatus}, its message as `detail`, its `code` and `details`, and for `VALIDATION`
 * the messages by field. An `INTERNAL` error keeps its text, details and cause to itself.
 *
 * @param error - the error an action threw
 * @returns the body to send with `Content-Type: application/problem+json` and its `status`
 * @example
 * ```ts
 * problemDetails(new StaffcoreError('VALIDATION', 'Invalid customer: name: must not be blank', { details: { path: ['name'], issues: [{ path: ['name'], message: 'must not be blank' }] } }))
 * //=> { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid customer: name: must not be blank',
 * //     code: 'VALIDATION', details: { path: ['name'], issues: [...] }, errors: { name: ['must not be blank'] } }
 * ```
 * @category HTTP
 */
export function problemDetails(error: StaffcoreError): ProblemDetails {
  const status = problemStatus[error.code];
  const base = { type: 'about:blank', title: reasonPhrases[status]!, status, code: error.code };
  if (error.code === 'INTERNAL') return { ...base, detail: internalDetail };
  const detail = error.message.replace(/^\[staffcore\] /, '');
  return error.code === 'VALIDATION' ? { ...base, detail, details: error.details, errors: fieldErrors(error) } : { ...base, detail, details: error.details };
}
