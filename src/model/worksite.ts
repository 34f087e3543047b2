import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { CustomerScope } from './customerScope.js';
import { Address, AddressInput } from './address.js';
import { Instant, TimeZone } from './dates.js';
import { CustomerId, Version, WorksiteId } from './ids.js';

/**
 * A physical place employees are sent to.
 * @category Records
 */
export const Worksite = z.object({
  id: WorksiteId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  name: z.string(worded).trim().min(1).max(120),
  address: Address,
  timeZone: TimeZone.nullable(),
  directions: z.string(worded).max(2000),
  dressCode: z.string(worded).max(500),
  createdAt: Instant,
}, worded);
/**
 * A physical place employees are sent to.
 * @category Records
 */
export type Worksite = z.infer<typeof Worksite>;

/**
 * What a rep enters to add a worksite to a customer (`worksites.add`).
 * @category Records
 */
export const AddWorksiteInput = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
  /** The worksite's name; the street line when left out. */
  name: z.string(worded).max(120).trim().min(1).optional(),
  address: AddressInput,
  timeZone: TimeZone.optional(),
  directions: z.string(worded).max(2000).optional(),
  dressCode: z.string(worded).max(500).optional(),
  /** Make it the customer's default worksite (the first worksite always is). */
  makeDefault: z.boolean(worded).optional(),
}, worded);
/**
 * What a rep enters to add a worksite.
 * @category Records
 */
export type AddWorksiteInput = z.input<typeof AddWorksiteInput>;

/**
 * Makes one of a customer's worksites its default (`worksites.setDefault`).
 * @category Records
 */
export const SetDefaultWorksiteInput = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
  /** A worksite of that customer. */
  worksiteId: WorksiteId,
  /** The customer's version read; when given, a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * Makes one of a customer's worksites its default.
 * @category Records
 */
export type SetDefaultWorksiteInput = z.input<typeof SetDefaultWorksiteInput>;

/**
 * Lists a customer's worksites (`worksites.list`).
 * @category Records
 */
export const ListWorksitesInput = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
  /** `account` (default): the record's worksites; `subtree`: also its departments'; `master`: its whole tree's. */
  scope: CustomerScope.default('account'),
}, worded);
/**
 * Lists a customer's worksites.
 * @category Records
 */
export type ListWorksitesInput = z.input<typeof ListWorksitesInput>;
