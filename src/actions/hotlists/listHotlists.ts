import * as z from 'zod';
import { Hotlist, ListHotlistsInput, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `hotlists.list` found: one page of the actor's hotlists, by name. */
export const ListHotlistsResult = pageOf(Hotlist);
/** What `hotlists.list` found. */
export type ListHotlistsResult = z.output<typeof ListHotlistsResult>;

/**
 * `hotlists.list`: the actor's own hotlists, by name, one page at a time, to pick one to add a
 * record to. Refuses with `FORBIDDEN`.
 *
 * @example
 * ```ts
 * (await sc.hotlists.list()).items.map((hotlist) => hotlist.name) //=> ['Call this week']
 * ```
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
