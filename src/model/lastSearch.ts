import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { CustomerId, LastSearchId, RepId } from './ids.js';

/**
 * How many record ids a remembered search keeps: the first ten thousand results.
 * @category Records
 */
export const lastSearchLimit = 10_000;

/**
 * A rep's last customer search, remembered in the store (one per rep) so that the previous and
 * next record of it can be opened, even from a new instance.
 * @category Records
 */
export const LastSearch = z.object({
  id: LastSearchId,
  version: z.number(worded).int().positive(),
  repId: RepId,
  /** The search's criteria without the page, to tell a next page of it from a new search. */
  query: z.string(worded).max(4000),
  /** The ids of the results read so far, in result order. */
  customerIds: z.array(CustomerId, worded).max(lastSearchLimit),
  at: Instant,
}, worded);
/**
 * A rep's last customer search.
 * @category Records
 */
export type LastSearch = z.infer<typeof LastSearch>;
