export { StaffcoreError, isStaffcoreError } from './StaffcoreError.js';
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
  StaffcoreErrorClass,
  RowRefusalDetails,
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
} from './StaffcoreError.js';
export { fieldError, issueMessage, issuesOf, parseOptions, parseOrThrow, validationError, validationFailure } from './validation.js';
export * as messages from './messages.js';
export { fieldErrors, type FieldErrors } from './fieldErrors.js';
export { parseInput, type ParsableAction, type ParseInputResult } from './parseInput.js';
export { errorCodes } from './errorCodes.js';
