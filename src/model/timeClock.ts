import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { CustomerId, RepId, TimeClockId } from './ids.js';

/**
 * A time-clock device's id, as the time-clock product names it.
 * @category Records
 */
export const DeviceId = z.string(worded).trim().min(1).max(100);

/**
 * A time-clock device assigned to a customer record (needs the time-clock integration).
 * @category Records
 */
export const TimeClock = z.object({
  id: TimeClockId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  deviceId: DeviceId,
  assignedAt: Instant,
  assignedBy: RepId,
}, worded);
/**
 * A time-clock device assigned to a customer record.
 * @category Records
 */
export type TimeClock = z.infer<typeof TimeClock>;

/**
 * A device to assign to a record (`timeClocks.assign`).
 * @category Records
 */
export const AssignTimeClockInput = z.strictObject({
  customerId: CustomerId,
  deviceId: DeviceId,
}, worded);
/**
 * A device to assign to a record.
 * @category Records
 */
export type AssignTimeClockInput = z.input<typeof AssignTimeClockInput>;

/**
 * The devices assigned to a record (`timeClocks.list`).
 * @category Records
 */
export const ListTimeClocksInput = z.strictObject({
  customerId: CustomerId,
}, worded);
/**
 * The devices assigned to a record.
 * @category Records
 */
export type ListTimeClocksInput = z.input<typeof ListTimeClocksInput>;

/**
 * A post to draft for a record (`social.draftPost`); nothing is posted.
 * @category Records
 */
export const DraftPostInput = z.strictObject({
  customerId: CustomerId,
  /** Text to put after the prefilled customer and department name. */
  text: z.string(worded).max(2000).optional(),
}, worded);
/**
 * A post to draft for a record.
 * @category Records
 */
export type DraftPostInput = z.input<typeof DraftPostInput>;
