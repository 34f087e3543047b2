/**
 * staffcore: customer records for a staffing agency's back office.
 *
 * ```ts
 * import { bootstrapHierarchy, createStaffcore, customers, orders, standardRoles } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 *
 * const store = memoryStore();
 * const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
 * const sc = createStaffcore({
 *   store,
 *   actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
 *   actions: { customers, orders },
 * });
 * const { customer } = await sc.customers.add({ name: 'Acme Manufacturing' });
 * ```
 *
 * Start with {@link createStaffcore} (under "Start here"); each action group ("Action groups")
 * documents its actions — input, result, permission, refusals and an example; "Records" holds the
 * records and the input schemas; "Errors" the one error class, its codes and `details`, and the
 * helpers for forms (`fieldErrors`, `parseInput`). "Rules", "Trees" and "Reports" are the pure
 * functions underneath, usable on their own; "Check" is what `staffcore check` runs.
 *
 * What only a store author needs (the repository port, the entity registry) is in
 * `staffcore/store`; the bundled stores are `staffcore/adapters/memory` and
 * `staffcore/adapters/postgres`; the store conformance suite is `staffcore/testing`.
 *
 * @module staffcore
 */
export { StaffcoreError, fieldErrors, isStaffcoreError, messages, parseInput } from './errors/index.js';
export type { FieldErrors, ParsableAction, ParseInputResult } from './errors/index.js';
export type {
  BusinessRuleDetails,
  BusyDetails,
  ConflictDetails,
  CreditBlockedDetails,
  CreditDecisionDetails,
  DetailsWithPath,
  EmployeeBarredDetails,
  FieldPath,
  ForbiddenDetails,
  IntegrationMissingDetails,
  InternalDetails,
  MenuRefusalDetails,
  NotFoundDetails,
  RejectedRowDetails,
  RowRefusalDetails,
  StaffcoreErrorClass,
  StaffcoreErrorCode,
  StaffcoreErrorConstructor,
  StaffcoreErrorDetails,
  StaffcoreErrorDetailsByCode,
  StaffcoreErrorDetailsOf,
  StaffcoreErrorOptions,
  StandardizationRequiredDetails,
  StatusBlockedDetails,
  StoreDetails,
  TreeCycleDetails,
  ValidationDetails,
  ValidationIssue,
} from './errors/index.js';
export * from './model/index.js';
export * from './rules/index.js';
export * from './tree/index.js';
export * from './actions/index.js';
export * from './reports/index.js';

export * from './http/index.js';
