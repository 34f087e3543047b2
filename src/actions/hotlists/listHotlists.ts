import { ListHotlistsInput, type Hotlist } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/** What `hotlists.list` found. */
export interface ListHotlistsResult {
  /** The actor's hotlists, by name. */
  readonly items: readonly Hotlist[];
}

/** `hotlists.list`: the actor's own hotlists, by name, to pick one to add a record to. Refuses with `FORBIDDEN`. */
export const listHotlists = defineAction({
  name: 'hotlists.list',
  summary: "Lists the actor's hotlists.",
  input: ListHotlistsInput,
  subject: 'hotlist list',
  permission: 'customer.read',
  readOnly: true,
  async run(run): Promise<ListHotlistsResult> {
    return { items: await readAll((after) => run.tx.hotlists.find({ where: { ownerId: run.actor.id }, orderBy: 'name', limit: 1000, after })) };
  },
});
