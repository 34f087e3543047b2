import * as z from 'zod';
import { Instant } from './dates.js';
import { CustomerId, FavoriteId, RepId } from './ids.js';

/** A rep's bookmark of a customer record. */
export const Favorite = z.object({
  id: FavoriteId,
  version: z.number().int().positive(),
  repId: RepId,
  customerId: CustomerId,
  createdAt: Instant,
});
/** A rep's bookmark of a customer record. */
export type Favorite = z.infer<typeof Favorite>;
