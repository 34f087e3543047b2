
/**
 * The stable codes a {@link StaffcoreError} can carry. Callers branch on these, never on messages.
 * Each code's `details` has the shape documented on {@link StaffcoreErrorDetailsOf}.
 *
 * - `VALIDATION`: input or a record failed its schema or a rule on its shape.
 * - `NOT_FOUND`: the record does not exist, or lies outside the actor's hierarchy scope.
 * - `FORBIDDEN`: the actor's roles do not grant the permission the action needs.
 * - `CONFLICT`: a write was based on a stale `version` of the record.
 * - `STATUS_BLOCKED`: the record's (effective) status does not allow the action.
 * - `TREE_CYCLE`: a move would put a record under itself or one of its descendants.
 * - `STANDARDIZATION_REQUIRED`: the branch requires a standardized address and none could be had.
 * - `EMPLOYEE_BARRED`: the employee is barred ("do not assign") from the record or, by a tree-wide
 *   bar, from an ancestor's whole tree; `details` names the bar and its reason.
 * - `CREDIT_BLOCKED`: the customer's credit blocks a new order; `details.credit` holds the check's
 *   reasons and figures. A rep with `credit.override` may let it through with a recorded reason.
 * - `BUSINESS_RULE`: the request is well formed but the record's state refuses it (closing an order
 *   with active assignments, a payment above the balance, a credit limit on a department, …).
 * - `BUSY`: the store could not get what the action needed in time: a lock held by another
 *   transaction past the store's lock timeout, or a statement past its statement timeout. Nothing
 *   was written; the same call may succeed when tried again.
 * - `STORE`: the storage backend failed; `cause` holds the driver's error.
 * - `INTERNAL`: something failed that should not have (a host callback threw, or a bug); `cause`
 *   holds the original error. Nothing was written.
 * - `INTEGRATION_MISSING`: the action needs an integration (time clock, Twitter/X) the organization
 *   has not configured on `createStaffcore`; `details.integration` names it.
 * @category Errors
 */
export type StaffcoreErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'STATUS_BLOCKED'
  | 'TREE_CYCLE'
  | 'STANDARDIZATION_REQUIRED'
  | 'EMPLOYEE_BARRED'
  | 'CREDIT_BLOCKED'
  | 'BUSINESS_RULE'
  | 'BUSY'
  | 'STORE'
  | 'INTERNAL'
  | 'INTEGRATION_MISSING';

/**
 * One problem found in input: where it is and what is wrong with it.
 * @category Errors
 */
export interface ValidationIssue {
  /** The path of the offending field in the caller's input, e.g. `['address', 'postalCode']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words (one of the texts in `messages`). */
  readonly message: string;
}

/**
 * A field's place in the caller's input: keys and list indexes, e.g. `['rows', 3, 'name']`.
 * @category Errors
 */
export type FieldPath = readonly (string | number)[];

/**
 * One row of a bulk import (`customers.addMany`) that was refused, and why.
 * @category Errors
 */
