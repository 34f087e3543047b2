import type { Repositories } from '../adapters/port/Repository.js';
import { recordsInScope } from '../adapters/port/recordsInScope.js';
import { repositoryFinancials } from '../adapters/port/repositoryFinancials.js';
import type { Actor, CalendarDate, Customer, CustomerId } from '../model/index.js';
import type { CustomFieldSet } from '../rules/customFields.js';
import type { ReportContext } from './ReportContext.js';
import { scopedRepositories } from './_internal/scopedRepositories.js';

/**
 * What a report is run from: the part of an action's run that `reports.run` hands over. Reports
 * depend on this, not on the action pipeline, so the reports layer never imports `src/actions`.
 * @category Reports
 */
export interface ReportSource {
  /** The service rep running the report. */
  readonly actor: Actor;
  /** The instant of the run, ISO 8601 UTC; the report's `today` is its day. */
  readonly now: string;
  /** The read-only transaction's repositories, not yet narrowed to the scope. */
  readonly tx: Repositories;
  /** The ids of the hierarchy levels the actor may see. */
  readonly scope: ReadonlySet<string>;
  /** The instance's custom fields. */
  readonly customFields: CustomFieldSet;
  /**
   * Reads a customer the actor may see.
   * @param id - the Customer ID
   * @param field - the input path that named it, for the error
   * @returns the record
   * @throws StaffcoreError `NOT_FOUND` when there is none or it lies outside the scope
   */
  customer(id: CustomerId, field: readonly (string | number)[]): Promise<Customer>;
}

/**
 * The context a report runs with, inside the action's read-only transaction: every read goes through
 * the actor's scope (`scopedRepositories`), and a record outside it reads as not found, naming the
 * parameter (`params.customerId`).
 * @param source - what the report is run from (an action's run)
 * @returns the context
 * @category Reports
 */
export function createReportContext(source: ReportSource): ReportContext {
  const tx = scopedRepositories(source.tx, source.scope);
  return {
    actor: source.actor,
    today: source.now.slice(0, 10) as CalendarDate,
    tx,
    financials: tx.financials ?? repositoryFinancials(tx),
    scope: source.scope,
    customFields: source.customFields,
    customer: (id, field = 'customerId') => source.customer(id as CustomerId, ['params', field]),
    recordsInScope: (customer, scope) => recordsInScope(source, customer, scope),
  };
}
