import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { Instant } from './dates.js';
import { CustomerId, FavoriteId, RepId } from './ids.js';
import { PageFields } from './listPage.js';

/** A rep's bookmark of a customer record. */
export const Favorite = z.object({
  id: FavoriteId,
  version: z.number(worded).int().positive(),
  repId: RepId,
  customerId: CustomerId,
  createdAt: Instant,
}, worded);
/** A rep's bookmark of a customer record. */
export type Favorite = z.infer<typeof Favorite>;

/** A record to bookmark, or to stop bookmarking, for the actor (`favorites.add`, `favorites.remove`). */
export const FavoriteRef = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
}, worded);
/** A record to bookmark. */
export type FavoriteRef = z.input<typeof FavoriteRef>;

/** The actor's favorites (`favorites.list`), one page at a time. */
export const ListFavoritesInput = z.strictObject({ ...PageFields }, worded);
/** The actor's favorites. */
export type ListFavoritesInput = z.input<typeof ListFavoritesInput>;
