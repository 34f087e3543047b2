/**
 * Every message text staffcore's errors carry, in one place and one style: a sentence about the
 * field or the record, without the field's path (the error's message puts `what: path:` in front).
 * Functions take the variable parts. Tests and hosts compare against these texts.
 *
 * Each text is its own export, so a bundle keeps only the texts its code uses; the package exports
 * them together as the `messages` namespace (`messages.required`, `messages.notFound(…)`).
 * @module
 */

// ---- field issues (zod's own wording is replaced by these) ----
/** A required field is missing. */
export const required = 'is required';

/** A field has the wrong type. */
export const expected = (what: string) => `must be ${what}`;

/** A field the input does not have. */
export const unknownField = 'is not a field of this input';

/** A value outside a fixed list. */
export const oneOf = (values: readonly string[]) => `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;

/** A string that is too short. */
export const tooShort = (minimum: number | bigint) => (Number(minimum) === 1 ? 'must not be blank' : `must be at least ${minimum} characters`);

/** A string that is too long. */
export const tooLong = (maximum: number | bigint) => `must be at most ${maximum} characters`;

/** A list that is too short. */
export const tooFewItems = (minimum: number | bigint) => `must hold at least ${minimum} items`;

/** A list that is too long. */
export const tooManyItems = (maximum: number | bigint) => `must hold at most ${maximum} items`;

/** A number below its minimum. */
export const tooSmall = (minimum: number | bigint, inclusive: boolean) => `must be ${inclusive ? 'at least' : 'greater than'} ${minimum}`;

/** A number above its maximum. */
export const tooBig = (maximum: number | bigint, inclusive: boolean) => `must be ${inclusive ? 'at most' : 'less than'} ${maximum}`;

/** A string that does not have the required format. */
export const badFormat = (format: string) => `must be a valid ${format}`;

/** A value that is not valid for another reason. */
export const invalid = 'is not valid';

/** A role given as something other than a role object (a role's name, say). */
export const notARole = 'must be a role object such as standardRoles.salesRep, or { name, permissions }';

/** An id that is not an id. */
export const notAnId = 'must be a record id (1–64 letters, digits, "_" or "-")';

/** A cursor the store did not hand out. */
export const notACursor = 'must be a cursor returned by an earlier page';

/** A name of punctuation, spaces or combining marks alone (after normal form C and trimming). */
export const nameWithoutLetterOrDigit = 'must contain a letter or a digit';

// ---- records and actions ----
/** A record does not exist, or lies outside the actor's scope. */
export const notFound = (entity: string, id: string) => `${entity} ${id} was not found`;

/** A write was based on a stale version. */
export const conflict = (entity: string, id: string) =>
  `${entity} ${id} was changed by someone else since it was read; reload it and try again`;

/** A mass update's commit selects an assignment its preview did not show. */
export const notInPreview = (id: string) => `assignment ${id} is selected now but was not in the preview; preview again and commit what it shows`;

/** The actor's roles lack a permission. */
export const forbidden = (permission: string) => `The actor's roles do not grant the permission "${permission}"`;

/** The actor's own level is missing from the hierarchy. */
export const actorOutsideHierarchy = (branchId: string, empty: boolean) =>
  empty
    ? `The actor's hierarchy level ${branchId} is not in the hierarchy: the store has no hierarchy yet; call bootstrapHierarchy(store, { name }) once to create its top level, then add levels below it`
    : `The actor's hierarchy level ${branchId} is not in the hierarchy; give the actor the id of a level it holds (see hierarchy.list)`;

/** A branch requires standardized addresses and no standardizer is plugged in. */
export const standardizationRequired = (branch: string) =>
  `Branch ${branch} requires a standardized address, and no address standardizer is configured`;

/** A branch requires standardized addresses and the standardizer could not standardize one. */
export const standardizationFailed = (branch: string, reason: string) =>
  `Branch ${branch} requires a standardized address, and the address could not be standardized: ${reason}`;

