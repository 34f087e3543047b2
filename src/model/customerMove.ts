import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { CustomerId, CustomerMoveId, RepId } from './ids.js';

/**
 * The record of one move of a customer record (with its whole subtree) to another parent: the
 * move history a roll-up replays to see the tree as it stood on a date.
 * @category Records
 */
export const CustomerMove = z.object({
  id: CustomerMoveId,
  version: z.number(worded).int().positive(),
  /** The record moved (its departments moved with it). */
  customerId: CustomerId,
  /** Its parent before the move; `null` when it was a root customer. */
  fromParentId: CustomerId.nullable(),
  /** Its parent after the move; `null` when the move promoted it to a root customer. */
  toParentId: CustomerId.nullable(),
  /** The record's version the move produced. */
  recordVersion: z.number(worded).int().positive(),
  /** When the move happened. */
  at: Instant,
  /** Who moved it. */
  by: RepId,
}, worded);
/**
 * The record of one move of a customer record to another parent.
 * @category Records
 */
export type CustomerMove = z.infer<typeof CustomerMove>;
