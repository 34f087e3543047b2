import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

/**
 * A calendar date, `YYYY-MM-DD`. Arithmetic on it goes through date-fns.
 * @category Records
 */
export const CalendarDate = z.iso.date(worded);
/**
 * A calendar date, `YYYY-MM-DD`.
 * @category Records
 */
export type CalendarDate = z.infer<typeof CalendarDate>;

/**
 * An instant in time as an ISO 8601 string; any offset is accepted and normalized to UTC, e.g. `2026-11-22T10:00:00.000Z`.
 * @category Records
 */
export const Instant = z
  .string(worded)
  .max(40, { abort: true })
  .pipe(z.iso.datetime({ ...worded, offset: true }))
  .transform((value) => new Date(value).toISOString());
/**
 * An instant in time, ISO 8601, normalized to UTC (`…Z`) so instants sort as strings.
 * @category Records
 */
export type Instant = z.infer<typeof Instant>;

/**
 * An IANA time zone name that this runtime knows, e.g. `America/Chicago`.
 * @category Records
 */
export const TimeZone = z.string(worded).max(64, { abort: true }).refine(isTimeZone, messages.timeZone);
/**
 * An IANA time zone name.
 * @category Records
 */
export type TimeZone = z.infer<typeof TimeZone>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