/** The host's standardizer threw instead of answering. */
export const standardizerFailed = (name: string) => `The address standardizer "${name}" failed`;

/** A change to a deletion status came without a reason. */
export const deletionNeedsReason = 'A change to a deleted status needs a reason';

/** `duplicateOfId` given with a status that is not a deletion. */
export const duplicateOnlyOnDeletion = 'only a deletion status names a duplicate';

/** A record named as duplicating itself or a record deleted with it. */
export const duplicateOfItself = 'a record cannot duplicate itself or a record being deleted with it';

/** A status code is not in the catalog. */
export const unknownStatus = (code: string) => `Unknown status "${code}"`;

/** A branch id is not in the hierarchy. */
export const unknownBranch = (id: string) => `Branch ${id} is not in the hierarchy`;

/** A branch lies outside the actor's level. */
export const branchOutOfScope = (id: string) => `Branch ${id} is outside the actor's hierarchy level`;

/** A cascade reaches a record outside the actor's level. */
export const cascadeOutOfScope = (id: string) => `The cascade reaches customer ${id}, outside the actor's hierarchy level`;

/** A new hierarchy level needs a parent within the actor's level. */
export const levelNeedsParent = "A new level must sit below a level within the actor's hierarchy level";

/** The root level of the hierarchy has no parent. */
export const rootLevelHasNoParent = 'the root level has no parent';

/** The hierarchy already has its root level. */
export const hierarchyExists = 'The hierarchy already has levels; add more with hierarchy.addLevel';

/** A status change to the status the record already has. */
export const statusUnchanged = (code: string) => `The record already has status ${code}`;

/** No department can be added under a deleted record. */
export const parentDeleted = (id: string) => `Customer ${id} is deleted; no department can be added under it`;

/** A move under a deleted record. */
export const moveUnderDeleted = (id: string) => `Customer ${id} is deleted; nothing can move under it`;

/** Why a record cannot be the new parent of a move (\`customers.moveTargets\`). */
export const notAMoveTarget = {
  itself: 'the record itself',
  descendant: "one of the record's own departments",
  deleted: 'deleted (a deletion status)',
  outOfScope: 'outside your level of the hierarchy',
} as const;

/** Where a value pushed down to a department came from. */
export const appliedFromParent = (id: string) => `applied from customer ${id}`;

/** A copy of a contact address that is not there. */
export const noContactAddress = 'the record has no contact address to copy';

/** A row of a bulk import was refused. */
export const rowRefused = (row: number, reason: string) => `Row ${row} of the import was refused: ${reason}`;

/** A worksite named for a customer belongs to another. */
export const worksiteNotOfCustomer = (worksiteId: string, customerId: string) =>
  `Worksite ${worksiteId} does not belong to customer ${customerId}`;

/** An entity the audit trail does not know. */
export const unknownEntity = (entity: string, known: readonly string[]) => `"${entity}" is not a kind of record staffcore keeps; use one of ${known.join(', ')}`;

/** A subtree or master view asked of a record that is not a customer. */
export const scopeOnlyForCustomers = 'only a customer record has a subtree or a master view';

/** A clock that does not tell the time. */
export const notAnInstant = (value: string) => `"${value}" is not an ISO 8601 instant`;

/** A host callback or an unexpected failure inside an action. */
export const unexpected = (action: string) => `The action ${action} failed unexpectedly`;

/** The storage backend failed. */
export const storeFailed = (operation: string) => `The store failed during ${operation}`;

// ---- the customer tree ----
/** A customer's parent that does not exist. */
export const missingParent = (parentId: string) => `parent customer ${parentId} does not exist`;

/** A customer made its own parent. */
export const ownParent = (id: string) => `Customer ${id} cannot be its own parent`;

/** A customer moved under one of its descendants. */
export const underOwnDescendant = (id: string, parentId: string) => `Customer ${id} cannot move under its own descendant ${parentId}`;

/** A record listed twice when a tree index is built. */
export const treeDuplicate = (id: string) => `record ${id} appears more than once`;

