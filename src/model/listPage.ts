import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { CustomerId } from './ids.js';
import { CustomerScope } from './customerScope.js';

/**
 * The fields every list takes to read one page: its size and the `next` cursor of the page before
 * (`hotlists.list`, `favorites.list`, and every scoped list through {@link ScopedListFields}).
 * @category Records
 */
export const PageFields = {
  /** The page size, 1 to 1,000; 100 by default. */
  limit: z.number(worded).int().min(1).max(1000).default(100),
  /** The `next` cursor of the previous page. */
  after: z.string(worded).max(2000).nullable().optional(),
};

/**
 * The fields every scoped list of a customer's records takes: the record, the view, and the page
 * (`orders.list`, `assignments.list`, `invoices.list`, `bars.list`, `contacts.list`, `tasks.list`, …).
 * @category Records
 */
export const ScopedListFields = {
  /** The Customer ID the list is opened from. */
  customerId: CustomerId,
  /** `account` (default): the record's own; `subtree`: also its departments'; `master`: its whole tree's. */
  scope: CustomerScope.default('account'),
  ...PageFields,
};

/**
 * One page of a list: what every list action returns (`customers.search`, `orders.list`,
 * `audit.list`, …). `next` is the cursor to pass as `after` for the following page, `null` on the
 * last one.
 * @category Records
 */
export interface Page<T> {
  /** The page's items, in the list's order. */
  readonly items: readonly T[];
  /** The cursor of the following page (pass it as `after`), or `null` when this page is the last. */
  readonly next: string | null;
}

/**
 * The schema of a {@link Page} of `item`: the result schema of a list action.
 * @param item - the schema of one item
 * @returns `{ items: item[], next: string | null }`
 * @category Records
 */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({ items: z.array(item, worded).readonly(), next: z.string(worded).nullable() }, worded);
}
