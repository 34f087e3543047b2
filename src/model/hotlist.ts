import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { CustomerId, HotlistId, HotlistMemberId, RepId } from './ids.js';
import { PageFields } from './listPage.js';

/**
 * A named list of customer records a rep works through; its members are `HotlistMember` records.
 * @category Records
 */
export const Hotlist = z.object({
  id: HotlistId,
  version: z.number(worded).int().positive(),
  name: z.string(worded).trim().min(1).max(120),
  ownerId: RepId,
}, worded);
/**
 * A named list of customer records.
 * @category Records
 */
export type Hotlist = z.infer<typeof Hotlist>;

/**
 * One customer record on a hotlist.
 * @category Records
 */
export const HotlistMember = z.object({
  id: HotlistMemberId,
  version: z.number(worded).int().positive(),
  hotlistId: HotlistId,
  customerId: CustomerId,
  addedAt: Instant,
  addedBy: RepId,
}, worded);
/**
 * One customer record on a hotlist.
 * @category Records
 */
export type HotlistMember = z.infer<typeof HotlistMember>;

/**
 * A new hotlist (`hotlists.create`), optionally with the record in view as its first member.
 * @category Records
 */
export const CreateHotlistInput = z.strictObject({
  name: z.string(worded).trim().min(1).max(120),
  /** The record to add as the first member. */
  customerId: CustomerId.optional(),
}, worded);
/**
 * A new hotlist.
 * @category Records
 */
export type CreateHotlistInput = z.input<typeof CreateHotlistInput>;

/**
 * A record added to an existing hotlist (`hotlists.addMember`).
 * @category Records
 */
export const AddHotlistMemberInput = z.strictObject({
  hotlistId: HotlistId,
  customerId: CustomerId,
}, worded);
/**
 * A record added to an existing hotlist.
 * @category Records
 */
export type AddHotlistMemberInput = z.input<typeof AddHotlistMemberInput>;

/**
 * The members of a hotlist the actor may see (`hotlists.members`), one page at a time.
 * @category Records
 */
export const HotlistMembersInput = z.strictObject({
  hotlistId: HotlistId,
  ...PageFields,
}, worded);
/**
 * The members of a hotlist.
 * @category Records
 */
export type HotlistMembersInput = z.input<typeof HotlistMembersInput>;

/**
 * The actor's own hotlists (`hotlists.list`), one page at a time.
 * @category Records
 */
export const ListHotlistsInput = z.strictObject({ ...PageFields }, worded);
/**
 * The actor's own hotlists.
 * @category Records
 */
export type ListHotlistsInput = z.input<typeof ListHotlistsInput>;
