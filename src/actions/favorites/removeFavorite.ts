import * as z from 'zod';
import { CustomerId, FavoriteRef } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `favorites.remove` did.
 * @category Action results
 */
export const RemoveFavoriteResult = z.strictObject({
  /** The Customer ID no longer bookmarked. */
  customerId: CustomerId,
});
/**
 * What `favorites.remove` did.
 * @category Action results
 */
export type RemoveFavoriteResult = z.output<typeof RemoveFavoriteResult>;

/**
 * The `favorites.remove` action; its documentation is on the `remove` member of its group (`favorites.ts`), where editors and the reference show it.
 * @category Action results
 */
export const removeFavorite = defineAction({
  name: 'favorites.remove',
  summary: 'Removes a bookmark.',
  input: FavoriteRef,
  result: RemoveFavoriteResult,
  refusals: ['NOT_FOUND'],
  subject: 'favorite',
  permission: 'favorite.edit',
  correctsDeleted: true,
  async run(run, input): Promise<RemoveFavoriteResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    const existing = await run.tx.favorites.find({ where: { repId: run.actor.id, customerId: customer.id }, limit: 10 });
    if (existing.items.length === 0) throw notFound('favorites', customer.id, 'customerId');
    for (const favorite of existing.items) await run.tx.favorites.remove(favorite.id, favorite.version);
    return { customerId: customer.id };
  },
});
