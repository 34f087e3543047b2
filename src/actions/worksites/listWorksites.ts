import { ListWorksitesInput, type Worksite } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { recordsInScope } from '../_internal/customerScope.js';
import { readAll } from '../_internal/readAll.js';

/** What `worksites.list` read. */
export interface ListWorksitesResult {
  /** The customer's worksites, by name. */
  readonly worksites: readonly Worksite[];
}

/** `worksites.list`: lists a customer's worksites, by name. Refuses with `NOT_FOUND`, `FORBIDDEN`. */
export const listWorksites = defineAction({
  name: 'worksites.list',
  summary: "Lists a customer's worksites, by name.",
  input: ListWorksitesInput,
  subject: 'worksite list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { customerId, scope }): Promise<ListWorksitesResult> {
    const customer = await run.customer(customerId, 'customerId');
    const ids = (await recordsInScope(run, customer, scope)).map((record) => record.id);
    const worksites = await readAll((after) => run.tx.worksites.find({ where: { customerId: ids }, orderBy: 'name', limit: 1000, after }));
    return { worksites };
  },
});