/** A record whose parent is not among the records a tree index is built from. */
export const treeMissingParent = (id: string, parentId: string) => `record ${id} names a parent ${parentId} that is not in the tree`;

/** Records whose parents form a cycle instead of a tree. */
export const treeCycle = (id: string) => `The records form a cycle through record ${id}`;

/** A move in a move history that does not match the tree it is replayed on. */
export const moveOutOfOrder = (id: string, at: string, expected: string, found: string) =>
  `The move of record ${id} at ${at} went to parent ${expected}, but the tree being replayed has it under ${found}`;

/** An amount that is not a two-place decimal. */
export const notAnAmount = (value: string) => `"${value}" is not an amount with at most two decimal places`;

// ---- the branch hierarchy and the status catalog ----
/** A level whose parent level is not in the hierarchy. */
export const missingParentLevel = (id: string, parentId: string) => `branch ${id} names a parent level ${parentId} that does not exist`;

/** Levels that form a cycle instead of a tree. */
export const hierarchyCycle = (id: string) => `The branch hierarchy has a cycle through level ${id}`;

/** A status code listed twice in a catalog. */
export const statusRepeated = (code: string) => `"${code}" appears twice`;

/** An initial status the catalog does not list. */
export const notInCatalog = (code: string) => `"${code}" is not in the catalog`;

// ---- store queries and writes ----
/** A `where` field that has no index. */
export const notAnIndexedField = (entity: string) => `is not an indexed field of ${entity} records`;

/** A page size out of range. */
export const pageSize = (maximum: number) => `must be a whole number from 1 to ${maximum}`;

/** A string PostgreSQL's text and jsonb cannot hold, refused by every store alike. */
export const unstorableText = 'must not contain the NUL character or an unpaired UTF-16 surrogate';

/** A batch member's error, naming its place in the batch. */
export const inBatch = (message: string, index: number) => `${message} (record ${index} of the batch)`;

/** A record named twice in one `updateMany`. */
export const repeatedInBatch = (id: string) => `record ${id} appears more than once in the batch`;

/** A store used after `dispose()`. */
export const storeDisposed = (store: string) => `The ${store} store was disposed`;

/** A write attempted by work run as read-only. */
export const readOnlyWrite = (operation: string) => `${operation} cannot write inside a read-only transaction`;

/** Concurrent moves kept changing the customer tree while a write tried to lock it. */
export const treeKeptChanging = (operation: string) => `The store failed during ${operation}: the customer tree kept changing`;

// ---- the dataset check (`check`, `staffcore check`) ----
/** Where a record is in its input, for a finding that points at another record. */
export const checkAt = (position: number, byLine: boolean) => (byLine ? `on line ${position}` : `at record ${position}`);

/** A field of a checked record is not valid: the field's path, then its issue (`name must not be blank`). */
export const checkField = (field: string, issue: string) => `${field === '' ? 'the record' : field} ${issue}`;

/** A checked record has a field the Customer schema does not. */
export const checkUnknownField = (field: string) => `${field} is not a field of a customer record`;

/** A checked record's status is not in the catalog. */
export const checkUnknownStatus = (code: string) => `status "${code}" is not in the status catalog`;

/** A checked record repeats an id. */
export const checkDuplicateId = (id: string, first: string) => `id ${id} appears more than once (first ${first})`;

/** A checked department's parent is not in the export. */
export const checkMissingParent = (id: string, parentId: string) => `customer ${id} names parent ${parentId}, which is not in the export`;

/** A checked record's parents lead back to it. */
export const checkCycle = (id: string) => `following the parents of customer ${id} leads back to it (a cycle)`;

/** A department that is not deleted sits under a deleted record. */
export const checkUnderDeleted = (id: string, parentId: string, code: string) =>
  `customer ${id} is not deleted, but its parent ${parentId} has the deleted status ${code}`;

/** A customer has worksites and no default worksite. */
export const checkNoDefaultWorksite = (id: string) => `customer ${id} has worksites but no default worksite`;

