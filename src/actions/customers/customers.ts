import { addCustomer } from './addCustomer.js';
import { addManyCustomers } from './addManyCustomers.js';
import { getCustomer } from './getCustomer.js';
import { searchCustomers } from './searchCustomers.js';
import { updateCustomer } from './updateCustomer.js';
import { changeCustomerStatus } from './changeCustomerStatus.js';
import { copyCustomerContactToBilling } from './copyCustomerContactToBilling.js';
import { listStatusChanges } from './listStatusChanges.js';
import { customerCapabilities } from './customerCapabilities.js';
import { moveCustomer } from './moveCustomer.js';
import { listMoves } from './listMoves.js';
import { customerMoveTargets } from './customerMoveTargets.js';
import { applyDefaultsToDepartments } from './applyDefaultsToDepartments.js';
import { viewCustomer } from './viewCustomer.js';
import { customerActions } from './customerActions.js';
import { customerNeighbors } from './customerNeighbors.js';
import { mergeCustomers } from './mergeCustomers.js';
import { setMultiplierCodes } from './setMultiplierCodes.js';
import { getMultiplierCodes } from './getMultiplierCodes.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Customer records.
 *
 * Give it to {@link createStaffcore} as `actions: { customers }`: the instance's `customers.…` calls are these actions.
 * @namespace
 */
export const customers = defineGroup('customers', {
  /** Adds a customer or department; only the name is required, the rest is defaulted with its provenance. */
  add: addCustomer,
  /** Adds many customers in one go (a bulk import), each row with the rules of `add`, errors per row. */
  addMany: addManyCustomers,
  /** Reads a record the actor may see. */
  get: getCustomer,
  /** Searches the records in the actor's scope (active statuses by default), ordered and paged. */
  search: searchCustomers,
  /** Changes fields of a record, based on the version read. */
  update: updateCustomer,
  /** Changes a record's status (optionally its whole subtree's), recorded with who, when and why. */
  changeStatus: changeCustomerStatus,
  /** Copies the contact address to the billing address. */
  copyContactToBilling: copyCustomerContactToBilling,
  /** Reads a record's status history, oldest first. */
  statusHistory: listStatusChanges,
  /** Explains the effective status and whether a new order or an assignment is allowed. */
  capabilities: customerCapabilities,
  /** Moves a record, with its departments, under another parent (or makes it a root), recorded in the move history. */
  move: moveCustomer,
  /** Reads the recorded moves of a record, its subtree or its whole tree, oldest first. */
  moveHistory: listMoves,
  /** Lists where a record could move: the root customers, or one root's tree marked valid or not, and why. */
  moveTargets: customerMoveTargets,
  /** Copies chosen fields of a record to every department below it (a dry run lists the changes first). */
  applyDefaultsToDepartments,
  /** The record's header: name, ID, status and active indicator, tasks icon, default worksite, effective status and who imposes it. */
  view: viewCustomer,
  /** The record's actions menu: every entry enabled or not, and why, by roles, integrations and status. */
  actions: customerActions,
  /** The previous and next record of the actor's last search. */
  neighbors: customerNeighbors,
  /** Merges a duplicate into the surviving record (a dry run lists every change first) and marks it deleted, "duplicate of". */
  merge: mergeCustomers,
  /** Sets or clears a record's multiplier codes (agreed markup, overtime factors, minimum and target margins). */
  setMultiplierCodes,
  /** Reads a record's effective multiplier codes, each with where it came from. */
  multiplierCodes: getMultiplierCodes,
});
