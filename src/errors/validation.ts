import type * as z from 'zod';
import { issueMessage } from './issueMessage.js';
import * as messages from './messages.js';
import { StaffcoreError, type ValidationDetails, type ValidationIssue } from './StaffcoreError.js';

/** What a caller may add to a `VALIDATION` error's details besides its path and issues. */
type RecordNamed = Pick<ValidationDetails, 'entity' | 'id'>;

type Path = readonly (string | number)[];
type RawIssue = z.core.$ZodRawIssue;

export { issueMessage } from './issueMessage.js';

/**
 * The parse options that put staffcore's wording on every issue.
 * @category Errors
 */
export const parseOptions = { error: (issue: RawIssue) => issueMessage(issue) } as const;

/**
 * The issues of a zod error as staffcore reports them: paths prefixed, and one issue per unknown
 * key naming that key (`['changes', 'status']`), so a form can mark the field.
 * @category Errors
 */
export function issuesOf(error: z.ZodError, prefix: Path = []): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: messages.unknownField }));
    }
    return [{ path, message: issue.message }];
  });
}

/**
 * A `VALIDATION` {@link StaffcoreError} from a list of issues, its message naming the first one:
 * `[staffcore] Invalid customer: address.postalCode: must not be blank`.
 *
 * @param what - what was being validated (`customer`, `status change`)
 * @param issues - every problem found, at least one
 * @param details - further facts for `details` (`entity`, `id`); `path` and `issues` come from the issues
 * @returns the error to throw
 * @category Errors
 */
export function validationFailure(what: string, issues: readonly ValidationIssue[], details: RecordNamed = {}): StaffcoreError<'VALIDATION'> {
  const first = issues[0] ?? { path: [], message: messages.invalid };
  const where = first.path.length > 0 ? first.path.join('.') : '(root)';
  return new StaffcoreError('VALIDATION', `Invalid ${what}: ${where}: ${first.message}`, {
    details: { ...details, path: first.path, issues },
  });
}

/**
 * A `VALIDATION` error for one field.
 *
 * @param what - what was being validated
 * @param path - the field, as the caller named it (`[]` for the value as a whole)
 * @param message - what is wrong (a text from `messages`)
 * @param details - further facts for `details` (`entity`, `id`)
 * @returns the error to throw
 * @category Errors
 */
export function fieldError(what: string, path: Path, message: string, details: RecordNamed = {}): StaffcoreError<'VALIDATION'> {
  return validationFailure(what, [{ path, message }], details);
}

/**
 * Turns a zod error into a `VALIDATION` {@link StaffcoreError} naming the first offending field.
 *
 * @param error - the zod error
 * @param what - what was being validated, for the message (e.g. `customer input`)
 * @param prefix - a path to put in front of every issue's path
 * @returns the error to throw
 * @category Errors
 */
export function validationError(error: z.ZodError, what: string, prefix: Path = []): StaffcoreError<'VALIDATION'> {
  return validationFailure(what, issuesOf(error, prefix));
}

/**
 * Parses a value with a zod schema in staffcore's wording, throwing a `VALIDATION`
 * {@link StaffcoreError} on failure.
 *
 * @param schema - the zod schema
 * @param value - the untrusted value
 * @param what - what is being validated, for the message
 * @param prefix - a path to put in front of every issue's path
 * @returns the parsed value
 * @throws StaffcoreError `VALIDATION`
 * @category Errors
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string, prefix: Path = []): z.output<S> {
  const result = schema.safeParse(value, parseOptions);
  if (!result.success) throw validationError(result.error, what, prefix);
  return result.data;
}