export interface RejectedRowDetails {
  /** The row's index in `rows`. */
  readonly row: number;
  /** The code `customers.add` would have refused it with. */
  readonly code: StaffcoreErrorCode;
  /** The offending field, from the top of the input (`['rows', 3, 'name']`). */
  readonly path: FieldPath;
  /** What is wrong. */
  readonly message: string;
  /** Every problem of the row (the first is `path` and `message`), paths from the top of the input. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * What every code's `details` may carry: the input field the error concerns.
 * @category Errors
 */
export interface DetailsWithPath {
  /** The input field concerned, as the caller named it, when the error names one. */
  readonly path?: FieldPath;
}

/**
 * What `customers.addMany` adds to the error of the row that refused a whole import (mode
 * `allOrNothing`) when that row was refused with another code than `VALIDATION`.
 * @category Errors
 */
export interface RowRefusalDetails {
  /** Every problem of every refused row, paths from the top of the input. */
  readonly issues?: readonly ValidationIssue[];
  /** Every refused row, in row order. */
  readonly rejected?: readonly RejectedRowDetails[];
}

/**
 * What an error raised by a record's menu rule (`checkRecordAction`) names besides the record.
 * @category Errors
 */
export interface MenuRefusalDetails {
  /** The record the action was asked of (`id` is the record whose state refused, maybe an ancestor). */
  readonly requestedId?: string;
  /** The menu entry the action is (`newOrder`, `assignTimeClock`, …). */
  readonly menuItem?: string;
}

/**
 * `details` of a `VALIDATION` error.
 * @category Errors
 */
export interface ValidationDetails extends DetailsWithPath {
  /** The first offending field, as the caller named it (`[]` for the value as a whole). */
  readonly path: FieldPath;
  /** Every problem found, the first at `path`. */
  readonly issues: readonly ValidationIssue[];
  /** The kind of record involved, when the value was a record (`customers`, `branches`). */
  readonly entity?: string;
  /** The id of the record involved, when the problem is one record's. */
  readonly id?: string;
}

/**
 * `details` of a `NOT_FOUND` error.
 * @category Errors
 */
export interface NotFoundDetails extends DetailsWithPath, RowRefusalDetails {
  /**
   * The kind of record, spelled as the store and `audit.list` name it (`customers`, `worksites`,
   * `branches`, …; `reports` for a report name).
   */
  readonly entity: string;
  /** The id that was not found. */
  readonly id: string;
}

/**
 * `details` of a `FORBIDDEN` error.
 * @category Errors
 */
export interface ForbiddenDetails extends DetailsWithPath, RowRefusalDetails, MenuRefusalDetails {
  /** The permission the actor lacks, when a permission is what is missing. */
  readonly permission?: string;
  /** The kind of record outside the actor's level, for a cascade that reaches one. */
  readonly entity?: string;
  /** The record outside the actor's level. */
  readonly id?: string;
}

/**
 * `details` of a `CONFLICT` error.
 * @category Errors
 */
export interface ConflictDetails extends DetailsWithPath, RowRefusalDetails {
  /** The kind of record that changed. */
  readonly entity?: string;
  /** The record that changed. */
  readonly id?: string;
  /** The version the caller read. */
  readonly expected?: number;
  /** The version stored now. */
  readonly stored?: number;
  /** The store operation, for a conflict found by the store. */
  readonly operation?: string;
  /** PostgreSQL's SQLSTATE, for a conflict found by PostgreSQL (`23505`). */
  readonly sqlState?: string;
}

/**
 * `details` of a `STATUS_BLOCKED` error.
 * @category Errors
 */
export interface StatusBlockedDetails extends DetailsWithPath, RowRefusalDetails, MenuRefusalDetails {
  /** The kind of record whose status blocks (`customers`). */
  readonly entity: string;
  /** The record whose (effective) status blocks. */
  readonly id: string;
}

/**
 * `details` of a `TREE_CYCLE` error.
 * @category Errors
 */
export interface TreeCycleDetails extends DetailsWithPath, RowRefusalDetails {
  /** The kind of record moved (`customers`). */
  readonly entity?: string;
  /** The record that would sit under itself. */
  readonly id: string;
  /** The parent the move asked for, when the store found the cycle. */
  readonly newParentId?: string;
}

/**
 * `details` of a `STANDARDIZATION_REQUIRED` error.
 * @category Errors
 */
export interface StandardizationRequiredDetails extends DetailsWithPath, RowRefusalDetails {
  /** The address field. */
  readonly path: FieldPath;
  /** Why the standardizer could not standardize the address, when it answered. */
  readonly reason?: string;
}

/**
 * `details` of an `EMPLOYEE_BARRED` error.
 * @category Errors
 */
export interface EmployeeBarredDetails extends DetailsWithPath, RowRefusalDetails {
  /** `bars`. */
  readonly entity: 'bars';
  /** The bar. */
  readonly id: string;
  /** The record the bar is set on (the record itself, or an ancestor for a tree-wide bar). */
  readonly customerId: string;
  /** The barred employee. */
  readonly employeeId: string;
  /** Whether the bar covers the record alone or its whole tree. */
  readonly covers: 'record' | 'tree';
  /** The bar's reason. */
  readonly reason: string;
}

/**
 * The credit check's answer as a `CREDIT_BLOCKED` error carries it: the rules' `CreditDecision`
 * (errors are the bottom layer, so its shape is restated here; a compile-time check in
 * `rules/checkCredit.ts` holds the two together).
 * @category Errors
 */
export interface CreditDecisionDetails {
  /** The strictest effect among the reasons: `blocked` on this error. */
  readonly decision: 'allowed' | 'warned' | 'blocked';
  /** Every reason: its code (`OVER_LIMIT`, `LONG_OVERDUE`, …), its effect and its words. */
  readonly reasons: readonly { readonly code: string; readonly effect: 'allowed' | 'warned' | 'blocked'; readonly message: string }[];
  /** The figures the answer rests on (the rules' `CreditFigures`: limit, exposure, overdue amount, …; money as exact strings). */
  readonly figures: object;
}

/**
 * `details` of a `CREDIT_BLOCKED` error.
 * @category Errors
 */
export interface CreditBlockedDetails extends DetailsWithPath, RowRefusalDetails {
  /** The root customer whose credit blocks. */
  readonly customerId: string;
  /** The credit check's decision: its reasons and figures. */
  readonly credit: CreditDecisionDetails;
}

/**
 * `details` of a `BUSINESS_RULE` error: the field concerned, and the facts the rule names.
 * @category Errors
 */
export interface BusinessRuleDetails extends DetailsWithPath, RowRefusalDetails, MenuRefusalDetails {
  /** The kind of record the rule refused a change of (`assignments`, `customers`). */
  readonly entity?: string;
  /** The record the rule refused a change of. */
  readonly id?: string;
  /** `invoices.recordPayment`: what is left to pay on the invoice. */
  readonly balance?: string;
  /** `orders.close`: how many assignments of the order are still active. */
  readonly activeAssignments?: number;
  /** `credit.setLimit`: the department's parent (the limit belongs on the root). */
  readonly parentId?: string;
  /** `timeClocks.assign`: the customer the device is already assigned to. */
  readonly customerId?: string;
  /** `sc.transaction`: the action called on the transaction's `tx` after it ended. */
  readonly action?: string;
}

/**
 * `details` of a `BUSY` error.
 * @category Errors
 */
export interface BusyDetails extends DetailsWithPath, RowRefusalDetails {
  /** The store operation that ran out of time. */
  readonly operation: string;
  /** PostgreSQL's SQLSTATE: `55P03` lock timeout, `57014` statement timeout. */
  readonly sqlState?: string;
}

/**
 * `details` of a `STORE` error.
 * @category Errors
 */
export interface StoreDetails extends DetailsWithPath, RowRefusalDetails {
  /** The store operation that failed. */
  readonly operation?: string;
  /** PostgreSQL's SQLSTATE, when PostgreSQL gave one. */
  readonly sqlState?: string;
  /** An outdated PostgreSQL schema: its name. */
  readonly schema?: string;
  /** An outdated PostgreSQL schema: the version it is at. */
  readonly version?: number;
  /** An outdated PostgreSQL schema: the version this staffcore needs. */
  readonly required?: number;
  /** An outdated PostgreSQL schema: the migrations it lacks. */
  readonly missing?: readonly unknown[];
  /** `migrateAll` with a schema that failed: the schemas migrated (or already current), each with the versions applied, in the order given. */
  readonly migrated?: readonly { readonly schema: string; readonly applied: readonly number[]; readonly version: number }[];
  /** `migrateAll` with a schema that failed: each schema that failed, left as it was, with its error. */
  readonly failed?: readonly { readonly schema: string; readonly error: StaffcoreError }[];
}

/**
 * `details` of an `INTERNAL` error.
 * @category Errors
 */
export interface InternalDetails extends DetailsWithPath, RowRefusalDetails {
  /** The action that failed. */
  readonly action?: string;
}

/**
 * `details` of an `INTEGRATION_MISSING` error.
 * @category Errors
 */
export interface IntegrationMissingDetails extends DetailsWithPath, RowRefusalDetails, MenuRefusalDetails {
  /** The integration the organization lacks (`timeClock`, `twitter`). */
  readonly integration: string;
  /** The kind of record the action was asked of (`customers`). */
  readonly entity?: string;
  /** The record the action was asked of. */
  readonly id?: string;
}

/**
 * Each code's `details` shape, by code.
 * @category Errors
 */
export interface StaffcoreErrorDetailsByCode {
  /** See {@link ValidationDetails}. */
  VALIDATION: ValidationDetails;
  /** See {@link NotFoundDetails}. */
  NOT_FOUND: NotFoundDetails;
  /** See {@link ForbiddenDetails}. */
  FORBIDDEN: ForbiddenDetails;
  /** See {@link ConflictDetails}. */
  CONFLICT: ConflictDetails;
  /** See {@link StatusBlockedDetails}. */
  STATUS_BLOCKED: StatusBlockedDetails;
  /** See {@link TreeCycleDetails}. */
  TREE_CYCLE: TreeCycleDetails;
  /** See {@link StandardizationRequiredDetails}. */
  STANDARDIZATION_REQUIRED: StandardizationRequiredDetails;
  /** See {@link EmployeeBarredDetails}. */
  EMPLOYEE_BARRED: EmployeeBarredDetails;
  /** See {@link CreditBlockedDetails}. */
  CREDIT_BLOCKED: CreditBlockedDetails;
  /** See {@link BusinessRuleDetails}. */
  BUSINESS_RULE: BusinessRuleDetails;
  /** See {@link BusyDetails}. */
  BUSY: BusyDetails;
  /** See {@link StoreDetails}. */
  STORE: StoreDetails;
  /** See {@link InternalDetails}. */
  INTERNAL: InternalDetails;
  /** See {@link IntegrationMissingDetails}. */
  INTEGRATION_MISSING: IntegrationMissingDetails;
}

/**
 * The `details` of an error of code `C` (of any code when `C` is a union). Which fields each code
 * sets:
 *
 * | code | details |
 * | --- | --- |
 * | `VALIDATION` | `path` (the first offending field, as the caller named it), `issues` (every problem); `entity`, `id` for a record |
 * | `NOT_FOUND` | `entity`, `id`, and `path` when the id came from the caller's input |
 * | `FORBIDDEN` | `permission` (the one missing), or `path` (a branch outside the actor's level), or `entity`, `id` (a record a cascade reaches outside it) |
 * | `CONFLICT` | `entity`, `id`, and `expected` / `stored` versions when known; `operation`, `sqlState` when the store found it |
 * | `STATUS_BLOCKED` | `entity`, `id` (the record whose status blocks), `path` |
 * | `TREE_CYCLE` | `id`, `path`, and `entity` |
 * | `STANDARDIZATION_REQUIRED` | `path` (the address field), `reason` (the standardizer's) |
 * | `EMPLOYEE_BARRED` | `entity` (`bars`), `id` (the bar), `customerId` (where it is set), `employeeId`, `covers`, `reason`, `path` |
 * | `CREDIT_BLOCKED` | `customerId` (the root), `credit` (the decision: reasons and figures) |
 * | `BUSINESS_RULE` | `path` (the input field concerned), and facts of the rule: `entity`, `id`, `balance`, `activeAssignments`, `parentId`, `customerId` |
 * | `BUSY` | `operation`, and `sqlState` from PostgreSQL (`55P03` lock timeout, `57014` statement timeout) |
 * | `STORE` | `operation`, and `sqlState` from PostgreSQL; `schema`, `version`, `required`, `missing` for an outdated schema; `migrated`, `failed` from `migrateAll` |
 * | `INTERNAL` | `action`, or `path` (an address the standardizer failed on) |
 * | `INTEGRATION_MISSING` | `integration` (`timeClock`, `twitter`) |
 *
 * Refusals of a record's menu rule (`STATUS_BLOCKED`, `FORBIDDEN`, `INTEGRATION_MISSING`,
 * `BUSINESS_RULE`) also name `requestedId` and `menuItem`; the error of a row that refused a whole
 * `customers.addMany` import also carries `issues` and `rejected` ({@link RowRefusalDetails}).
 *
 * @example
 * ```ts
 * if (isStaffcoreError(error, 'CONFLICT')) error.details.expected //=> 3 (a number, or undefined)
 * ```
 * @category Errors
 */
export type StaffcoreErrorDetailsOf<C extends StaffcoreErrorCode> = StaffcoreErrorDetailsByCode[C];

/**
 * The `details` of an error of any code: a union of each code's shape (see {@link StaffcoreErrorDetailsOf}).
 * @category Errors
 */
export type StaffcoreErrorDetails = StaffcoreErrorDetailsOf<StaffcoreErrorCode>;

/**
 * Options of the {@link StaffcoreError} constructor for an error of code `C`.
 * @category Errors
 */
export interface StaffcoreErrorOptions<C extends StaffcoreErrorCode = StaffcoreErrorCode> {
  /** Structured facts about the failure, in the code's shape. */
  readonly details?: StaffcoreErrorDetailsOf<C>;
  /** The underlying error, e.g. a database driver's. */
  readonly cause?: unknown;
}

/** The constructor's options: required when the code's `details` has required fields (`VALIDATION`, `NOT_FOUND`, …). */
type OptionsArgument<C extends StaffcoreErrorCode> =
  object extends StaffcoreErrorDetailsOf<C>
    ? [options?: StaffcoreErrorOptions<C>]
    : [options: StaffcoreErrorOptions<C> & { readonly details: StaffcoreErrorDetailsOf<C> }];

/**
 * Marks staffcore's errors across copies of the library (its ESM and CommonJS builds are two
 * modules with two classes; a registered symbol is the same in both).
 */
const brand = Symbol.for('staffcore.StaffcoreError');

/**
 * The one class behind {@link StaffcoreError}; its type is spread over the codes by the exported type.
 * @category Errors
 */
export class StaffcoreErrorClass<C extends StaffcoreErrorCode = StaffcoreErrorCode> extends Error {
  /** The stable code callers branch on. */
  readonly code: C;
  /** Structured facts about the failure, in the shape of the code; see {@link StaffcoreErrorDetailsOf}. */
  readonly details: StaffcoreErrorDetailsOf<C>;

