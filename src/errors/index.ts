export { StaffcoreError, isStaffcoreError } from './StaffcoreError.js';
export type { StaffcoreErrorCode, StaffcoreErrorDetails, StaffcoreErrorOptions, ValidationIssue } from './StaffcoreError.js';
export { fieldError, issueMessage, issuesOf, parseOptions, parseOrThrow, validationError, validationFailure } from './validation.js';
export { messages } from './messages.js';
export { errorCodes } from './errorCodes.js';
