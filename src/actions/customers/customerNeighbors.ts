import * as z from 'zod';
import { CustomerRef } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { RecordMention } from './viewCustomer.js';

/**
 * What `customers.neighbors` returns: where the record stands in the actor's last search, and the
 * records either side of it. Not a page of a list: the record after it is `following` (a page's
 * `next` is a cursor).
 * @category Action results
 */
export const NeighborsResult = z.strictObject({
  /** Whether the record is among the results of the actor's last search read so far. */
  inLastSearch: z.boolean(),
  /** The record's place in it (0 first), `null` when not in it. */
  position: z.number().int().nonnegative().nullable(),
  /** How many results of the last search have been read. */
  total: z.number().int().nonnegative(),
  /** The record before it, `null` at the start (or when not in the search). */
  previous: RecordMention.nullable(),
  /** The record after it, `null` at the end (or when not in the search). */
  following: RecordMention.nullable(),
});
/**
 * What `customers.neighbors` returns: where the record stands in the actor's last search.
 * @category Action results
 */
export type NeighborsResult = z.output<typeof NeighborsResult>;

/**
 * The `customers.neighbors` action; its documentation is on the `neighbors` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const customerNeighbors = defineAction({
  name: 'customers.neighbors',
  summary: "The previous and next record of the actor's last search.",
  input: CustomerRef,
  result: NeighborsResult,
  refusals: ['NOT_FOUND'],
  subject: 'customer',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id }): Promise<NeighborsResult> {
    const customer = await run.customer(id);
    const last = (await run.tx.lastSearches.find({ where: { repId: run.actor.id }, limit: 1 })).items[0];
    const ids = last?.customerIds ?? [];
    const position = ids.indexOf(customer.id);
    if (position < 0) return { inLastSearch: false, position: null, total: ids.length, previous: null, following: null };
    const visible = async (candidates: readonly (typeof ids)[number][]): Promise<RecordMention | null> => {
      // Look a few at a time: a neighbour that left the actor's scope is skipped.
      for (let start = 0; start < candidates.length; start += 20) {
        const batch = candidates.slice(start, start + 20);
        const found = new Map((await run.tx.customers.getMany(batch)).map((c) => [c.id, c]));
        for (const candidate of batch) {
          const record = found.get(candidate);
          if (record && run.scope.has(record.branchId)) return { id: record.id, name: record.name, status: record.status, outOfScope: false };
        }
      }
      return null;
    };
    return {
      inLastSearch: true,
      position,
      total: ids.length,
      previous: await visible(ids.slice(0, position).reverse()),
      following: await visible(ids.slice(position + 1)),
    };
  },
});
