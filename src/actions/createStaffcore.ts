import type { Store } from '../adapters/port/index.js';
import { StaffcoreError, fieldError, parseOrThrow } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import { Actor, type ActorInput } from '../model/index.js';
import type { WithCustomFields } from '../model/customValues.js';
import type { CustomFieldDeclarations, CustomFieldSet } from '../rules/customFields.js';
import { isCustomFieldSet, noCustomFields } from '../rules/noCustomFields.js';
import type { AddressStandardizer } from '../rules/addressStandardizer.js';
import type { Integrations } from '../rules/integrations.js';
import { systemClock, type Clock } from '../rules/clock.js';
import { defaultStatusCatalog, type StatusCatalog } from '../rules/statusCatalog.js';
import type { ReportDefinition } from '../reports/defineReport.js';
import type { ActionEnvironment } from './_internal/ActionEnvironment.js';
import type { ActionDefinition, InputOf, ResultOf } from './_internal/defineAction.js';
import { runAction, runActionIn } from './_internal/runAction.js';
import type { AllActions } from './allActions.js';
import type { Repositories } from '../adapters/port/index.js';

/**
 * Action groups as a host hands them to {@link createStaffcore}: each key a group's name, each value
 * the group (`{ customers, orders }`, or `allActions`).
 * @category Action types
 */
export type ActionGroups = { readonly [group: string]: { readonly [action: string]: ActionDefinition } };

/**
 * What {@link createStaffcore} needs: the store, the acting rep, the action groups, and optional configuration.
 * @category Start here
 */
export interface StaffcoreOptions<G extends ActionGroups = ActionGroups, F extends CustomFieldDeclarations = CustomFieldDeclarations> {
  /** Where records live: `memoryStore()`, `postgresStore({ client })` or a host's own store. */
  readonly store: Store;
  /** The service rep every action runs as. */
  readonly actor: ActorInput;
  /**
   * The action groups the instance offers, by name: `{ customers, orders }` (imported from
   * `staffcore`), or `allActions` for every group. Only these are bound, and only these are in
   * the host's bundle.
   */
  readonly actions: G;
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
  /**
   * The host's own reports (made with `defineReport`), run by `reports.run` beside the built-in
   * ones. The `reports` actions check them the first time one runs: a malformed report, or a name
   * taken by another or a built-in one, is refused then with `VALIDATION` naming `reports[i]`.
   */
  readonly reports?: readonly ReportDefinition[];
  /**
   * The organization's own fields, made with `defineCustomFields({ customers: { … }, contacts: { … }, orders: { … }, assignments: { … } })`:
   * zod schemas by field name. Their values travel under `custom` on input and on every record
   * read, typed by the declaration (`customer.custom.vmsId` is a `string`); an undeclared key does
   * not compile, and is refused at run time with `VALIDATION` naming `['custom', key]`. None when
   * left out (any custom value given is then refused as undeclared).
   * @example
   * ```ts
   * createStaffcore({ store, actor, actions: { customers },
   *   customFields: defineCustomFields({ customers: { vmsId: z.string().max(40), unionShop: z.boolean().default(false) } }) });
   * ```
   */
  readonly customFields?: CustomFieldSet<F>;
}

/**
 * One action as a caller sees it: one input object (optional when every field is), a promised result.
 * @category Action types
 */
export type BoundAction<D, F = {}> = {} extends InputOf<D>
  ? (input?: WithCustomFields<InputOf<D>, F>) => Promise<WithCustomFields<ResultOf<D>, F>>
  : (input: WithCustomFields<InputOf<D>, F>) => Promise<WithCustomFields<ResultOf<D>, F>>;

/**
 * The actions of one group, bound to an instance: `sc.customers.add(input)`.
 * @category Action types
 */
export type BoundGroup<M, F = {}> = { readonly [A in keyof M]: BoundAction<M[A], F> };

/**
 * The action groups given, bound to an instance.
 * @category Action types
 */
export type BoundGroups<G, F = {}> = { readonly [K in keyof G]: BoundGroup<G[K], F> };

