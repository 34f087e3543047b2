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
 * @category Action groups
 */
export const customers = defineGroup('customers', {
  /**
   * `customers.add`: adds a customer record (or, with `parentId`, a department). Only the name is
   * required; the rest is defaulted from the hierarchy, the parent and the rep. An address fills
   * the contact address and creates the first worksite, which becomes the default. Every new record
   * starts with the catalog's initial status (`P`). Likely duplicates are found through the store's
   * indexes, so an add costs the same in a book of a thousand customers or of millions. `custom`
   * takes the values of the instance's declared custom fields (a department given no value for a
   * field declared with `inheritedField` takes its parent's).
   *
   * Refuses with `VALIDATION` (bad input, an undeclared or bad custom value naming `['custom', field]`), `FORBIDDEN` (no `customer.add`, or a branch outside the
   * rep's level), `NOT_FOUND` (parent outside the rep's scope), `STATUS_BLOCKED` (parent deleted),
   * `STANDARDIZATION_REQUIRED`.
   *
   * @example
   * ```ts
   * const { customer, worksite, defaults } = await sc.customers.add({ name: 'Zenith Tools', address: { line1: '9 Dock Rd', city: 'Minneapolis', region: 'MN', postalCode: '55401' } });
   * customer.status //=> 'P'
   * customer.defaultWorksiteId === worksite?.id //=> true
   * defaults.accountManagerId.description //=> 'the rep who entered the record'
   * ```
   */
  add: addCustomer,
  /**
   * `customers.addMany`: a bulk import — adds many customers in one transaction with the same
   * defaults and rules as `customers.add`, each row checked on its own. With `mode: 'allOrNothing'`
   * (the default) any refused row refuses the import and nothing is saved: with `VALIDATION` when the
   * first refused row has bad input, else with that row's code (`NOT_FOUND` for a parent out of
   * scope, `STANDARDIZATION_REQUIRED`, …); every refused row is listed in `details.issues` (paths
   * from the top of the input, `['rows', 3, 'name']`) and `details.rejected`;
   * with `validRowsOnly` the good rows are saved and the refused ones returned with their code,
   * field and reason. Likely duplicates are reported against the store and within the import. On
   * PostgreSQL each chunk of 1,000 rows is one insert of records, one of worksites and one update.
   *
   * Refuses with `VALIDATION`, `FORBIDDEN` (no `customer.add`), and with `allOrNothing` the codes of
   * `customers.add` (`NOT_FOUND`, `STATUS_BLOCKED`, `STANDARDIZATION_REQUIRED`).
   *
   * @example
   * ```ts
   * const { added, rejected } = await sc.customers.addMany({ rows: [{ name: 'Zenith Tools' }, { name: '' }], mode: 'validRowsOnly' });
   * added.map((entry) => entry.row) //=> [0]
   * rejected.map((entry) => [entry.row, entry.code, entry.path]) //=> [[1, 'VALIDATION', ['rows', 1, 'name']]]
   * ```
   */
  addMany: addManyCustomers,
  /**
   * `customers.get`: reads a customer record the actor may see. Refuses with `NOT_FOUND` when there
   * is no such record or it lies outside the actor's hierarchy level, `FORBIDDEN` without
   * `customer.read`, `VALIDATION` for a malformed id.
   *
   * @example
   * ```ts
   * const { customer } = await sc.customers.get({ id: '3' });
   * customer.parentId //=> '1' (a department of customer 1)
   * ```
   */
  get: getCustomer,
  /**
   * `customers.search`: searches the customer records in the actor's scope by name text, status,
   * hierarchy level and root-only, ordered by name (or id) with ties broken by id, paged with a
   * cursor. Only the statuses the catalog shows in active searches (`P`, `A`, `H` by default) are
   * included unless `includeInactive` or `statuses` says otherwise: `includeInactive` adds every
   * other status but the deletion (`I`, Inactive, by default); records deleted as entered by
   * mistake (`X`) are found only by naming their status in `statuses`.
   *
   * `custom` narrows by the organization's own fields (`createStaffcore({ customFields })`): a
   * value (`{ vmsId: 'V-1042' }`, compared exactly: `'1'` is not `1`), or a range on a number or
   * string field, both ends included (`{ orientationDate: { from: '2026-01-01', to: '2026-06-30' } }`).
   * Both stores answer equality from an index (PostgreSQL: a GIN index on the custom values).
   *
   * The search is remembered as the actor's last search (one per rep, in the store): a first page
   * replaces it, a next page of the same search extends it, so `customers.neighbors` can give the
   * previous and next record. That is the one thing a search writes, and it is working state, not a
   * business write: it makes no audit event and no change-feed event.
   *
   * Refuses with `VALIDATION` (also naming `['custom', field]` for a field not declared or a value
   * of the wrong kind), `FORBIDDEN` (no `customer.read`), `NOT_FOUND` (a `branchId` outside the
   * actor's level).
   *
   * @example
   * ```ts
   * const page = await sc.customers.search({ text: 'acme', limit: 20 });
   * page.items.map((customer) => customer.name) //=> ['Acme, Inc.', 'Acme Logistics']
   * const more = await sc.customers.search({ text: 'acme', limit: 20, after: page.next });
   * ```
   */
  search: searchCustomers,
  /**
   * `customers.update`: changes fields of a customer record, based on the version the rep read.
   * Addresses go through the standardizer as on creation. Status, parent and branch have their own
   * actions. Refuses with `VALIDATION`, `NOT_FOUND`, `FORBIDDEN` (no `customer.edit`), `CONFLICT`
   * (the record changed since `version`), `STANDARDIZATION_REQUIRED`, `STATUS_BLOCKED` (a deleted record:
   * change its status first).
   *
   * @example
   * ```ts
   * const { customer } = await sc.customers.update({ id: '3', version: 2, changes: { notes: 'Call first', terms: { label: 'Net 30', netDays: 30 } } });
   * customer.version //=> 3
   * ```
   */
  update: updateCustomer,
  /**
   * `customers.changeStatus`: changes a record's status and records who, when, from, to and why. A
   * deletion status (`X`) needs a reason and may name the record this one duplicates. With
   * `cascade`, every department below the record whose status differs changes too, all or nothing.
   * A record deleted as a duplicate of another (by `customers.merge`, or marked with `duplicateOfId`)
   * cannot leave the deletion status (`STATUS_BLOCKED`, naming the other record): its records belong
   * there. So `duplicateOfId` never outlives the deletion.
   *
   * Refuses with `VALIDATION` (unknown status, missing reason, same status, bad duplicate),
   * `NOT_FOUND`, `FORBIDDEN` (no `customer.changeStatus`, or a cascade reaching records outside the
   * actor's level), `CONFLICT`, `STATUS_BLOCKED` (a record deleted as a duplicate leaving the deletion).
   *
   * @example
   * ```ts
   * const { customer, changed, events } = await sc.customers.changeStatus({ id: '1', to: 'H', reason: 'Credit check under way', cascade: true });
   * customer.status //=> 'H'
   * changed.map((record) => record.id) //=> ['1', '3']
   * events[1].cascadedFromId //=> '1'
   * ```
   */
  changeStatus: changeCustomerStatus,
  /**
   * `customers.copyContactToBilling`: copies a customer's contact address to its billing address in
   * one call. Refuses with `VALIDATION` (no contact address), `NOT_FOUND`, `FORBIDDEN`, `CONFLICT`,
   * `STATUS_BLOCKED` (a deleted record).
   *
   * Needs the permission `customer.edit`.
   *
   * @example
   * ```ts
   * const { customer } = await sc.customers.copyContactToBilling({ id: '3' });
   * customer.billingAddress //=> { line1: '100 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401', country: 'US', standardized: false } (the contact address)
   * ```
   */
  copyContactToBilling: copyCustomerContactToBilling,
  /**
   * `customers.statusHistory`: reads the status history of a record, oldest first (in the order of
   * the record versions the changes produced, so changes within one instant keep their order). Every
   * change comes in one page (`{ items, next: null }`).
   * Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { items } = await sc.customers.statusHistory({ id: '1' });
   * items.map((change) => `${change.from} → ${change.to}`) //=> ['P → A', 'A → H']
   * ```
   */
  statusHistory: listStatusChanges,
  /**
   * `customers.capabilities`: explains what a record allows the actor — the effective status along
   * the path to the root, and whether a new order or an assignment is allowed (status and
   * permission), each with its reason. Refuses with `NOT_FOUND`, `FORBIDDEN` (no `customer.read`).
   *
   * @example
   * ```ts
   * const { status, createOrder } = await sc.customers.capabilities({ id: '3' });
   * status.effective.code //=> 'H' (decided by status.decidedById, '1')
   * createOrder //=> { allowed: false, code: 'STATUS_BLOCKED', reason: 'Customer 1 (an ancestor of this record) is "Hold for credit check", which allows no new orders', customerId: '1' }
   * ```
   */
  capabilities: customerCapabilities,
  /**
   * `customers.move`: moves a record, with every department below it, under another parent in one
   * atomic step; `newParentId: null` promotes it to a root customer. The move is recorded (who,
   * when, from, to) in the move history and the audit trail. Refuses, writing nothing, a move under
   * the record itself or one of its own departments (`TREE_CYCLE`), under a deleted record
   * (`STATUS_BLOCKED`), to or of a record outside the rep's scope (`NOT_FOUND`), from a stale
   * version (`CONFLICT`).
   *
   * Needs the permission `customer.move`.
   *
   * @example
   * ```ts
   * const { customer, move } = await sc.customers.move({ id: '3', newParentId: null, version: 4 });
   * customer.parentId //=> null
   * move //=> { customerId: '3', fromParentId: '1', toParentId: null, … }
   * ```
   */
  move: moveCustomer,
  /**
   * `customers.moveHistory`: reads the recorded moves of a record (or, with `scope`, of its subtree
   * or its whole tree as it stands now), oldest first: the history a roll-up replays to see the tree
   * as it stood on a date. Every move comes in one page (`{ items, next: null }`). Refuses with
   * `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { items, next } = await sc.customers.moveHistory({ id: '3' });
   * items.map((move) => `${move.fromParentId} → ${move.toParentId}`) //=> ['1 → null']
   * next //=> null
   * ```
   */
  moveHistory: listMoves,
  /**
   * `customers.moveTargets`: where a record could move, the way a rep picks the new parent. Without
   * `rootId`, the root customers in the rep's scope (by name, paged); with `rootId`, that root's
   * whole tree, each record marked as a valid new parent or not, and why: the record itself, one of
   * its own departments, deleted, or outside the rep's scope. Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const roots = await sc.customers.moveTargets({ id: '3' });
   * roots.items.map((target) => target.name) //=> ['Acme, Inc.', 'Zenith Tools']
   * const tree = await sc.customers.moveTargets({ id: '3', rootId: '1' });
   * tree.items.find((target) => target.id === '3') //=> { id: '3', parentId: '1', name: 'Acme Shipping', depth: 1, valid: false, reason: 'itself', message: 'the record itself' }
   * ```
   */
  moveTargets: customerMoveTargets,
  /**
   * `customers.applyDefaultsToDepartments`: copies chosen fields of a record (branch, account
   * manager, sales team, worker comp, terms, billing address) to every department below it, in one
   * transaction, each change with its provenance. `dryRun: true` lists every change and writes
   * nothing. Departments outside the rep's scope, and deleted ones (`X`), are left alone and listed
   * in `skipped`. Refuses with
   * `VALIDATION`, `NOT_FOUND`, `FORBIDDEN`, `CONFLICT` (the record changed since it was read, or a
   * department changed meanwhile: nothing is written).
   *
   * Needs the permission `customer.edit`.
   *
   * @example
   * ```ts
   * const preview = await sc.customers.applyDefaultsToDepartments({ id: '1', fields: ['terms'], version: 5, dryRun: true });
   * preview.changes.map((change) => [change.customerId, change.field]) //=> [['3', 'terms']]
   * preview.changes[0].provenance.description //=> 'applied from customer 1'
   * const { updated } = await sc.customers.applyDefaultsToDepartments({ id: '1', fields: ['terms'], version: 5 });
   * ```
   */
  applyDefaultsToDepartments,
  /**
   * `customers.view`: the record's header in one call — name, Customer ID, status and whether the
   * active indicator is on (only `A`), whether any task is incomplete, the default worksite, and the
   * effective status with the ancestor that imposes it. An ancestor outside the actor's scope is named
   * by id only (`outOfScope: true`, no name), though the status it imposes is still reported.
   * Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const view = await sc.customers.view({ id: '3' });
   * view.activeIndicator //=> false
   * view.blockedBy //=> { id: '1', name: 'Acme', status: 'H', outOfScope: false }
   * ```
   */
  view: viewCustomer,
  /**
   * `customers.actions`: the record's actions menu — every entry with whether it is enabled for the
   * actor and, when not, the code and reason — by the actor's roles, the organization's
   * integrations and the record's effective status. It applies the rule the actions themselves
   * apply (`checkRecordAction`), so an enabled entry runs and a disabled one fails with the reason
   * shown. Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { menu } = await sc.customers.actions({ id: '3' });
   * menu.find((item) => item.id === 'newOrder')
   * //=> { id: 'newOrder', label: 'New order', action: 'orders.create', enabled: false, code: 'STATUS_BLOCKED', reason: 'Customer 1 (an ancestor of this record) is "Hold for credit check", which allows no new orders' }
   * ```
   */
  actions: customerActions,
  /**
   * `customers.neighbors`: the previous and next record of the actor's last `customers.search`, as
   * seen from a record of it (the up and down arrows of the record). The search is remembered in the
   * store, so it survives a new instance. Results that have since left the actor's scope are skipped.
   * Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * await sc.customers.search({ text: 'ac' });
   * const { previous, following } = await sc.customers.neighbors({ id: '3' });
   * ```
   */
  neighbors: customerNeighbors,
  /**
   * `customers.merge`: merges a duplicate record (`from`) into the surviving one (`into`). The
   * duplicate's departments move under the survivor (each move recorded); its worksites, contacts,
   * messages, tasks, orders, assignments, invoices with their lines and payments, bars, time
   * clocks, hotlist memberships and favorites move to the survivor (a membership or favorite the
   * survivor already has is removed instead of doubled; a survivor without a default worksite takes
   * the duplicate's default, or its first worksite, so it has exactly one); the duplicate is marked `X` "duplicate of"
   * the survivor, recorded in its status history. The duplicate's own history (status changes,
   * moves, audit trail) and a credit limit stay with it, and so do its custom values: the survivor
   * keeps its own, and `duplicateCustomValues` lists the duplicate's beside the survivor's, to copy
   * over with `customers.update` where wanted. With `dryRun` it lists every change and writes
   * nothing; the commit makes exactly the listed changes, all or nothing.
   *
   * Refuses with `VALIDATION` (the same record twice), `FORBIDDEN` (no `customer.merge`, or a
   * department outside the actor's level), `NOT_FOUND`, `STATUS_BLOCKED` (either record deleted),
   * `TREE_CYCLE` (the survivor lies under the duplicate).
   *
   * @example
   * ```ts
   * const plan = await sc.customers.merge({ from: '8', into: '3', dryRun: true });
   * plan.changes.filter((c) => c.entity === 'contacts').length //=> 2
   * await sc.customers.merge({ from: '8', into: '3' });
   * ```
   */
  merge: mergeCustomers,
  /**
   * `customers.setMultiplierCodes`: sets or clears a record's multiplier codes (agreed markup,
   * overtime and double-time bill factors, minimum and target GP % and markup). A code left out
   * stays; `null` clears it, so the record inherits it again from up the tree. The record's
   * departments inherit every code they do not set themselves, and new orders and assignments
   * follow them. Refuses with `VALIDATION`, `FORBIDDEN` (no `customer.multiplierCodes`),
   * `NOT_FOUND`, `CONFLICT` (a stale `version` of the codes), `STATUS_BLOCKED` (a deleted record).
   *
   * @example
   * ```ts
   * const { effective } = await sc.customers.setMultiplierCodes({ customerId: '1', codes: { markupPercent: '40', minGpPercent: '22' } });
   * effective.provenance.markupPercent.description //=> 'set on the record'
   * ```
   */
  setMultiplierCodes,
  /**
   * `customers.multiplierCodes`: a record's effective multiplier codes, each with where it came from
   * (set on the record, inherited from a record up the tree, or none). Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { values, provenance } = await sc.customers.multiplierCodes({ customerId: '3' });
   * provenance.markupPercent.description //=> 'inherited from customer 1 up the tree'
   * ```
   */
  multiplierCodes: getMultiplierCodes,
});
