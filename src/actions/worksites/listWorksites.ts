import type * as z from 'zod';
import { ListWorksitesInput, Worksite, pageOf } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { recordsInScope } from '../_internal/customerScope.js';
import { readAll } from '../_internal/readAll.js';

/**
 * What `worksites.list` read: the customer's worksites by name, all in one page (`next` is `null`).
 * @category Action results
 */
export const ListWorksitesResult = pageOf(Worksite);
/**
 * What `worksites.list` read.
 * @category Action results
 */
export type ListWorksitesResult = z.output<typeof ListWorksitesResult>;

/**
 * The `worksites.list` action; its documentation is on the `list` member of its group (`worksites.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listWorksites = defineAction({
  name: 'worksites.list',
  summary: "Lists a customer's worksites, by name.",
  input: ListWorksitesInput,
  result: ListWorksitesResult,
  refusals: ['NOT_FOUND'],
  subject: 'worksite list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { customerId, scope }): Promise<ListWorksitesResult> {
    const customer = await run.customer(customerId, 'customerId');
    const ids = (await recordsInScope(run, customer, scope)).map((record) => record.id);
    const items = await readAll((after) => run.tx.worksites.find({ where: { customerId: ids }, orderBy: 'name', limit: 1000, after }));
    return { items, next: null };
  },
});
