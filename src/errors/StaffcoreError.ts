/**
 * The stable codes a {@link StaffcoreError} can carry. Callers branch on these, never on messages.
 * Each code's `details` has the shape documented on {@link StaffcoreErrorDetails}.
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

/** One problem found in input: where it is and what is wrong with it. */
export interface ValidationIssue {
  /** The path of the offending field in the caller's input, e.g. `['address', 'postalCode']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words (one of the texts in `messages`). */
  readonly message: string;
}

/**
 * Structured data attached to a {@link StaffcoreError}. Which fields are set depends on the code:
 *
 * | code | details |
 * | --- | --- |
 * | `VALIDATION` | `path` (the first offending field, as the caller named it), `issues` (every problem) |
 * | `NOT_FOUND` | `entity`, `id`, and `path` when the id came from the caller's input |
 * | `FORBIDDEN` | `permission` (the one missing), or `path` (a branch outside the actor's level) |
 * | `CONFLICT` | `entity`, `id`, and `expected` / `stored` versions when known |
 * | `STATUS_BLOCKED` | `entity`, `id` (the record whose status blocks), `path` |
 * | `TREE_CYCLE` | `entity`, `id`, `path` |
 * | `STANDARDIZATION_REQUIRED` | `path` (the address field) |
 * | `EMPLOYEE_BARRED` | `entity` (`bars`), `id` (the bar), `customerId` (where it is set), `employeeId`, `covers`, `reason` |
 * | `CREDIT_BLOCKED` | `customerId` (the root), `credit` (the decision: reasons and figures) |
 * | `BUSINESS_RULE` | `path` (the input field concerned), and facts of the rule |
 * | `BUSY` | `operation`, and `sqlState` from PostgreSQL (`55P03` lock timeout, `57014` statement timeout) |
 * | `STORE` | `operation`, and `sqlState` from PostgreSQL |
 * | `INTERNAL` | `action` |
 * | `INTEGRATION_MISSING` | `integration` (`timeClock`, `twitter`) |
 */
export interface StaffcoreErrorDetails {
  /** The path of the first offending field in the caller's input. */
  readonly path?: readonly (string | number)[];
  /** Every problem found, for `VALIDATION` errors. */
  readonly issues?: readonly ValidationIssue[];
  /**
   * The kind of record involved, spelled as the store and `audit.list` name it (`customers`,
   * `worksites`, `branches`, …; `reports` for a report name).
   */
  readonly entity?: string;
  /** The id of the record involved. */
  readonly id?: string;
  /** The permission the actor lacks, for `FORBIDDEN`. */
  readonly permission?: string;
  /** Any further facts worth a caller's attention. */
  readonly [key: string]: unknown;
}

/** Options of the {@link StaffcoreError} constructor. */
export interface StaffcoreErrorOptions {
  /** Structured facts about the failure. */
  readonly details?: StaffcoreErrorDetails;
  /** The underlying error, e.g. a database driver's. */
  readonly cause?: unknown;
}

/**
 * Marks staffcore's errors across copies of the library (its ESM and CommonJS builds are two
 * modules with two classes; a registered symbol is the same in both).
 */
const brand = Symbol.for('staffcore.StaffcoreError');

/**
 * The one error class staffcore throws. Its `code` is stable; its message starts with `[staffcore]`.
 *
 * @example
 * ```ts
 * try {
 *   await sc.customers.add({ name: '' });
 * } catch (error) {
 *   if (isStaffcoreError(error, 'VALIDATION')) console.log(error.details.path); //=> ['name']
 * }
 * ```
 */
export class StaffcoreError extends Error {
  /** The stable code callers branch on. */
  readonly code: StaffcoreErrorCode;
  /** Structured facts about the failure (field path, entity, id, …); see {@link StaffcoreErrorDetails}. */
  readonly details: StaffcoreErrorDetails;

  /**
   * Creates an error with a stable code.
   * @param code - the stable error code
   * @param message - a human sentence; `[staffcore] ` is prefixed when missing
   * @param options - details and cause
   */
  constructor(code: StaffcoreErrorCode, message: string, options: StaffcoreErrorOptions = {}) {
    super(message.startsWith('[staffcore]') ? message : `[staffcore] ${message}`, { cause: options.cause });
    this.name = 'StaffcoreError';
    this.code = code;
    this.details = options.details ?? {};
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
 * Tells whether a value is a {@link StaffcoreError}, optionally of one code. It recognizes errors
 * thrown by either build of staffcore (ESM or CommonJS) and by other copies of it.
 *
 * @param error - any caught value
 * @param code - when given, the code the error must carry
 * @returns true when `error` is a StaffcoreError (with that code)
 * @example
 * ```ts
 * isStaffcoreError(new StaffcoreError('CONFLICT', 'stale'), 'CONFLICT') //=> true
 * isStaffcoreError(new Error('x')) //=> false
 * ```
 */
export function isStaffcoreError(error: unknown, code?: StaffcoreErrorCode): error is StaffcoreError {
  return error instanceof StaffcoreError && (code === undefined || error.code === code);
}
