import type { Store } from '../adapters/port/index.js';
import { fieldError, parseOrThrow } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import { Actor, type ActorInput } from '../model/index.js';
import type { AddressStandardizer } from '../rules/addressStandardizer.js';
import type { Integrations } from '../rules/integrations.js';
import { systemClock, type Clock } from '../rules/clock.js';
import { defaultStatusCatalog, type StatusCatalog } from '../rules/statusCatalog.js';
import type { ReportDefinition } from '../reports/defineReport.js';
import { createReportRegistry } from '../reports/ReportRegistry.js';
import type { ActionEnvironment } from './_internal/ActionEnvironment.js';
import type { InputOf, ResultOf } from './_internal/defineAction.js';
import { runAction } from './_internal/runAction.js';
import { actionTable, type ActionTable } from './actionTable.js';

/** What {@link createStaffcore} needs: the store, the acting rep, and optional configuration. */
export interface StaffcoreOptions {
  /** Where records live: `memoryStore()`, `postgresStore({ client })` or a host's own store. */
  readonly store: Store;
  /** The service rep every action runs as. */
  readonly actor: ActorInput;
  /** Where the time comes from; the system clock when left out. */
  readonly clock?: Clock;
  /** The organization's status catalog; the default P/A/H/I/X when left out. */
  readonly statuses?: StatusCatalog;
  /** The host's address standardizer, required by branches that demand standardized addresses. */
  readonly addressStandardizer?: AddressStandardizer;
  /**
   * The organization's integrations: `{ timeClock: true }` offers time-clock assignment,
   * `{ twitter: true }` drafting posts to Twitter/X. None when left out.
   */
  readonly integrations?: Integrations;
  /** The host's own reports (made with `defineReport`), run by `reports.run` beside the built-in ones. */
  readonly reports?: readonly ReportDefinition[];
}

/** One action as a caller sees it: one input object (optional when every field is), a promised result. */
export type BoundAction<D> = {} extends InputOf<D>
  ? (input?: InputOf<D>) => Promise<ResultOf<D>>
  : (input: InputOf<D>) => Promise<ResultOf<D>>;

/** The actions of one group of the action table (`customers`, `worksites`, …), bound to an instance. */
export type ActionGroup<G extends keyof ActionTable> = { readonly [A in keyof ActionTable[G]]: BoundAction<ActionTable[G][A]> };

/**
 * The actions on customer records: `add`, `addMany`, `get`, `search`, `update`, `changeStatus`,
 * `copyContactToBilling`, `statusHistory`, `capabilities`, `move`, `moveHistory`, `moveTargets`, `applyDefaultsToDepartments`,
 * `view`, `actions`, `neighbors`, `merge`.
 * @interface
 */
export type CustomerActions = ActionGroup<'customers'>;
/**
 * The actions on departments: `add`.
 * @interface
 */
export type DepartmentActions = ActionGroup<'departments'>;
/**
 * The actions on worksites: `add`, `setDefault`, `list`.
 * @interface
 */
export type WorksiteActions = ActionGroup<'worksites'>;
/**
 * The actions on orders: `create`, `list`, `close`.
 * @interface
 */
export type OrderActions = ActionGroup<'orders'>;
/**
 * The actions on assignments: `create`, `end`, `list`.
 * @interface
 */
export type AssignmentActions = ActionGroup<'assignments'>;
/**
 * The actions on do-not-assign bars: `add`, `remove`, `list`.
 * @interface
 */
export type BarActions = ActionGroup<'bars'>;
/**
 * The actions on invoices: `create`, `createZeroDollar`, `get`, `list`, `recordPayment`.
 * @interface
 */
export type InvoiceActions = ActionGroup<'invoices'>;
/**
 * The actions on credit: `setLimit`, `check`.
 * @interface
 */
export type CreditActions = ActionGroup<'credit'>;
/**
 * The actions on the branch hierarchy: `addLevel`, `list`.
 * @interface
 */
export type HierarchyActions = ActionGroup<'hierarchy'>;
/**
 * The audit trail of a record: `list`.
 * @interface
 */
export type AuditActions = ActionGroup<'audit'>;
/**
 * The change feed: `since`.
 * @interface
 */
export type ChangeFeedActions = ActionGroup<'changes'>;
/**
 * The actions on contacts: `add`, `list`, `deactivate`, `update`.
 * @interface
 */
export type ContactActions = ActionGroup<'contacts'>;
/**
 * The actions on messages: `log`, `list`.
 * @interface
 */
export type MessageActions = ActionGroup<'messages'>;
/**
 * The actions on tasks: `add`, `complete`, `list`.
 * @interface
 */
export type TaskActions = ActionGroup<'tasks'>;
/**
 * The actions on hotlists: `create`, `addMember`, `members`, `list`.
 * @interface
 */
export type HotlistActions = ActionGroup<'hotlists'>;
/**
 * The actions on the actor's favorites: `add`, `remove`, `list`.
 * @interface
 */
export type FavoriteActions = ActionGroup<'favorites'>;
/**
 * The actions on time clocks: `assign`, `list`.
 * @interface
 */
