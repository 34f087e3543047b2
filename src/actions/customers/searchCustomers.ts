import type * as z from 'zod';
import { Customer, SearchCustomersInput, lastSearchLimit, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * One page of `customers.search`: the records of this page in order, and the cursor of the next (`null` on the last).
 * @category Action results
 */
export const SearchCustomersResult = pageOf(Customer);
/**
 * One page of `customers.search`.
 * @category Action results
 */
export type SearchCustomersResult = z.output<typeof SearchCustomersResult>;

/**
 * The `customers.search` action; its documentation is on the `search` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const searchCustomers = defineAction({
  name: 'customers.search',
  summary: "Searches the records in the actor's scope (active statuses by default), ordered and paged.",
  input: SearchCustomersInput,
  result: SearchCustomersResult,
  refusals: ['NOT_FOUND'],
  subject: 'search',
  permission: 'customer.read',
  async run(run, search): Promise<SearchCustomersResult> {
    const branchIds = search.branchId === undefined ? [...run.scope] : run.hierarchy.subtreeIds(run.branch(search.branchId).id);
    // `includeInactive` adds the inactive statuses; deleted records (`X`, entered by mistake) appear only when named in `statuses`.
    const statuses =
      search.statuses ?? run.statuses.statuses.filter((s) => !s.isDeletion && (search.includeInactive || s.inActiveSearches)).map((s) => s.code);
    const custom = search.custom === undefined ? undefined : run.customFields.of('customers').parseFilter(search.custom, ['custom']);
    const page = await run.tx.customers.search({
      ...(search.text !== undefined && search.text.trim() !== '' ? { text: search.text } : {}),
      ...(statuses !== undefined ? { statuses } : {}),
      branchIds,
      rootsOnly: search.rootsOnly,
      ...(custom !== undefined && custom.length > 0 ? { custom } : {}),
      orderBy: search.orderBy,
      limit: search.limit,
      after: search.after ?? null,
    });
    // The remembered search is the criteria without the page: the custom filter is part of it, as
    // its checked conditions in field order, so the same filter written in another order is the same search.
    const { after: _after, limit: _limit, custom: _custom, ...criteria } = search;
    const query = JSON.stringify(custom === undefined || custom.length === 0 ? criteria : { ...criteria, custom: [...custom].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0)) });
    const ids = page.items.map((c) => c.id);
    const last = (await run.tx.lastSearches.find({ where: { repId: run.actor.id }, limit: 1 })).items[0];
    if (!last) {
      await run.tx.lastSearches.insert({ repId: run.actor.id, query, customerIds: ids.slice(0, lastSearchLimit), at: run.now });
    } else {
      const nextPage = search.after !== undefined && search.after !== null && last.query === query;
      const seen = new Set(nextPage ? last.customerIds : []);
      const customerIds = (nextPage ? [...last.customerIds, ...ids.filter((id) => !seen.has(id))] : ids).slice(0, lastSearchLimit);
      // The same search with the same results (a refresh) leaves the remembered one as it is.
      const same = last.query === query && last.customerIds.length === customerIds.length && last.customerIds.every((id, i) => id === customerIds[i]);
      if (!same) await run.tx.lastSearches.update({ ...last, query, customerIds, at: run.now });
    }
    return { items: page.items, next: page.next };
  },
});
