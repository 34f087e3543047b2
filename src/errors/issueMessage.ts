import type * as z from 'zod';
import * as messages from './messages.js';

type RawIssue = z.core.$ZodRawIssue;

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  bigint: 'a whole number',
  date: 'a date',
  null: 'null',
};

const formatNames: Readonly<Record<string, string>> = {
  email: 'e-mail address',
  url: 'URL',
  uuid: 'UUID',
  datetime: 'ISO 8601 instant',
  date: 'calendar date (YYYY-MM-DD)',
};

/**
 * staffcore's wording for a zod issue: the error map every exported schema carries (see
 * {@link worded}) and every action parses with, so a client validating with an exported schema
 * shows the server's messages. A message a schema sets itself (`.min(1, 'must not be blank')`)
 * takes precedence over this one.
 * @param issue - the issue zod raised
 * @returns the message, one of the texts in `messages`
 * @example
 * ```ts
 * Customer.shape.email.safeParse('x').error?.issues[0]?.message //=> 'must be a valid e-mail address'
 * ```
 * @category Errors
 */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? messages.required : messages.expected(typeNames[issue.expected] ?? issue.expected);
    case 'unrecognized_keys':
      return messages.unknownField;
    case 'invalid_value':
      return messages.oneOf(issue.values.map((value) => String(value)));
    case 'too_small':
      if (issue.origin === 'string') return messages.tooShort(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return messages.tooFewItems(issue.minimum);
      return messages.tooSmall(issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      if (issue.origin === 'string') return messages.tooLong(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return messages.tooManyItems(issue.maximum);
      return messages.tooBig(issue.maximum, issue.inclusive ?? true);
    case 'invalid_format':
      // A pattern of the schema's own (`.regex(…)` without a message) says nothing a person can use but that the value does not fit it.
      return issue.format === 'regex' ? messages.patternMismatch : messages.badFormat(formatNames[issue.format] ?? issue.format);
    default:
      return messages.invalid;
  }
}

/**
 * The params that give a zod schema staffcore's wording: `z.string(worded)`, `z.strictObject(shape, worded)`.
 * A schema's error map also words the issues of its checks (`.max(200)`), so one per schema is enough.
 * @category Errors
 */
export const worded = { error: issueMessage } as const;
