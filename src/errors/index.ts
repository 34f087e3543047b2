export { StaffcoreError, isStaffcoreError, validationError, parseOrThrow } from './StaffcoreError.js';
export type {
  StaffcoreErrorCode,
  StaffcoreErrorDetails,
  StaffcoreErrorOptions,
  ValidationIssue,
} from './StaffcoreError.js';
export { messages } from './messages.js';