/** An active customer has no billing address. */
export const checkActiveWithoutBilling = (id: string, code: string) => `customer ${id} is active (status ${code}) and has no billing address`;

/** Two records of a branch (roots, or departments of one parent) have the same folded name. */
export const checkDuplicateName = (name: string, key: string, first: string) =>
  `"${name}" looks like a duplicate: same folded name "${key}" as the customer ${first}, in the same branch and under the same parent`;

/** An open order or an active assignment on a customer whose effective status forbids it. */
export const checkBlocked = (kind: 'order' | 'assignment', id: string, customerId: string, code: string, name: string, inherited: boolean) =>
  `${kind === 'order' ? 'open order' : 'active assignment'} ${id} is on customer ${customerId}, ${inherited ? 'under a record' : 'which is'} in status ${code} (${name}), allowing no ${kind === 'order' ? 'orders' : 'assignments'}`;

// ---- store setup ----
/** A PostgreSQL client that is not one. */
export const notAPostgresClient = 'must be a pg Pool or Client, or a PGlite instance';

/** A PostgreSQL schema name staffcore does not accept. */
export const notASchemaName = 'must be 1–63 lower-case letters, digits or "_", not starting with a digit';

/** A PostgreSQL schema that `migrate` has not brought up to date. */
export const schemaOutdated = (schema: string, version: number, required: number) =>
  `The PostgreSQL schema "${schema}" is at version ${version}, and this staffcore needs version ${required}: run migrate(client, { schema: '${schema}' }) first`;

/** An action needs an integration the organization has not set up. */
export const integrationMissing = (integration: string) => `The organization has no ${integration} integration`;

/** A post needs a handle on the record. */
export const handleMissing = (id: string, network: string) => `Customer ${id} has no ${network} handle`;

/** A deleted record refuses an addition; `what` says which. */
export const recordDeleted = (id: string, what: string) => `Customer ${id} is deleted; ${what}`;

/** What a deleted record refuses, whatever the action: nothing new under it or of it, no change of what it holds. */
export const deletedHoldsNothingNew = 'it takes no new work, and nothing it holds can change except to correct it';

/** A unique index refused a write a concurrent transaction had made first. */
export const uniqueTaken = (operation: string) => `${operation} would repeat what another transaction has just written; try again`;

/** A lock or statement timeout ran out. */
export const busy = (operation: string, what: 'lock' | 'statement') =>
  what === 'lock'
    ? `The store could not lock what ${operation} needs within its lock timeout: another transaction holds it. Nothing was written; try again`
    : `The store's statement timeout ran out during ${operation}. Nothing was written; try again`;

/** A record deleted as a duplicate (merged into another, or marked so) cannot come back through a status change. */
export const mergedDuplicate = (id: string, intoId: string) =>
  `Customer ${id} is deleted as a duplicate of customer ${intoId}; its records belong there, so a status change cannot restore it`;

/** A merge names the same record twice. */
export const mergeIntoItself = 'must name another record than `from`';

/** A hotlist already holds the record. */
export const alreadyOnHotlist = (customerId: string, hotlistId: string) => `Customer ${customerId} is already on hotlist ${hotlistId}`;

/** A completed task completed again. */
export const taskAlreadyCompleted = (id: string) => `Task ${id} is already completed`;

/** A deactivated contact deactivated again. */
export const contactAlreadyInactive = (id: string) => `Contact ${id} is already inactive`;

/** A time clock already assigned to the record. */
export const deviceAlreadyAssigned = (deviceId: string, customerId: string) => `Time clock ${deviceId} is already assigned to customer ${customerId}`;

// ---- reports ----
/** A report name that is not registered. */
export const unknownReport = (name: string) => `there is no report named "${name}"`;

/** A report definition that is not one. */
export const notAReport = 'must be a report made with defineReport: a name of letters, digits, ".", "-" or "_", a zod params schema, columns and a run function';

/** Two reports with one name. */
export const duplicateReport = (name: string) => `a report named "${name}" is registered already`;