export type TimeClockActions = ActionGroup<'timeClocks'>;
/**
 * The social actions: `draftPost`.
 * @interface
 */
export type SocialActions = ActionGroup<'social'>;
/**
 * Customer reports: `forCustomer`, `run`.
 * @interface
 */
export type ReportActions = ActionGroup<'reports'>;

/**
 * A staffcore instance: the actor it acts as, and every action of the action table, by group —
 * `customers.add`, `customers.search`, `worksites.add`, `audit.list`, `changes.since`, … The type
 * is derived from the action table, so it lists exactly the actions there are.
 */
export interface Staffcore {
  /** The actor every action runs as (parsed). */
  readonly actor: Actor;
  /** Customer records. */
  readonly customers: CustomerActions;
  /** Departments in customer trees. */
  readonly departments: DepartmentActions;
  /** Worksites of customer records. */
  readonly worksites: WorksiteActions;
  /** Orders of customer records. */
  readonly orders: OrderActions;
  /** Employees placed on orders. */
  readonly assignments: AssignmentActions;
  /** Do-not-assign bars. */
  readonly bars: BarActions;
  /** Invoices, their lines and payments. */
  readonly invoices: InvoiceActions;
  /** Credit limits and checks. */
  readonly credit: CreditActions;
  /** The branch hierarchy. */
  readonly hierarchy: HierarchyActions;
  /** The audit trail of a record. */
  readonly audit: AuditActions;
  /** The change feed of every committed write. */
  readonly changes: ChangeFeedActions;
  /** Contacts of customer records. */
  readonly contacts: ContactActions;
  /** Logged communications. */
  readonly messages: MessageActions;
  /** Tasks linked to records. */
  readonly tasks: TaskActions;
  /** Hotlists and their members. */
  readonly hotlists: HotlistActions;
  /** The actor's bookmarked records. */
  readonly favorites: FavoriteActions;
  /** Time-clock devices (time-clock integration). */
  readonly timeClocks: TimeClockActions;
  /** Posts drafted for social networks (Twitter/X integration). */
  readonly social: SocialActions;
  /** Customer reports. */
  readonly reports: ReportActions;
}

/** Every group of the action table is on {@link Staffcore}, and nothing else: a new group must be added there. */
type GroupsAgree = [Exclude<keyof Staffcore, 'actor'>] extends [keyof ActionTable]
  ? [keyof ActionTable] extends [Exclude<keyof Staffcore, 'actor'>]
    ? true
    : false
  : false;
const groupsAgree: GroupsAgree = true;
void groupsAgree;

const requireFunction = (value: unknown, path: string, expected: string): void => {
  if (value !== undefined && typeof value !== 'function') {
    throw fieldError('options', path.split('.'), messages.expected(expected));
  }
};

/**
 * Creates a staffcore instance over a store, acting as one service rep. Every action takes one
 * object and runs the same way: the rep's permission is checked, the input parsed (unknown keys
 * are refused), and the action's rule runs in one store transaction with the rep's hierarchy
 * scope; every write is stamped and recorded in the audit trail in that transaction. A refusal
 * writes nothing.
 *
 * @param options - the store, the actor, and optionally a clock, a status catalog and an address standardizer
 * @returns the actions
 * @throws StaffcoreError `VALIDATION` when the actor or the options are malformed
 * @example
 * ```ts
 * import { createStaffcore, bootstrapHierarchy, standardRoles } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore();
 * const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
 * const sc = createStaffcore({
 *   store,
 *   actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
 * });
 * const { customer } = await sc.customers.add({ name: 'Acme Manufacturing' });
 * customer.status //=> 'P'
 * ```
 */
export function createStaffcore(options: StaffcoreOptions): Staffcore {
  if (typeof options?.store?.transaction !== 'function') {
    throw fieldError('options', ['store'], messages.expected('a store such as memoryStore()'));
  }
  requireFunction(options.clock?.now, 'clock.now', 'a function returning a Date');
  requireFunction(options.addressStandardizer?.standardize, 'addressStandardizer.standardize', 'a function');
  if (options.integrations !== undefined && (typeof options.integrations !== 'object' || options.integrations === null)) {
    throw fieldError('options', ['integrations'], messages.expected('an object such as { timeClock: true, twitter: true }'));
  }
  const actor = parseOrThrow(Actor, options.actor, 'options', ['actor']);
  const env: ActionEnvironment = {
    store: options.store,
    actor,
    clock: options.clock ?? systemClock,
    statuses: options.statuses ?? defaultStatusCatalog,
    addressStandardizer: options.addressStandardizer ?? null,
    integrations: Object.freeze({ timeClock: options.integrations?.timeClock === true, twitter: options.integrations?.twitter === true }),
    reports: createReportRegistry(options.reports ?? []),
  };
  const groups = Object.fromEntries(
    Object.entries(actionTable).map(([group, actions]) => [
      group,
      Object.freeze(
        Object.fromEntries(
          Object.entries(actions).map(([name, definition]) => [
            name,
            (input?: unknown) => runAction(env, definition as never, input),
          ]),
        ),
      ),
    ]),
  );
  return Object.freeze({ actor, ...groups }) as Staffcore;
}
