import * as z from 'zod';
import { Favorite, FavoriteRef } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `favorites.add` produced.
 * @category Action results
 */
export const AddFavoriteResult = z.strictObject({
  /** The actor's bookmark of the record: the new one, or the one it already had. */
  favorite: Favorite,
});
/**
 * What `favorites.add` produced.
 * @category Action results
 */
export type AddFavoriteResult = z.output<typeof AddFavoriteResult>;

/**
 * The `favorites.add` action; its documentation is on the `add` member of its group (`favorites.ts`), where editors and the reference show it.
 * @category Action results
 */
export const addFavorite = defineAction({
  name: 'favorites.add',
  summary: 'Bookmarks a record for the actor.',
  input: FavoriteRef,
  result: AddFavoriteResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED'],
  subject: 'favorite',
  permission: 'favorite.edit',
  async run(run, input): Promise<AddFavoriteResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'addFavorite', customer);
    const existing = await run.tx.favorites.find({ where: { repId: run.actor.id, customerId: customer.id }, limit: 1 });
    return { favorite: existing.items[0] ?? (await run.tx.favorites.insert({ repId: run.actor.id, customerId: customer.id, createdAt: run.now })) };
  },
});
