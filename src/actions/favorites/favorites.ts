import { addFavorite } from './addFavorite.js';
import { removeFavorite } from './removeFavorite.js';
import { listFavorites } from './listFavorites.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The actor's bookmarked records.
 *
 * Give it to {@link createStaffcore} as `actions: { favorites }`: the instance's `favorites.…` calls are these actions.
 * @namespace
 */
export const favorites = defineGroup('favorites', {
  /** Bookmarks a record for the actor. */
  add: addFavorite,
  /** Removes a bookmark. */
  remove: removeFavorite,
  /** Lists the actor's bookmarked records. */
  list: listFavorites,
});
