import { HotlistMembersInput, type Customer, type Hotlist } from '../../model/index.js';
import { notFound } from '../_internal/ActionRun.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/** What `hotlists.members` found. */
export interface HotlistMembersResult {
  readonly hotlist: Hotlist;
  /** The member records the actor may see, in the order they were added. */
  readonly members: readonly Customer[];
}

/**
 * `hotlists.members`: the records on a hotlist, in the order they were added; records outside the
 * actor's level are left out (they read as not there). Refuses with `NOT_FOUND` (no such hotlist), `FORBIDDEN`.
 */
export const listHotlistMembers = defineAction({
  name: 'hotlists.members',
  summary: 'Lists the records on a hotlist.',
  input: HotlistMembersInput,
  subject: 'hotlist',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<HotlistMembersResult> {
    const hotlist = await run.tx.hotlists.get(input.hotlistId);
    if (!hotlist) throw notFound('hotlists', input.hotlistId, 'hotlistId');
    const rows = await readAll((after) => run.tx.hotlistMembers.find({ where: { hotlistId: hotlist.id }, orderBy: 'addedAt', limit: 1000, after }));
    const customers = new Map((await run.tx.customers.getMany(rows.map((row) => row.customerId))).map((c) => [c.id, c]));
    const members = rows.flatMap((row) => {
      const customer = customers.get(row.customerId);
      return customer && run.scope.has(customer.branchId) ? [customer] : [];
    });
    return { hotlist, members };
  },
});
