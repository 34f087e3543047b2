import * as z from 'zod';
import { CustomerId } from './ids.js';
import { CustomerScope } from './customerScope.js';

/**
 * The fields every scoped list of a customer's records takes: the record, the view, and the page
 * (`orders.list`, `assignments.list`, `invoices.list`, `bars.list`).
 */
export const ScopedListFields = {
  /** The Customer ID the list is opened from. */
  customerId: CustomerId,
  /** `account` (default): the record's own; `subtree`: also its departments'; `master`: its whole tree's. */
  scope: CustomerScope.default('account'),
  /** The page size, 1 to 1,000; 100 by default. */
  limit: z.number().int().min(1).max(1000).default(100),
  /** The `next` cursor of the previous page. */
  after: z.string().max(2000).nullable().optional(),
};
