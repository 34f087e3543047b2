import type { Financials, Repositories } from '../adapters/port/index.js';
import type { Actor, CalendarDate, Customer, CustomerScope } from '../model/index.js';
import type { CustomFieldSet } from '../rules/customFields.js';

/**
 * What a report's run function reads through: the store's repositories inside one read-only
 * transaction, seen from the actor's scope, its aggregate queries, and the scope itself.
 * @category Reports
 */
export interface ReportContext {
  /** The service rep running the report. */
  readonly actor: Actor;
  /** The day the report runs (by the instance's clock, UTC). */
  readonly today: CalendarDate;
  /**
   * The transaction's repositories (read only), seen from the actor's scope: a customer record
   * outside it reads as missing (`get` gives `null`, lists and counts leave it out), and so does
   * everything such a record owns (worksites, orders, invoices, …); searches and aggregates cover
   * only the scope's branches; the audit trail of a record outside it is empty; the change feed,
   * which spans every branch, is refused with `FORBIDDEN`.
   */
  readonly tx: Repositories;
  /** The store's aggregate queries (or an equivalent that reads through the repositories), over the scope's records only. */
  readonly financials: Financials;
  /** The ids of the hierarchy levels the actor may see. */
  readonly scope: ReadonlySet<string>;
  /** The instance's custom fields (`createStaffcore({ customFields })`), by kind of record; none declared when it has none. */
  readonly customFields: CustomFieldSet;
  /**
   * Reads a customer the actor may see.
   * @param id - the Customer ID
   * @param field - the parameter that named it
   * @returns the record
   * @throws StaffcoreError `NOT_FOUND` naming `params.<field>` when there is none or it lies outside the actor's scope
   */
  customer(id: string, field?: string): Promise<Customer>;
  /**
   * The records a view of one record covers, within the actor's scope: the record (`account`),
   * with its departments (`subtree`), or its whole tree from the root (`master`); parents first.
   * @param customer - a record the actor may see
   * @param scope - the view
   * @returns the records
   */
  recordsInScope(customer: Customer, scope: CustomerScope): Promise<Customer[]>;
}
