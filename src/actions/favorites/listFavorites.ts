import * as z from 'zod';
import { Customer, Favorite, ListFavoritesInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { pageInMemory } from '../../adapters/port/pageInMemory.js';
import { readAll } from '../_internal/readAll.js';

/**
 * One of the actor's favorites with its record.
 * @category Action results
 */
export const FavoriteEntry = z.strictObject({
  /** The bookmark. */
  favorite: Favorite,
  /** The bookmarked customer record. */
  customer: Customer,
});
/**
 * One of the actor's favorites with its record.
 * @category Action results
 */
export type FavoriteEntry = z.output<typeof FavoriteEntry>;

/**
 * What `favorites.list` found: one page of the actor's favorites, oldest first; records now outside the actor's level are left out.
 * @category Action results
 */
export const ListFavoritesResult = pageOf(FavoriteEntry);
/**
 * What `favorites.list` found.
 * @category Action results
 */
export type ListFavoritesResult = z.output<typeof ListFavoritesResult>;

/**
 * The `favorites.list` action; its documentation is on the `list` member of its group (`favorites.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listFavorites = defineAction({
  name: 'favorites.list',
  summary: "Lists the actor's bookmarked records.",
  input: ListFavoritesInput,
  result: ListFavoritesResult,
  refusals: [],
  subject: 'favorite list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListFavoritesResult> {
    const favorites = await readAll((after) => run.tx.favorites.find({ where: { repId: run.actor.id }, orderBy: 'createdAt', limit: 1000, after }));
    const customers = new Map((await run.tx.customers.getMany(favorites.map((f) => f.customerId))).map((c) => [c.id, c]));
    const entries = favorites.flatMap((favorite) => {
      const customer = customers.get(favorite.customerId);
      return customer && run.scope.has(customer.branchId) ? [{ favorite, customer }] : [];
    });
    return pageInMemory(entries, ({ favorite }) => [favorite.createdAt, favorite.id], input);
  },
});
