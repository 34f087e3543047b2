import { addFavorite } from './addFavorite.js';
import { removeFavorite } from './removeFavorite.js';
import { listFavorites } from './listFavorites.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The actor's bookmarked records.
 *
 * Give it to {@link createStaffcore} as `actions: { favorites }`: the instance's `favorites.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const favorites = defineGroup('favorites', {
  /**
   * `favorites.add`: bookmarks a record for the actor (as many as they like). A record already
   * bookmarked stays as it is and its favorite is returned. Refuses with `FORBIDDEN` (no
   * `favorite.edit`), `NOT_FOUND`, `STATUS_BLOCKED` (a deleted record).
   *
   * @example
   * ```ts
   * const { favorite } = await sc.favorites.add({ customerId: '3' });
   * favorite.repId //=> 'dana'
   * ```
   */
  add: addFavorite,
  /**
   * `favorites.remove`: removes a record from the actor's favorites (the bookmark, not the record).
   * Refuses with `FORBIDDEN` (no `favorite.edit`), `NOT_FOUND` (record out of scope, or not a favorite).
   *
   * @example
   * ```ts
   * await sc.favorites.remove({ customerId: '3' }) //=> { customerId: '3' }
   * ```
   */
  remove: removeFavorite,
  /**
   * `favorites.list`: the actor's bookmarked records, oldest bookmark first, one page at a time.
   * Refuses with `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * (await sc.favorites.list()).items.map((entry) => entry.customer.id) //=> ['3']
   * ```
   */
  list: listFavorites,
});
