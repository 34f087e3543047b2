import * as z from 'zod';

/**
 * Payment terms: an invoice is overdue once unpaid `netDays` after its invoice date
 * (`0` is "due on receipt").
 */
export const Terms = z.strictObject({
  label: z.string().trim().min(1).max(40),
  netDays: z.number().int().min(0).max(365),
});
/** Payment terms. */
export type Terms = z.infer<typeof Terms>;

/** A worker-compensation class code, e.g. `8810`. */
export const WorkerCompCode = z.string().max(40, { abort: true }).trim().regex(/^[A-Za-z0-9.-]{1,12}$/, 'must be a worker-comp class code such as "8810"');
/** A worker-compensation class code. */
export type WorkerCompCode = z.infer<typeof WorkerCompCode>;