/**
 * A staffcore instance: the actor it acts as, the action groups it was given, bound —
 * `sc.customers.add(…)`, `sc.orders.create(…)` — and {@link StaffcoreInstance.transaction} to run
 * several of them in one transaction. Its type follows from the groups given: an instance made
 * with `actions: { customers }` has `sc.customers` and nothing else. `Staffcore` alone is an
 * instance with every group (`allActions`). With `customFields`, the records it reads and the
 * inputs it takes carry the declared fields' types under `custom` (`F` is the declaration).
 * @category Start here
 */
export type Staffcore<G extends ActionGroups = AllActions, F extends CustomFieldDeclarations = {}> = StaffcoreInstance<G, F> & BoundGroups<G, F>;

/**
 * What every instance has besides its action groups.
 * @category Start here
 */
export interface StaffcoreInstance<G extends ActionGroups, F extends CustomFieldDeclarations = {}> {
  /** The actor every action runs as (parsed). */
  readonly actor: Actor;
  /**
   * Runs several actions, of any of the instance's groups, in one store transaction: they all
   * commit when `work` resolves, or none does — a refusal or an error thrown by `work` rolls every
   * one of them back, with their audit and change-feed events (which share one `transactionId`).
   * Inside, call the actions on `tx`, one after another; the instance's own actions would run in
   * transactions of their own. Once an action inside has been refused, the transaction is lost:
   * later calls on `tx` fail with the same error, and so does `transaction`, even when `work`
   * caught the refusal. A conflict is not retried here (the caller may run the whole work again).
   *
   * @param work - the actions to run, on `tx`
   * @returns what `work` returned, once everything has committed
   * @throws StaffcoreError whatever refused first (nothing was written); an error `work` itself threw comes back unchanged (nothing was written either)
   * @example
   * ```ts
   * const { customer, order } = await sc.transaction(async (tx) => {
   *   const { customer } = await tx.customers.add({ name: 'Harbor Foods' });
   *   const { order } = await tx.orders.create({ customerId: customer.id, position: 'Picker' });
   *   await tx.tasks.add({ customerId: customer.id, subject: 'Call about the first order' });
   *   return { customer, order };
   * });
   * ```
   */
  transaction<R>(work: (tx: BoundGroups<G, F>) => Promise<R>): Promise<R>;
}

/** The instance's custom fields: none, or a set made by `defineCustomFields` (a bare declaration is refused, saying so). */
function checkCustomFields(given: unknown): CustomFieldSet {
  if (given === undefined) return noCustomFields;
  if (!isCustomFieldSet(given)) throw fieldError('options', ['customFields'], messages.expected(messages.customFieldSetKind));
  return given;
}

/**
 * The host's reports: a list, checked report by report by the `reports` actions the first time one
 * runs (so an instance without them carries none of the report code).
 */
function checkReports(given: unknown): readonly ReportDefinition[] {
  if (given === undefined) return [];
  if (!Array.isArray(given)) throw fieldError('options', ['reports'], messages.expected(messages.reportsKind));
  return Object.freeze([...(given as ReportDefinition[])]);
}

const requireFunction = (value: unknown, path: string, expected: string): void => {
  if (value !== undefined && typeof value !== 'function') {
    throw fieldError('options', path.split('.'), messages.expected(expected));
  }
};

/** The groups given, checked: an object of groups whose actions carry their group's name. */
function checkGroups(groups: unknown): ActionGroups {
  if (typeof groups !== 'object' || groups === null) throw fieldError('options', ['actions'], messages.expected(messages.actionGroupsKind));
  for (const [group, members] of Object.entries(groups)) {
    const actions = typeof members === 'object' && members !== null ? Object.entries(members as object) : [];
    const wrong = actions.length === 0 || actions.some(([key, action]) => (action as Partial<ActionDefinition> | null)?.name !== `${group}.${key}` || typeof (action as ActionDefinition).run !== 'function');
    if (wrong) throw fieldError('options', ['actions', group], messages.expected(messages.actionGroupKind(group)));
  }
  return groups as ActionGroups;
}

/** Binds every action of the groups to a way of running one. */
function bind<G extends ActionGroups>(groups: G, run: (definition: ActionDefinition, input: unknown) => Promise<unknown>): BoundGroups<G> {
  return Object.freeze(
    Object.fromEntries(
      Object.entries(groups).map(([group, members]) => [
        group,
        Object.freeze(Object.fromEntries(Object.entries(members).map(([name, definition]) => [name, (input?: unknown) => run(definition, input)]))),
      ]),
    ),
  ) as BoundGroups<G>;
}

