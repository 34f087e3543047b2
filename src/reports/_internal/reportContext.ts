import { recordsInScope } from '../../actions/_internal/customerScope.js';
import type { ActionRun } from '../../actions/_internal/ActionRun.js';
import type { CalendarDate, CustomerId } from '../../model/index.js';
import type { ReportContext } from '../ReportContext.js';
import { repositoryFinancials } from './repositoryFinancials.js';
import { scopedRepositories } from './scopedRepositories.js';

/**
 * The context a report runs with, inside the action's read-only transaction: every read goes through
 * the actor's scope (`scopedRepositories`), and a record outside it reads as not found, naming the
 * parameter (`params.customerId`).
 * @param run - the action's run
 * @returns the context
 */
export function reportContext(run: ActionRun): ReportContext {
  const tx = scopedRepositories(run.tx, run.scope);
  return {
    actor: run.actor,
    today: run.now.slice(0, 10) as CalendarDate,
    tx,
    financials: tx.financials ?? repositoryFinancials(tx),
    scope: run.scope,
    customer: (id, field = 'customerId') => run.customer(id as CustomerId, ['params', field]),
    recordsInScope: (customer, scope) => recordsInScope(run, customer, scope),
  };
}
