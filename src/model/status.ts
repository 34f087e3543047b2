import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

/**
 * A status code: an upper-case letter followed by up to seven upper-case letters or digits (`P`, `A`, `BID`).
 * @category Records
 */
export const StatusCode = z.string(worded).max(8, { abort: true, message: messages.statusCodeFormat }).regex(/^[A-Z][A-Z0-9]{0,7}$/, messages.statusCodeFormat);
/**
 * A status code.
 * @category Records
 */
export type StatusCode = z.infer<typeof StatusCode>;

/**
 * One status of an organization's catalog, with what it allows. The default catalog holds
 * P (Prospect), A (Active), H (Hold for credit check), I (Inactive) and X (Deleted).
 * @category Records
 */
export const StatusDefinition = z.object({
  code: StatusCode,
  name: z.string(worded).trim().min(1).max(60),
  meaning: z.string(worded).max(300).default(''),
  /** New orders may be created for the record. */
  allowsOrders: z.boolean(worded),
  /** Employees may be assigned to the record's orders. */
  allowsAssignments: z.boolean(worded),
  /** The record appears in active searches. */
  inActiveSearches: z.boolean(worded),
  /** The record counts as an active customer (the avatar's active indicator). */
  isActive: z.boolean(worded).default(false),
  /** Marks a record as deleted / entered by mistake: changing to it needs a reason. */
  isDeletion: z.boolean(worded).default(false),
}, worded);
/**
 * One status of an organization's catalog.
 * @category Records
 */
export type StatusDefinition = z.infer<typeof StatusDefinition>;
/**
 * A status definition as a host writes it (defaults not yet applied).
 * @category Records
 */
export type StatusDefinitionInput = z.input<typeof StatusDefinition>;