  /**
   * Creates an error with a stable code.
   * @param code - the stable error code
   * @param message - a human sentence; `[staffcore] ` is prefixed when missing
   * @param options - details (in the code's shape) and cause
   */
  constructor(code: C, message: string, ...[options]: OptionsArgument<C>) {
    super(message.startsWith('[staffcore]') ? message : `[staffcore] ${message}`, { cause: options?.cause });
    this.name = 'StaffcoreError';
    this.code = code;
    // Codes whose details have no required field may leave them out.
    this.details = options?.details ?? ({} as StaffcoreErrorDetailsOf<C>);
    Object.defineProperty(this, brand, { value: true });
  }

  /**
   * Makes `instanceof StaffcoreError` true for errors of either build of staffcore.
   * @param value - any value
   * @returns whether `value` is a staffcore error
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true;
  }
}

/**
 * The one error class staffcore throws. Its `code` is stable; its message starts with `[staffcore]`;
 * its `details` have the shape of its code ({@link StaffcoreErrorDetailsOf}).
 *
 * Without a type argument the type is a union over the codes, so checking `code` narrows `details`:
 * `if (error.code === 'CONFLICT') error.details.expected`. `StaffcoreError<'NOT_FOUND'>` is an error
 * of one code.
 *
 * @example
 * ```ts
 * try {
 *   await sc.customers.add({ name: '' });
 * } catch (error) {
 *   if (isStaffcoreError(error, 'VALIDATION')) console.log(error.details.path); //=> ['name']
 * }
 * ```
 * @category Errors
 */
export type StaffcoreError<C extends StaffcoreErrorCode = StaffcoreErrorCode> = C extends StaffcoreErrorCode ? StaffcoreErrorClass<C> : never;

/**
 * The constructor of {@link StaffcoreError}: `new StaffcoreError(code, message, { details, cause })`.
 * @category Errors
 */
export interface StaffcoreErrorConstructor {
  /**
   * Creates an error with a stable code.
   * @param code - the stable error code
   * @param message - a human sentence; `[staffcore] ` is prefixed when missing
   * @param options - details (in the code's shape; required when it has required fields) and cause
   */
  new <C extends StaffcoreErrorCode>(code: C, message: string, ...options: OptionsArgument<C>): StaffcoreError<C>;
  /** The prototype every staffcore error shares. */
  readonly prototype: StaffcoreError;
  /**
   * Makes `instanceof StaffcoreError` true for errors of either build of staffcore.
   * @param value - any value
   * @returns whether `value` is a staffcore error
   */
  [Symbol.hasInstance](value: unknown): boolean;
}

/**
 * The one error class staffcore throws; see the {@link StaffcoreError} type.
 *
 * @example
 * ```ts
 * new StaffcoreError('CONFLICT', 'stale', { details: { entity: 'customers', id: '7', expected: 3, stored: 4 } })
 * ```
 * @category Errors
 */
export const StaffcoreError: StaffcoreErrorConstructor = StaffcoreErrorClass as unknown as StaffcoreErrorConstructor;

/**
 * Tells whether a value is a {@link StaffcoreError}, optionally of one code. It recognizes errors
 * thrown by either build of staffcore (ESM or CommonJS) and by other copies of it.
 *
 * @param error - any caught value
 * @param code - when given, the code the error must carry; `error.details` then has that code's shape
 * @returns true when `error` is a StaffcoreError (with that code)
 * @example
 * ```ts
 * isStaffcoreError(new StaffcoreError('CONFLICT', 'stale'), 'CONFLICT') //=> true
 * isStaffcoreError(new Error('x')) //=> false
 * ```
 * @category Errors
 */
export function isStaffcoreError<C extends StaffcoreErrorCode = StaffcoreErrorCode>(error: unknown, code?: C): error is StaffcoreError<C> {
  return error instanceof StaffcoreError && (code === undefined || error.code === code);
}
