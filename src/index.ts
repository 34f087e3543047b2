/**
 * staffcore: customer records for a staffing agency's back office.
 *
 * ```ts
 * import { createStaffcore, bootstrapHierarchy } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 * ```
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

