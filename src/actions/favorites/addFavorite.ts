import { FavoriteRef, type Favorite } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * `favorites.add`: bookmarks a record for the actor (as many as they like). A record already
 * bookmarked stays as it is and its favorite is returned. Refuses with `FORBIDDEN` (no
 * `favorite.edit`), `NOT_FOUND`, `STATUS_BLOCKED` (a deleted record).
 *
 * @example
 * ```ts
 * const favorite = await sc.favorites.add({ customerId: '3' });
 * favorite.repId //=> 'dana'
 * ```
 */
export const addFavorite = defineAction({
  name: 'favorites.add',
  summary: 'Bookmarks a record for the actor.',
  input: FavoriteRef,
  subject: 'favorite',
  permission: 'favorite.edit',
  async run(run, input): Promise<Favorite> {
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'addFavorite', customer);
    const existing = await run.tx.favorites.find({ where: { repId: run.actor.id, customerId: customer.id }, limit: 1 });
    return existing.items[0] ?? run.tx.favorites.insert({ repId: run.actor.id, customerId: customer.id, createdAt: run.now });
  },
});
