import type { z } from 'zod';

/**
 * The stable codes a {@link StaffcoreError} can carry. Callers branch on these, never on messages.
 *
 * - `VALIDATION`: input or a record failed its schema or a rule on its shape; `details.path` names the field.
 * - `NOT_FOUND`: the record does not exist, or lies outside the actor's hierarchy scope.
 * - `FORBIDDEN`: the actor's roles do not grant the permission the action needs.
 * - `CONFLICT`: a write was based on a stale `version` of the record.
 * - `STATUS_BLOCKED`: the record's (effective) status does not allow the action.
 * - `TREE_CYCLE`: a move would put a record under itself or one of its descendants.
 * - `STANDARDIZATION_REQUIRED`: the branch requires a standardized address and none could be had.
 * - `STORE`: the storage backend failed; `cause` holds the driver's error.
 */
export type StaffcoreErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'STATUS_BLOCKED'
  | 'TREE_CYCLE'
  | 'STANDARDIZATION_REQUIRED'
  | 'STORE';

/** One problem found in input: where it is and what is wrong with it. */
export interface ValidationIssue {
  /** The path of the offending field, e.g. `['contactAddress', 'postalCode']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words. */
  readonly message: string;
}

/** Structured data attached to a {@link StaffcoreError}. */
export interface StaffcoreErrorDetails {
  /** The path of the first offending field, for `VALIDATION` errors. */
  readonly path?: readonly (string | number)[];
  /** Every problem found, for `VALIDATION` errors. */
  readonly issues?: readonly ValidationIssue[];
  /** The kind of record involved (`customer`, `worksite`, …). */
  readonly entity?: string;
  /** The id of the record involved. */
  readonly id?: string;
  /** Any further facts worth a caller's attention. */
  readonly [key: string]: unknown;
}

/** Options of the {@link StaffcoreError} constructor. */
export interface StaffcoreErrorOptions {
  /** Structured facts about the failure. */
  readonly details?: StaffcoreErrorDetails;
  /** The underlying error, e.g. a database driver's. */
  readonly cause?: unknown;
}

/**
 * The one error class staffcore throws. Its `code` is stable; its message starts with `[staffcore]`.
 *
 * @example
 * ```ts
 * try {
 *   await sc.customers.add({ name: '' });
 * } catch (error) {
 *   if (isStaffcoreError(error, 'VALIDATION')) console.log(error.details.path); //=> ['name']
 * }
 * ```
 */
export class StaffcoreError extends Error {
  /** The stable code callers branch on. */
  readonly code: StaffcoreErrorCode;
  /** Structured facts about the failure (field path, entity, id, …). */
  readonly details: StaffcoreErrorDetails;

  /**
   * Creates an error with a stable code.
   * @param code - the stable error code
   * @param message - a human sentence; `[staffcore] ` is prefixed when missing
   * @param options - details and cause
   */
  constructor(code: StaffcoreErrorCode, message: string, options: StaffcoreErrorOptions = {}) {
    super(message.startsWith('[staffcore]') ? message : `[staffcore] ${message}`, { cause: options.cause });
    this.name = 'StaffcoreError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

/**
 * Tells whether a value is a {@link StaffcoreError}, optionally of one code.
 *
 * @param error - any caught value
 * @param code - when given, the code the error must carry
 * @returns true when `error` is a StaffcoreError (with that code)
 */
export function isStaffcoreError(error: unknown, code?: StaffcoreErrorCode): error is StaffcoreError {
  return error instanceof StaffcoreError && (code === undefined || error.code === code);
}

/**
 * Turns a zod error into a `VALIDATION` {@link StaffcoreError} naming the first offending field.
 *
 * @param error - the zod error
 * @param what - what was being validated, for the message (e.g. `customer input`)
 * @param prefix - a path to put in front of every issue's path
 * @returns the error to throw
 */
export function validationError(
  error: z.ZodError,
  what: string,
  prefix: readonly (string | number)[] = [],
): StaffcoreError {
  const issues: ValidationIssue[] = error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
  const first = issues[0] ?? { path: [...prefix], message: 'invalid' };
  const where = first.path.length > 0 ? first.path.join('.') : '(root)';
  return new StaffcoreError('VALIDATION', `Invalid ${what}: ${where}: ${first.message}`, {
    details: { path: first.path, issues },
  });
}

/**
 * Parses a value with a zod schema, throwing a `VALIDATION` {@link StaffcoreError} on failure.
 *
 * @param schema - the zod schema
 * @param value - the untrusted value
 * @param what - what is being validated, for the message
 * @returns the parsed value
 * @throws StaffcoreError `VALIDATION`
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, what);
  return result.data;
}
