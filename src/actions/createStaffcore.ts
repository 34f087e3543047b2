import type { Store } from '../adapters/port/index.js';
import { StaffcoreError, parseOrThrow } from '../errors/index.js';
import {
  Actor,
  type ActorInput,
  type Branch,
  type Customer,
  type NewBranchInput,
  type NewCustomerInput,
  type NewWorksiteInput,
  type StatusChange,
  type Worksite,
} from '../model/index.js';
import type { AddressStandardizer } from '../rules/addressStandardizer.js';
import { systemClock, type Clock } from '../rules/clock.js';
import { defaultStatusCatalog, type StatusCatalog } from '../rules/statusCatalog.js';
import type { ActionContext } from './ActionContext.js';
import { addCustomer, type AddCustomerResult } from './customers/addCustomer.js';
import { changeCustomerStatus, type ChangeStatusInput, type ChangeStatusResult } from './customers/changeCustomerStatus.js';
import { copyCustomerContactToBilling, type CopyContactToBillingInput } from './customers/copyCustomerContactToBilling.js';
import { customerCapabilities, type CustomerCapabilities } from './customers/customerCapabilities.js';
import { getCustomer } from './customers/getCustomer.js';
import { listStatusChanges } from './customers/listStatusChanges.js';
import { updateCustomer, type UpdateCustomerInput } from './customers/updateCustomer.js';
import { addBranchLevel } from './hierarchy/addBranchLevel.js';
import { listBranchLevels } from './hierarchy/listBranchLevels.js';
import { addWorksite, type AddWorksiteResult } from './worksites/addWorksite.js';
import { listWorksites } from './worksites/listWorksites.js';
import { setDefaultWorksite } from './worksites/setDefaultWorksite.js';

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
}

/** The actions on customer records. */
export interface CustomerActions {
  /** Adds a customer or department; see {@link addCustomer}. */
  add(input: NewCustomerInput): Promise<AddCustomerResult>;
  /** Reads a record in the actor's scope; see {@link getCustomer}. */
  get(id: string): Promise<Customer>;
  /** Changes fields of a record, based on the version read; see {@link updateCustomer}. */
  update(input: UpdateCustomerInput): Promise<Customer>;
  /** Changes a record's status (optionally its subtree's), recorded; see {@link changeCustomerStatus}. */
  changeStatus(input: ChangeStatusInput): Promise<ChangeStatusResult>;
  /** Copies the contact address to the billing address; see {@link copyCustomerContactToBilling}. */
  copyContactToBilling(input: CopyContactToBillingInput): Promise<Customer>;
  /** Reads a record's status history; see {@link listStatusChanges}. */
  statusHistory(id: string): Promise<StatusChange[]>;
  /** Explains what the record allows the actor; see {@link customerCapabilities}. */
  capabilities(id: string): Promise<CustomerCapabilities>;
}

/** The actions on worksites. */
export interface WorksiteActions {
  /** Adds a worksite to a customer; see {@link addWorksite}. */
  add(customerId: string, worksite: NewWorksiteInput): Promise<AddWorksiteResult>;
  /** Makes a worksite its customer's default; see {@link setDefaultWorksite}. */
  setDefault(customerId: string, worksiteId: string): Promise<Customer>;
  /** Lists a customer's worksites; see {@link listWorksites}. */
  list(customerId: string): Promise<Worksite[]>;
}

/** The actions on the branch hierarchy. */
export interface HierarchyActions {
  /** Adds a level below one in the actor's scope; see {@link addBranchLevel}. */
  addLevel(input: NewBranchInput): Promise<Branch>;
  /** Lists the levels in the actor's scope; see {@link listBranchLevels}. */
  list(): Promise<Branch[]>;
}

/** A staffcore instance: the actions of the record, bound to one store and one actor. */
export interface Staffcore {
  /** The actor every action runs as (parsed). */
  readonly actor: Actor;
  /** Customer records. */
  readonly customers: CustomerActions;
  /** Worksites of customer records. */
  readonly worksites: WorksiteActions;
  /** The branch hierarchy. */
  readonly hierarchy: HierarchyActions;
}

/**
 * Creates a staffcore instance over a store, acting as one service rep. Each action checks the
 * rep's permission and hierarchy scope, applies the rules and saves in one transaction.
 *
 * @param options - the store, the actor, and optionally a clock, a status catalog and an address standardizer
 * @returns the actions
 * @throws StaffcoreError `VALIDATION` when the actor or the options are malformed
 * @example
 * ```ts
 * const sc = createStaffcore({ store: memoryStore(), actor: rep });
 * const { customer } = await sc.customers.add({ name: 'Acme Manufacturing' });
 * customer.status //=> 'P'
 * ```
 */
export function createStaffcore(options: StaffcoreOptions): Staffcore {
  if (typeof options?.store?.transaction !== 'function') {
    throw new StaffcoreError('VALIDATION', 'Invalid options: store: expected a store such as memoryStore()', {
      details: { path: ['store'] },
    });
  }
  const actor = parseOrThrow(Actor, options.actor, 'actor');
  const ctx: ActionContext = {
    store: options.store,
    actor,
    clock: options.clock ?? systemClock,
    statuses: options.statuses ?? defaultStatusCatalog,
    addressStandardizer: options.addressStandardizer ?? null,
  };
  return {
    actor,
    customers: {
      add: (input) => addCustomer(ctx, input),
      get: (id) => getCustomer(ctx, id),
      update: (input) => updateCustomer(ctx, input),
      changeStatus: (input) => changeCustomerStatus(ctx, input),
      copyContactToBilling: (input) => copyCustomerContactToBilling(ctx, input),
      statusHistory: (id) => listStatusChanges(ctx, id),
      capabilities: (id) => customerCapabilities(ctx, id),
    },
    worksites: {
      add: (customerId, worksite) => addWorksite(ctx, customerId, worksite),
      setDefault: (customerId, worksiteId) => setDefaultWorksite(ctx, customerId, worksiteId),
      list: (customerId) => listWorksites(ctx, customerId),
    },
    hierarchy: {
      addLevel: (input) => addBranchLevel(ctx, input),
      list: () => listBranchLevels(ctx),
    },
  };
}
