import type { FieldPath, StaffcoreError } from './StaffcoreError.js';

/**
 * A form's messages by field: each key a field's path with its parts joined by `.` (list indexes
 * as numbers, `rows.3.name`), each value the field's messages in the order they were found. The
 * key `''` holds what concerns the input as a whole (an issue without a path).
 * @category Errors
 */
export type FieldErrors = Record<string, string[]>;

const fieldKey = (path: FieldPath): string => path.join('.');

/**
 * Turns a {@link StaffcoreError} into messages by field, for a form to show next to its inputs.
 *
 * A `VALIDATION` error gives every issue under its field. Another code gives its message (without
 * the `[staffcore]` prefix) under `details.path` when it names an input field (`worksiteId` of a
 * `NOT_FOUND`, `endDate` of a `BUSINESS_RULE`), and under `''` when it does not. The error of a
 * row that refused a whole `customers.addMany` import gives every row's issues.
 *
 * @param error - the error an action (or {@link parseInput}) gave
 * @returns the messages by dot-joined field path, `''` for the form as a whole; never empty
 * @example
 * ```ts
 * fieldErrors(error)
 * //=> { 'address.postalCode': ['must not be blank'], email: ['must be a valid e-mail address'] }
 * fieldErrors(conflict) //=> { '': ['customer 7 was changed by someone else since it was read; reload it and try again'] }
 * ```
 * @category Errors
 */
export function fieldErrors(error: StaffcoreError): FieldErrors {
  // A Map, so a field named `constructor` or `__proto__` is a key like any other.
  const out = new Map<string, string[]>();
  const add = (path: FieldPath, message: string) => {
    const key = fieldKey(path);
    const list = out.get(key) ?? [];
    if (!list.includes(message)) list.push(message);
    out.set(key, list);
  };
  const { issues } = error.details;
  if (issues !== undefined && issues.length > 0) {
    for (const issue of issues) add(issue.path, issue.message);
  } else {
    add(error.details.path ?? [], error.message.replace(/^\[staffcore\] /, ''));
  }
  return Object.fromEntries(out);
}
