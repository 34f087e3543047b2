import { ListFavoritesInput, type Customer, type Favorite } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/** One of the actor's favorites with its record. */
export interface FavoriteEntry {
  readonly favorite: Favorite;
  readonly customer: Customer;
}

/** What `favorites.list` found. */
export interface ListFavoritesResult {
  /** The actor's favorites, oldest first; records now outside the actor's level are left out. */
  readonly items: readonly FavoriteEntry[];
}

/** `favorites.list`: the actor's bookmarked records, oldest bookmark first. Refuses with `FORBIDDEN`. */
export const listFavorites = defineAction({
  name: 'favorites.list',
  summary: "Lists the actor's bookmarked records.",
  input: ListFavoritesInput,
  subject: 'favorite list',
  permission: 'customer.read',
  readOnly: true,
  async run(run): Promise<ListFavoritesResult> {
    const favorites = await readAll((after) => run.tx.favorites.find({ where: { repId: run.actor.id }, orderBy: 'createdAt', limit: 1000, after }));
    const customers = new Map((await run.tx.customers.getMany(favorites.map((f) => f.customerId))).map((c) => [c.id, c]));
    const items = favorites.flatMap((favorite) => {
      const customer = customers.get(favorite.customerId);
      return customer && run.scope.has(customer.branchId) ? [{ favorite, customer }] : [];
    });
    return { items };
  },
});
