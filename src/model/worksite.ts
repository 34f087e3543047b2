import { z } from 'zod';
import { Address, AddressInput } from './address.js';
import { Instant, TimeZone } from './dates.js';
import { CustomerId, WorksiteId } from './ids.js';

/** A physical place employees are sent to. */
export const Worksite = z.object({
  id: WorksiteId,
  version: z.number().int().positive(),
  customerId: CustomerId,
  name: z.string().trim().min(1).max(120),
  address: Address,
  timeZone: TimeZone.nullable(),
  directions: z.string().max(2000),
  dressCode: z.string().max(500),
  createdAt: Instant,
});
/** A physical place employees are sent to. */
export type Worksite = z.infer<typeof Worksite>;

/** What a rep enters to add a worksite to a customer. */
export const NewWorksiteInput = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  address: AddressInput,
  timeZone: TimeZone.optional(),
  directions: z.string().max(2000).optional(),
  dressCode: z.string().max(500).optional(),
  /** Make it the customer's default worksite (the first worksite always is). */
  makeDefault: z.boolean().optional(),
});
/** What a rep enters to add a worksite. */
export type NewWorksiteInput = z.input<typeof NewWorksiteInput>;
