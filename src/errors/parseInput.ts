import type * as z from 'zod';
import type { StaffcoreError } from './StaffcoreError.js';
import { parseOptions, validationError } from './validation.js';

/**
 * What an action's description must offer {@link parseInput}: its input schema and what the input describes.
 * @category Errors
 */
export interface ParsableAction<S extends z.ZodType = z.ZodType> {
  /** The action's input schema. */
  readonly input: S;
  /** What the input describes, for messages (`customer` in `Invalid customer: name: must not be blank`). */
  readonly subject: string;
}

/**
 * The result of {@link parseInput}: the parsed input, or the `VALIDATION` error the action would raise.
 * @category Errors
 */
export type ParseInputResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: StaffcoreError<'VALIDATION'> };

/**
 * Checks a value as an action's input exactly as the action would (the same schema, messages and
 * paths; unknown keys refused), without a store or an actor: in a browser, say, before a form is sent.
 * The action's own rules on stored records (a status that blocks, a stale version) still run only
 * on the server.
 *
 * @param action - an action value, e.g. `customers.add` (anything with `input` and `subject`)
 * @param value - the untrusted input; `undefined` is read as `{}`, as the action reads it
 * @returns `{ success: true, data }` with the parsed input, or `{ success: false, error }` with the
 *   `VALIDATION` {@link StaffcoreError} the action would throw
 * @example
 * ```ts
 * const result = parseInput(customers.add, { name: '', email: 'x' });
 * if (!result.success) fieldErrors(result.error)
 * //=> { name: ['must not be blank'], email: ['must be a valid e-mail address'] }
 * ```
 * @category Errors
 */
export function parseInput<S extends z.ZodType>(action: ParsableAction<S>, value: unknown): ParseInputResult<z.output<S>> {
  const result = action.input.safeParse(value ?? {}, parseOptions);
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: validationError(result.error, action.subject) };
}
