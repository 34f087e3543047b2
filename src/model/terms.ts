import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

/**
 * Payment terms: when an invoice falls due. `basis: 'invoiceDate'` (the default) is "net N":
 * due `netDays` after the invoice date, `0` being "due on receipt"; `basis: 'monthEnd'` is
 * "N days after the end of the invoice's month" (`0`: the month's last day). Unpaid after its due
 * date, an invoice is overdue.
 *
 * @example
 * ```ts
 * Terms.parse({ label: 'Net 30', netDays: 30 }) //=> { label: 'Net 30', netDays: 30 }
 * Terms.parse({ label: 'EOM + 10', netDays: 10, basis: 'monthEnd' })
 * ```
 * @category Records
 */
export const Terms = z.strictObject({
  label: z.string(worded).trim().min(1).max(40),
  netDays: z.number(worded).int().min(0).max(365),
  /** What the days count from: the invoice date (left out) or the end of the invoice's month. */
  basis: z.enum(['invoiceDate', 'monthEnd'], worded).optional(),
}, worded);
/**
 * Payment terms.
 * @category Records
 */
export type Terms = z.infer<typeof Terms>;

/**
 * A worker-compensation class code, e.g. `8810`.
 * @category Records
 */
export const WorkerCompCode = z.string(worded).max(40, { abort: true }).trim().regex(/^[A-Za-z0-9.-]{1,12}$/, messages.workerCompCode);
/**
 * A worker-compensation class code.
 * @category Records
 */
export type WorkerCompCode = z.infer<typeof WorkerCompCode>;