/**
 * Creates a staffcore instance over a store, acting as one service rep, with the action groups
 * given. Every action takes one object and runs the same way: the rep's permission is checked, the
 * input parsed (unknown keys are refused), and the action's rule runs in one store transaction with
 * the rep's hierarchy scope; every write is stamped and recorded in the audit trail in that
 * transaction. A refusal writes nothing.
 *
 * @param options - the store, the actor, the action groups, and optionally a clock, a status catalog and an address standardizer
 * @returns the instance: its actor, its groups' actions, and `transaction`
 * @throws StaffcoreError `VALIDATION` when the actor, the groups or the options are malformed
 * @example
 * ```ts
 * import { createStaffcore, bootstrapHierarchy, customers, standardRoles } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore();
 * const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
 * const sc = createStaffcore({
 *   store,
 *   actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
 *   actions: { customers },
 * });
 * const { customer } = await sc.customers.add({ name: 'Acme Manufacturing' });
 * customer.status //=> 'P'
 * ```
 * @category Start here
 */
export function createStaffcore<const G extends ActionGroups, const F extends CustomFieldDeclarations = {}>(options: StaffcoreOptions<G, F>): Staffcore<G, F> {
  if (typeof options?.store?.transaction !== 'function') {
    throw fieldError('options', ['store'], messages.expected(messages.storeKind));
  }
  const groups = checkGroups(options.actions) as G;
  requireFunction(options.clock?.now, 'clock.now', messages.clockNowKind);
  requireFunction(options.addressStandardizer?.standardize, 'addressStandardizer.standardize', messages.aFunction);
  if (options.integrations !== undefined && (typeof options.integrations !== 'object' || options.integrations === null)) {
    throw fieldError('options', ['integrations'], messages.expected(messages.integrationsKind));
  }
  const actor = parseOrThrow(Actor, options.actor, 'options', ['actor']);
  const env: ActionEnvironment = {
    store: options.store,
    actor,
    clock: options.clock ?? systemClock,
    statuses: options.statuses ?? defaultStatusCatalog,
    addressStandardizer: options.addressStandardizer ?? null,
    integrations: Object.freeze({ timeClock: options.integrations?.timeClock === true, twitter: options.integrations?.twitter === true }),
    reports: checkReports(options.reports),
    customFields: checkCustomFields(options.customFields),
  };
  const transaction = <R>(work: (tx: BoundGroups<G, F>) => Promise<R>): Promise<R> => runInOneTransaction(env, groups, work as (tx: BoundGroups<G>) => Promise<R>);
  return Object.freeze({ actor, transaction, ...bind(groups, (definition, input) => runAction(env, definition, input)) }) as unknown as Staffcore<G, F>;
}

/** {@link StaffcoreInstance.transaction}: the actions `work` calls on its `tx`, in one store transaction. */
async function runInOneTransaction<G extends ActionGroups, R>(env: ActionEnvironment, groups: G, work: (tx: BoundGroups<G>) => Promise<R>): Promise<R> {
  if (typeof work !== 'function') throw fieldError('transaction', ['work'], messages.expected(messages.transactionWorkKind));
  return await env.store.transaction(async (raw: Repositories) => {
    let refusal: { readonly error: unknown } | null = null;
    let open = true;
    // Actions run one after another on the one transaction, whatever order `work` calls them in.
    let queue: Promise<unknown> = Promise.resolve();
    const tx = bind(groups, (definition, input) => {
      const next = queue.then(async () => {
        if (!open) throw new StaffcoreError('BUSINESS_RULE', messages.calledAfterTransaction(definition.name), { details: { action: definition.name } });
        if (refusal) throw refusal.error;
        try {
          return await runActionIn(env, definition, input, raw);
        } catch (error) {
          refusal ??= { error };
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    });
    try {
      const result = await work(tx);
      await queue;
      if (refusal) throw (refusal as { readonly error: unknown }).error;
      return result;
    } finally {
      open = false;
    }
  });
}
