import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { CustomerId, FavoriteId, RepId } from './ids.js';
import { PageFields } from './listPage.js';

/**
 * A rep's bookmark of a customer record.
 * @category Records
 */
export const Favorite = z.object({
  id: FavoriteId,
  version: z.number(worded).int().positive(),
  repId: RepId,
  customerId: CustomerId,
  createdAt: Instant,
}, worded);
/**
 * A rep's bookmark of a customer record.
 * @category Records
 */
export type Favorite = z.infer<typeof Favorite>;

/**
 * A record to bookmark, or to stop bookmarking, for the actor (`favorites.add`, `favorites.remove`).
 * @category Records
 */
export const FavoriteRef = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
}, worded);
/**
 * A record to bookmark.
 * @category Records
 */
export type FavoriteRef = z.input<typeof FavoriteRef>;

/**
 * The actor's favorites (`favorites.list`), one page at a time.
 * @category Records
 */
export const ListFavoritesInput = z.strictObject({ ...PageFields }, worded);
/**
 * The actor's favorites.
 * @category Records
 */
export type ListFavoritesInput = z.input<typeof ListFavoritesInput>;