/** A report reading the change feed, which spans every branch. */
export const reportReadsFeed = 'A report cannot read the change feed: it spans every branch. Read it with changes.since.';

// ---- business rules of the actions ----
/** A payment above what is left to pay on the invoice. */
export const paymentAboveBalance = (amount: string, invoiceId: string, balance: string) =>
  `The payment of ${amount} is more than invoice ${invoiceId}'s balance of ${balance}`;

/** A payment dated before its invoice. */
export const paymentBeforeInvoice = (invoiceDate: string) => `The payment is dated before the invoice (${invoiceDate})`;

/** An end date before the start date of the same input. */
export const endBeforeStart = 'The end date is before the start date';

/** An assignment's end date before the start it already has. */
export const endBeforeAssignmentStart = (startDate: string) => `The end date is before the assignment's start (${startDate})`;

/** An order's worksite that belongs to neither the record nor its ancestors. */
export const worksiteOutsidePath = (worksiteId: string, customerId: string) =>
  `Worksite ${worksiteId} belongs to customer ${customerId}, not to this record or its ancestors`;

/** An order closed while assignments on it are still active. */
export const orderHasActiveAssignments = (orderId: string, active: number) =>
  `Order ${orderId} has ${active} active assignment${active === 1 ? '' : 's'}; end ${active === 1 ? 'it' : 'them'} before closing the order`;

/** An order closed again. */
export const orderAlreadyClosed = (id: string) => `Order ${id} is already closed`;

/** An order that is not open takes no assignment. */
export const orderNotOpen = (id: string, state: string) => `Order ${id} is ${state}; it takes no new assignments`;

/** An employee assigned twice to one order. */
export const alreadyOnOrder = (employeeId: string, orderId: string) => `Employee ${employeeId} is already on order ${orderId}`;

/** A bar added where the employee is already barred. */
export const alreadyBarred = (employeeId: string, customerId: string) => `Employee ${employeeId} is already barred from customer ${customerId}`;

/** A lifted bar lifted again. */
export const barAlreadyLifted = (id: string) => `Bar ${id} was already lifted`;

/** An ended assignment ended again. */
export const assignmentAlreadyEnded = (id: string) => `Assignment ${id} has already ended`;

/** A credit limit set on a department instead of its root. */
export const creditLimitOnDepartment = (id: string) => `Customer ${id} is a department; set the credit limit on its root customer`;

/** A new order refused by the root customer's credit; `reasons` are the check's blocking reasons. */
export const creditBlocksOrder = (rootId: string, reasons: readonly string[]) =>
  `Customer ${rootId}'s credit blocks a new order: ${reasons.join('; ')}`;

/** Where a bar applies, for {@link employeeBarred}: the record itself, or an ancestor's whole tree. */
export const barredWhere = (customerId: string | null) => (customerId === null ? 'this customer' : `customer ${customerId} and its whole tree`);

/** An employee barred from the record or, by a tree-wide bar, from an ancestor's tree. */
export const employeeBarred = (employeeId: string, where: string, reason: string) => `Employee ${employeeId} is barred from ${where}: ${reason}`;

/** An invoice line naming an assignment of another customer. */
export const notAssignmentOfCustomer = (customerId: string) => `must be an assignment of customer ${customerId}`;

/** A rate or amount below zero. */
export const notNegative = 'must not be negative';

/** A mass rate update that changes neither rate. */
export const rateChangeMissing = 'give a change to the pay rate, the bill rate or both';

/** A mass rate update that keeps the markup and also changes the bill rate. */
export const keepMarkupWithBill = 'moves the bill rate with a pay change: give `pay` and leave out `bill`';

/** A rate change that would take a rate below zero. */
export const rateBelowZero = (id: string, field: string, value: string) => `The change would take assignment ${id}'s ${field} rate below zero (${value})`;

// ---- the gross-profit calculator and the bill-rate solver ----
/** A decimal field of the calculator that is not a plain decimal. */
export const notADecimal = 'must be a decimal such as "12.50"';

