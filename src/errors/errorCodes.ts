import type { StaffcoreErrorCode } from './StaffcoreError.js';

/**
 * Every {@link StaffcoreErrorCode}, as a list a schema can be built from (a result that carries a
 * code, such as a refused row of `customers.addMany` or a check's verdict, declares it with
 * `z.enum(errorCodes)`).
 * @category Errors
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'STATUS_BLOCKED',
  'TREE_CYCLE',
  'STANDARDIZATION_REQUIRED',
  'EMPLOYEE_BARRED',
  'CREDIT_BLOCKED',
  'BUSINESS_RULE',
  'BUSY',
  'STORE',
  'INTERNAL',
  'INTEGRATION_MISSING',
] as const satisfies readonly StaffcoreErrorCode[];

// A code added to StaffcoreErrorCode and not to the list fails to compile here.
true satisfies [Exclude<StaffcoreErrorCode, (typeof errorCodes)[number]>] extends [never] ? true : false;
