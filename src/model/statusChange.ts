import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { CustomerId, RepId, StatusChangeId } from './ids.js';
import { StatusCode } from './status.js';

/**
 * The audit record of one status change: who, when, from, to and why.
 * @category Records
 */
export const StatusChange = z.object({
  id: StatusChangeId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  from: StatusCode,
  to: StatusCode,
  reason: z.string(worded).nullable(),
  duplicateOfId: CustomerId.nullable(),
  /** The record the change was asked for, when this one was changed by a cascade to its subtree. */
  cascadedFromId: CustomerId.nullable(),
  /**
   * Whether the change was a merge (`customers.merge`) marking the record a duplicate of
   * `duplicateOfId`: such a record's own records moved to the survivor, so no status change brings
   * it back. `false` for every other change (and for history written before this field existed).
   */
  merged: z.boolean(worded).default(false),
  /** The record's version the change produced: orders a record's history even within one instant. */
  recordVersion: z.number(worded).int().positive(),
  at: Instant,
  by: RepId,
}, worded);
/**
 * The audit record of one status change.
 * @category Records
 */
export type StatusChange = z.infer<typeof StatusChange>;