/** A tax of the calculator given as something other than an object. */
export const taxNotAnObject = 'must be an object such as { rate: "6.2" }';

/** An additional burden that is neither a percent of pay nor an amount per hour (or both). */
export const burdenEitherOr = 'must be either { percentOfPay } or { perHour }';

/** A number of weeks out of range. */
export const weeksOutOfRange = 'must be a whole number of weeks from 1 to 520';

/** A start date left out while a tax has a wage base. */
export const startDateForWageBase = 'is required when a tax has a wage base (the caps apply per calendar year)';

/** Both targets of the bill-rate solver, or neither. */
export const exactlyOneTarget = 'give exactly one of targetGpPercent and targetMarkupPercent';

/** A GP target the VMS fee makes unreachable. */
export const targetUnreachable = 'cannot be reached: with the VMS fee it leaves nothing of the billing for the wages';

/** A GP target without billable hours. */
export const noBillableHours = 'must give billable hours to reach a GP target';

// ---- failures inside the library or the store ----
/** The host's clock returned something other than a valid `Date`. */
export const clockNotADate = (action: string) => `${unexpected(action)}: the clock did not return a valid Date`;

/** The audit counter row of the PostgreSQL schema is missing. */
export const auditCounterMissing = 'The store failed during audit.append: the audit_counter row is missing (run migrate() on a fresh schema)';

/** A query on a transaction that has already ended. */
export const transactionEnded = (operation: string) => `${storeFailed(operation)}: the transaction has already ended`;

/** A pool whose `connect()` did not lend a usable connection. */
export const poolConnectBroken = "The store failed during connect: the pool's connect() did not return a connection with query() and release()";

/** A cycle found while a move history is replayed. */
export const replayCycle = (id: string, day: string) => `${treeCycle(id)} (replaying the move history to ${day})`;

// ---- the record schemas (`Customer`, `AddCustomerInput`, …) ----
/** A value that is not an id's characters. */
export const idCharacters = 'must be 1–64 letters, digits, "_" or "-"';

/** A phone number in another shape. */
export const phoneFormat = 'must be a phone number such as "+1 612 555 0100"';

/** A phone number with too few digits. */
export const phoneDigits = 'must hold at least 7 digits';

/** A country that is not a two-letter code. */
export const countryCode = 'must be an ISO 3166 two-letter country code';

/** A worker-comp class code in another shape. */
export const workerCompCode = 'must be a worker-comp class code such as "8810"';

/** A status code in another shape. */
export const statusCodeFormat = 'must be an upper-case status code such as "P"';

/** An amount of zero or less where only more will do. */
export const positiveAmount = 'must be more than 0.00';

/** A kind of record in another shape. */
export const entityName = 'must be a kind of record such as "customers"';

/** A time zone this runtime does not know. */
export const timeZone = 'must be an IANA time zone such as "America/Chicago"';

/** A percent in another shape. */
export const percentFormat = 'must be a percent such as "3" or "2.5"';

/** A decimal field given an infinite or NaN number; `what` names the kind of value (`amount`, `rate`). */
export const decimalNotFinite = (what: string) => `${what} must be a finite decimal`;

/** A decimal field given something else; `what` names the kind of value. */
export const decimalFormat = (what: string) => `${what} must be a decimal such as "12.50"`;

/** A decimal field that may not be negative given a negative value; `what` names the kind of value. */
export const decimalNegative = (what: string) => `${what} must not be negative`;

/** A decimal with more places than its kind holds; `what` names the kind of value. */
export const decimalPlaces = (what: string, maxScale: number) => `${what} has more than ${maxScale} decimal places`;

/** `postgresStore({ hostTransaction: true })` given a pool rather than the host's connection. */
export const hostTransactionNeedsConnection =
  'must be the one connection the host began its transaction on (a client checked out of the pool, or PGlite’s transaction), not a pool';

/** An action called on a transaction's `tx` after the transaction ended. */
export const calledAfterTransaction = (action: string) => `${action} was called after its transaction ended; call the instance's actions, or run a new transaction`;
