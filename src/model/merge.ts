import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { CustomerId } from './ids.js';

/**
 * A merge of a duplicate record into the surviving one (`customers.merge`): everything of `from`
 * moves to `into`, and `from` is marked deleted as a duplicate of `into`. A dry run lists every
 * change and writes nothing.
 * @category Records
 */
export const MergeCustomersInput = z.strictObject({
  /** The duplicate, which ends as deleted (`X`) "duplicate of" `into`. */
  from: CustomerId,
  /** The surviving record. */
  into: CustomerId,
  /** List the changes without writing them (`false` by default). */
  dryRun: z.boolean(worded).default(false),
  /** Why, recorded in the status history of `from` after "Duplicate of …". */
  reason: z.string(worded).max(400).trim().min(1).optional(),
}, worded);
/**
 * A merge of a duplicate record into the surviving one.
 * @category Records
 */
export type MergeCustomersInput = z.input<typeof MergeCustomersInput>;
