import * as z from 'zod';
import { Hotlist, ListHotlistsInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `hotlists.list` found: one page of the actor's hotlists, by name.
 * @category Action results
 */
export const ListHotlistsResult = pageOf(Hotlist);
/**
 * What `hotlists.list` found.
 * @category Action results
 */
export type ListHotlistsResult = z.output<typeof ListHotlistsResult>;

/**
 * The `hotlists.list` action; its documentation is on the `list` member of its group (`hotlists.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listHotlists = defineAction({
  name: 'hotlists.list',
  summary: "Lists the actor's hotlists.",
  input: ListHotlistsInput,
  result: ListHotlistsResult,
  refusals: [],
  subject: 'hotlist list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListHotlistsResult> {
    return run.tx.hotlists.find({ where: { ownerId: run.actor.id }, orderBy: 'name', limit: input.limit, after: input.after ?? null });
  },
});
