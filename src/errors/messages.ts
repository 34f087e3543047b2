/**
 * Every message text staffcore's errors carry, in one place and one style: a sentence about the
 * field or the record, without the field's path (the error's message puts `what: path:` in front).
 * Functions take the variable parts. Tests and hosts compare against these texts.
 *
 * Each text is its own export, so a bundle keeps only the texts its code uses; the package exports
 * them together as the `messages` namespace (`messages.required`, `messages.notFound(…)`).
 * @category Errors
 * @module
 */

// ---- field issues (zod's own wording is replaced by these) ----
/**
 * A required field is missing.
 * @category Errors
 */
export const required = 'is required';

/**
 * A field has the wrong type.
 * @category Errors
 */
export const expected = (what: string) => `must be ${what}`;

/**
 * A field the input does not have.
 * @category Errors
 */
export const unknownField = 'is not a field of this input';

/**
 * A value outside a fixed list.
 * @category Errors
 */
export const oneOf = (values: readonly string[]) => `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;

/**
 * A string that is too short.
 * @category Errors
 */
export const tooShort = (minimum: number | bigint) => (Number(minimum) === 1 ? 'must not be blank' : `must be at least ${minimum} characters`);

/**
 * A string that is too long.
 * @category Errors
 */
export const tooLong = (maximum: number | bigint) => `must be at most ${maximum} characters`;

/**
 * A list that is too short.
 * @category Errors
 */
export const tooFewItems = (minimum: number | bigint) => `must hold at least ${minimum} items`;

/**
 * A list that is too long.
 * @category Errors
 */
export const tooManyItems = (maximum: number | bigint) => `must hold at most ${maximum} items`;

/**
 * A number below its minimum.
 * @category Errors
 */
export const tooSmall = (minimum: number | bigint, inclusive: boolean) => `must be ${inclusive ? 'at least' : 'greater than'} ${minimum}`;

/**
 * A number above its maximum.
 * @category Errors
 */
export const tooBig = (maximum: number | bigint, inclusive: boolean) => `must be ${inclusive ? 'at most' : 'less than'} ${maximum}`;

/**
 * A string that does not have the required format.
 * @category Errors
 */
export const badFormat = (format: string) => `must be a valid ${format}`;

/**
 * A value that does not match the pattern its field requires (a `.regex(…)` of a declaration, with no message of its own).
 * @category Errors
 */
export const patternMismatch = 'does not have the required format';

/**
 * A value that is not valid for another reason.
 * @category Errors
 */
export const invalid = 'is not valid';

/**
 * A role given as something other than a role object (a role's name, say).
 * @category Errors
 */
export const notARole = 'must be a role object such as standardRoles.salesRep, or { name, permissions }';

/**
 * An id that is not an id.
 * @category Errors
 */
export const notAnId = 'must be a record id (1–64 letters, digits, "_" or "-")';

/**
 * A cursor the store did not hand out.
 * @category Errors
 */
export const notACursor = 'must be a cursor returned by an earlier page';

/**
 * A name of punctuation, spaces or combining marks alone (after normal form C and trimming).
 * @category Errors
 */
export const nameWithoutLetterOrDigit = 'must contain a letter or a digit';

// ---- records and actions ----
/**
 * A record does not exist, or lies outside the actor's scope.
 * @category Errors
 */
export const notFound = (entity: string, id: string) => `${entity} ${id} was not found`;

/**
 * A write was based on a stale version.
 * @category Errors
 */
export const conflict = (entity: string, id: string) =>
  `${entity} ${id} was changed by someone else since it was read; reload it and try again`;

/**
 * A mass update's commit selects an assignment its preview did not show.
 * @category Errors
 */
export const notInPreview = (id: string) => `assignment ${id} is selected now but was not in the preview; preview again and commit what it shows`;

/**
 * The actor's roles lack a permission.
 * @category Errors
 */
export const forbidden = (permission: string) => `The actor's roles do not grant the permission "${permission}"`;

/**
 * The actor's own level is missing from the hierarchy.
 * @category Errors
 */
export const actorOutsideHierarchy = (branchId: string, empty: boolean) =>
  empty
    ? `The actor's hierarchy level ${branchId} is not in the hierarchy: the store has no hierarchy yet; call bootstrapHierarchy(store, { name }) once to create its top level, then add levels below it`
    : `The actor's hierarchy level ${branchId} is not in the hierarchy; give the actor the id of a level it holds (see hierarchy.list)`;

/**
 * The branch as {@link standardizationRequired} and {@link standardizationFailed} name it when the record's level is unknown.
 * @category Errors
 */
export const thisRecordsBranch = 'of this record';

/**
 * A branch requires standardized addresses and no standardizer is plugged in.
 * @category Errors
 */
export const standardizationRequired = (branch: string) =>
  `Branch ${branch} requires a standardized address, and no address standardizer is configured`;

/**
 * A branch requires standardized addresses and the standardizer could not standardize one.
 * @category Errors
 */
export const standardizationFailed = (branch: string, reason: string) =>
  `Branch ${branch} requires a standardized address, and the address could not be standardized: ${reason}`;

/**
 * The host's standardizer threw instead of answering.
 * @category Errors
 */
export const standardizerFailed = (name: string) => `The address standardizer "${name}" failed`;

/**
 * A change to a deletion status came without a reason.
 * @category Errors
 */
export const deletionNeedsReason = 'A change to a deleted status needs a reason';

/**
 * `duplicateOfId` given with a status that is not a deletion.
 * @category Errors
 */
export const duplicateOnlyOnDeletion = 'only a deletion status names a duplicate';

/**
 * A record named as duplicating itself or a record deleted with it.
 * @category Errors
 */
export const duplicateOfItself = 'a record cannot duplicate itself or a record being deleted with it';

/**
 * A status code is not in the catalog.
 * @category Errors
 */
export const unknownStatus = (code: string) => `Unknown status "${code}"`;

/**
 * A branch id is not in the hierarchy.
 * @category Errors
 */
export const unknownBranch = (id: string) => `Branch ${id} is not in the hierarchy`;

/**
 * A branch lies outside the actor's level.
 * @category Errors
 */
export const branchOutOfScope = (id: string) => `Branch ${id} is outside the actor's hierarchy level`;

/**
 * A cascade reaches a record outside the actor's level.
 * @category Errors
 */
export const cascadeOutOfScope = (id: string) => `The cascade reaches customer ${id}, outside the actor's hierarchy level`;

/**
 * A new hierarchy level needs a parent within the actor's level.
 * @category Errors
 */
export const levelNeedsParent = "A new level must sit below a level within the actor's hierarchy level";

/**
 * The root level of the hierarchy has no parent.
 * @category Errors
 */
export const rootLevelHasNoParent = 'the root level has no parent';

/**
 * The hierarchy already has its root level.
 * @category Errors
 */
export const hierarchyExists = 'The hierarchy already has levels; add more with hierarchy.addLevel';

/**
 * A status change to the status the record already has.
 * @category Errors
 */
export const statusUnchanged = (code: string) => `The record already has status ${code}`;

/**
 * No department can be added under a deleted record.
 * @category Errors
 */
export const parentDeleted = (id: string) => `Customer ${id} is deleted; no department can be added under it`;

/**
 * A move under a deleted record.
 * @category Errors
 */
export const moveUnderDeleted = (id: string) => `Customer ${id} is deleted; nothing can move under it`;

/**
 * Why a record cannot be the new parent of a move (\`customers.moveTargets\`).
 * @category Errors
 */
export const notAMoveTarget = {
  itself: 'the record itself',
  descendant: "one of the record's own departments",
  deleted: 'deleted (a deletion status)',
  outOfScope: 'outside your level of the hierarchy',
} as const;

/**
 * Where a value pushed down to a department came from.
 * @category Errors
 */
export const appliedFromParent = (id: string) => `applied from customer ${id}`;

/**
 * Where a value came from when it was set on the record itself (a default's or a multiplier code's provenance).
 * @category Errors
 */
export const setOnRecord = 'set on the record';

/**
 * Where a value came from when the record's parent has it.
 * @category Errors
 */
export const inheritedFromParent = (id: string) => `inherited from parent customer ${id}`;

/**
 * Where a multiplier code came from when a record further up the tree sets it.
 * @category Errors
 */
export const inheritedFromAncestor = (id: string) => `inherited from customer ${id} up the tree`;

/**
 * Where a default came from when a level's branch setup gives it; `inheritedBy` names the record's own level when the setup is an ancestor level's.
 * @category Errors
 */
export const fromBranchSetup = (branch: string, inheritedBy: string | null) => `branch ${branch} setup${inheritedBy !== null ? ` (inherited by ${inheritedBy})` : ''}`;

/**
 * Where a new record's hierarchy level came from when the rep's own level gave it.
 * @category Errors
 */
export const fromRepLevel = "the rep's current hierarchy level";

/**
 * Where a new record's account manager came from when it is the rep who entered it.
 * @category Errors
 */
export const fromRepEntering = 'the rep who entered the record';

/**
 * Where a new record's sales team came from when it is the rep's own.
 * @category Errors
 */
export const fromRepSettings = "the rep's settings";

/**
 * Why a default has no value: no source gave one.
 * @category Errors
 */
export const noDefault = 'no default applies';

/**
 * Why a multiplier code has no value: no record up the tree sets it.
 * @category Errors
 */
export const noMultiplierCode = 'no multiplier code applies';

/**
 * A record as multiplier-code warnings name it (`customer 3`).
 * @category Errors
 */
export const customerNamed = (id: string) => `customer ${id}`;

/**
 * The reason recorded on the status change of a record merged into another; `reason` is the merge's own, if given.
 * @category Errors
 */
export const mergedReason = (intoId: string, reason: string | null | undefined) => `Duplicate of ${intoId}${reason ? `: ${reason}` : ''}`;

/**
 * What a status refuses, after "which" in {@link statusRefuses}: a new order.
 * @category Errors
 */
export const refusesOrders = 'allows no new orders';

/**
 * What a status refuses, after "which" in {@link statusRefuses}: an employee assignment.
 * @category Errors
 */
export const refusesAssignments = 'allows no employee assignments';

/**
 * A status on the record's path refuses an action; `ancestor` tells a status above the record.
 * @category Errors
 */
export const statusRefuses = (id: string, ancestor: boolean, status: string, refusal: string) =>
  `Customer ${id}${ancestor ? ' (an ancestor of this record)' : ''} is "${status}", which ${refusal}`;

/**
 * What a deleted record refuses for the menu's `addDepartment` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const addDepartmentRefused = 'no department can be added under it';

/**
 * What a deleted record refuses for the menu's `addToHotlist` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const addToHotlistRefused = 'it cannot be added to a hotlist';

/**
 * What a deleted record refuses for the menu's `assignTimeClock` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const assignTimeClockRefused = 'no time clock can be assigned to it';

/**
 * What a deleted record refuses for the menu's `changeParent` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const changeParentRefused = 'it cannot be moved';

/**
 * What a deleted record refuses for the menu's `createZeroDollarInvoice` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const createZeroDollarInvoiceRefused = 'it takes no new invoices';

/**
 * What a deleted record refuses for the menu's `newContact` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const newContactRefused = 'it takes no new contacts';

/**
 * What a deleted record refuses for the menu's `newTask` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const newTaskRefused = 'it takes no new tasks';

/**
 * What a deleted record refuses for the menu's `shareWithTwitter` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const shareWithTwitterRefused = 'it cannot be shared';

/**
 * What a deleted record refuses for the menu's `logMessage` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const logMessageRefused = 'it takes no new messages';

/**
 * What a deleted record refuses for the menu's `addFavorite` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const addFavoriteRefused = 'it cannot be bookmarked';

/**
 * What a deleted record refuses for the menu's `mergeDuplicate` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const mergeDuplicateRefused = 'it cannot be merged again';

/**
 * What a deleted record refuses for the menu's `massUpdateRates` entry, after "Customer 7 is deleted; ".
 * @category Errors
 */
export const massUpdateRatesRefused = 'its assignments take no rate changes';

/**
 * A copy of a contact address that is not there.
 * @category Errors
 */
export const noContactAddress = 'the record has no contact address to copy';

/**
 * A row of a bulk import was refused.
 * @category Errors
 */
export const rowRefused = (row: number, reason: string) => `Row ${row} of the import was refused: ${reason}`;

/**
 * After {@link rowRefused}, how many more rows an all-or-nothing import refused.
 * @category Errors
 */
export const moreRowsRefused = (count: number) => ` (and ${count} more rows refused)`;

/**
 * A worksite named for a customer belongs to another.
 * @category Errors
 */
export const worksiteNotOfCustomer = (worksiteId: string, customerId: string) =>
  `Worksite ${worksiteId} does not belong to customer ${customerId}`;

/**
 * An entity the audit trail does not know.
 * @category Errors
 */
export const unknownEntity = (entity: string, known: readonly string[]) => `"${entity}" is not a kind of record staffcore keeps; use one of ${known.join(', ')}`;

/**
 * A subtree or master view asked of a record that is not a customer.
 * @category Errors
 */
export const scopeOnlyForCustomers = 'only a customer record has a subtree or a master view';

/**
 * A clock that does not tell the time.
 * @category Errors
 */
export const notAnInstant = (value: string) => `"${value}" is not an ISO 8601 instant`;

/**
 * A host callback or an unexpected failure inside an action.
 * @category Errors
 */
export const unexpected = (action: string) => `The action ${action} failed unexpectedly`;

/**
 * The storage backend failed.
 * @category Errors
 */
export const storeFailed = (operation: string) => `The store failed during ${operation}`;

// ---- the customer tree ----
/**
 * A customer's parent that does not exist.
 * @category Errors
 */
export const missingParent = (parentId: string) => `parent customer ${parentId} does not exist`;

/**
 * A customer made its own parent.
 * @category Errors
 */
export const ownParent = (id: string) => `Customer ${id} cannot be its own parent`;

/**
 * A customer moved under one of its descendants.
 * @category Errors
 */
export const underOwnDescendant = (id: string, parentId: string) => `Customer ${id} cannot move under its own descendant ${parentId}`;

/**
 * A record listed twice when a tree index is built.
 * @category Errors
 */
export const treeDuplicate = (id: string) => `record ${id} appears more than once`;

/**
 * A record whose parent is not among the records a tree index is built from.
 * @category Errors
 */
export const treeMissingParent = (id: string, parentId: string) => `record ${id} names a parent ${parentId} that is not in the tree`;

/**
 * Records whose parents form a cycle instead of a tree.
 * @category Errors
 */
export const treeCycle = (id: string) => `The records form a cycle through record ${id}`;

/**
 * A move in a move history that does not match the tree it is replayed on.
 * @category Errors
 */
export const moveOutOfOrder = (id: string, at: string, expected: string, found: string) =>
  `The move of record ${id} at ${at} went to parent ${expected}, but the tree being replayed has it under ${found}`;

/**
 * An amount that is not a two-place decimal.
 * @category Errors
 */
export const notAnAmount = (value: string) => `"${value}" is not an amount with at most two decimal places`;

// ---- the branch hierarchy and the status catalog ----
/**
 * A level whose parent level is not in the hierarchy.
 * @category Errors
 */
export const missingParentLevel = (id: string, parentId: string) => `branch ${id} names a parent level ${parentId} that does not exist`;

/**
 * Levels that form a cycle instead of a tree.
 * @category Errors
 */
export const hierarchyCycle = (id: string) => `The branch hierarchy has a cycle through level ${id}`;

/**
 * A status code listed twice in a catalog.
 * @category Errors
 */
export const statusRepeated = (code: string) => `"${code}" appears twice`;

/**
 * An initial status the catalog does not list.
 * @category Errors
 */
export const notInCatalog = (code: string) => `"${code}" is not in the catalog`;

// ---- store queries and writes ----
/**
 * A `where` field that has no index.
 * @category Errors
 */
export const notAnIndexedField = (entity: string) => `is not an indexed field of ${entity} records`;

/**
 * A page size out of range.
 * @category Errors
 */
export const pageSize = (maximum: number) => `must be a whole number from 1 to ${maximum}`;

/**
 * A string PostgreSQL's text and jsonb cannot hold, refused by every store alike.
 * @category Errors
 */
export const unstorableText = 'must not contain the NUL character or an unpaired UTF-16 surrogate';

/**
 * A batch member's error, naming its place in the batch.
 * @category Errors
 */
export const inBatch = (message: string, index: number) => `${message} (record ${index} of the batch)`;

/**
 * A record named twice in one `updateMany`.
 * @category Errors
 */
export const repeatedInBatch = (id: string) => `record ${id} appears more than once in the batch`;

/**
 * A store used after `dispose()`.
 * @category Errors
 */
export const storeDisposed = (store: string) => `The ${store} store was disposed`;

/**
 * A write attempted by work run as read-only.
 * @category Errors
 */
export const readOnlyWrite = (operation: string) => `${operation} cannot write inside a read-only transaction`;

/**
 * Concurrent moves kept changing the customer tree while a write tried to lock it.
 * @category Errors
 */
export const treeKeptChanging = (operation: string) => `The store failed during ${operation}: the customer tree kept changing`;

// ---- the dataset check (`check`, `staffcore check`) ----
/**
 * Where a record is in its input, for a finding that points at another record.
 * @category Errors
 */
export const checkAt = (position: number, byLine: boolean) => (byLine ? `on line ${position}` : `at record ${position}`);

/**
 * A field of a checked record is not valid: the field's path, then its issue (`name must not be blank`).
 * @category Errors
 */
export const checkField = (field: string, issue: string) => `${field === '' ? 'the record' : field} ${issue}`;

/**
 * A checked record has a field the Customer schema does not.
 * @category Errors
 */
export const checkUnknownField = (field: string) => `${field} is not a field of a customer record`;

/**
 * A checked record has a custom value of a field the declaration does not have (kept by staffcore
 * when stored, as a retired field's value is, but not checked).
 * @category Errors
 */
export const checkUndeclaredCustomField = (field: string, entity: string) =>
  `custom.${field} is not a declared custom field of ${entity}`;

/**
 * A checked record's status is not in the catalog.
 * @category Errors
 */
export const checkUnknownStatus = (code: string) => `status "${code}" is not in the status catalog`;

/**
 * A checked record repeats an id.
 * @category Errors
 */
export const checkDuplicateId = (id: string, first: string) => `id ${id} appears more than once (first ${first})`;

/**
 * A checked department's parent is not in the export.
 * @category Errors
 */
export const checkMissingParent = (id: string, parentId: string) => `customer ${id} names parent ${parentId}, which is not in the export`;

/**
 * A checked record's parents lead back to it.
 * @category Errors
 */
export const checkCycle = (id: string) => `following the parents of customer ${id} leads back to it (a cycle)`;

/**
 * A department that is not deleted sits under a deleted record.
 * @category Errors
 */
export const checkUnderDeleted = (id: string, parentId: string, code: string) =>
  `customer ${id} is not deleted, but its parent ${parentId} has the deleted status ${code}`;

/**
 * A customer has worksites and no default worksite.
 * @category Errors
 */
export const checkNoDefaultWorksite = (id: string) => `customer ${id} has worksites but no default worksite`;

/**
 * An active customer has no billing address.
 * @category Errors
 */
export const checkActiveWithoutBilling = (id: string, code: string) => `customer ${id} is active (status ${code}) and has no billing address`;

/**
 * Two records of a branch (roots, or departments of one parent) have the same folded name.
 * @category Errors
 */
export const checkDuplicateName = (name: string, key: string, first: string) =>
  `"${name}" looks like a duplicate: same folded name "${key}" as the customer ${first}, in the same branch and under the same parent`;

/**
 * An open order or an active assignment on a customer whose effective status forbids it.
 * @category Errors
 */
export const checkBlocked = (kind: 'order' | 'assignment', id: string, customerId: string, code: string, name: string, inherited: boolean) =>
  `${kind === 'order' ? 'open order' : 'active assignment'} ${id} is on customer ${customerId}, ${inherited ? 'under a record' : 'which is'} in status ${code} (${name}), allowing no ${kind === 'order' ? 'orders' : 'assignments'}`;

// ---- store setup ----
/**
 * A PostgreSQL client that is not one.
 * @category Errors
 */
export const notAPostgresClient = 'must be a pg Pool or Client, or a PGlite instance';

/**
 * A PostgreSQL schema name staffcore does not accept.
 * @category Errors
 */
export const notASchemaName = 'must be 1–63 lower-case letters, digits or "_", not starting with a digit';

/**
 * What `options.actions` must be, for {@link expected}.
 * @category Errors
 */
export const actionGroupsKind = 'action groups such as { customers, orders } or allActions';

/**
 * What a group of `options.actions` must be, for {@link expected}.
 * @category Errors
 */
export const actionGroupKind = (group: string) => `the ${group} group of staffcore's actions, given under its own name`;

/**
 * What `options.store` must be, for {@link expected}.
 * @category Errors
 */
export const storeKind = 'a store such as memoryStore()';

/**
 * What `options.clock.now` must be, for {@link expected}.
 * @category Errors
 */
export const clockNowKind = 'a function returning a Date';

/**
 * What a host callback such as `options.addressStandardizer.standardize` must be, for {@link expected}.
 * @category Errors
 */
export const aFunction = 'a function';

/**
 * What `options.integrations` must be, for {@link expected}.
 * @category Errors
 */
export const integrationsKind = 'an object such as { timeClock: true, twitter: true }';

/**
 * What the work given to `transaction` must be, for {@link expected}.
 * @category Errors
 */
export const transactionWorkKind = 'a function of the transaction’s actions';

/**
 * A PostgreSQL schema that `migrate` has not brought up to date.
 * @category Errors
 */
export const schemaOutdated = (schema: string, version: number, required: number) =>
  `The PostgreSQL schema "${schema}" is at version ${version}, and this staffcore needs version ${required}: run migrate(client, { schema: '${schema}' }) first`;

/**
 * A schema named twice in one `migrateAll`.
 * @category Errors
 */
export const schemaRepeated = (schema: string) => `schema "${schema}" appears more than once in the list`;

/**
 * Some schemas of a `migrateAll` failed to migrate; the others were migrated, each in its own transaction.
 * @category Errors
 */
export const schemasNotMigrated = (failed: readonly string[], migrated: number) =>
  `${failed.length} ${failed.length === 1 ? 'schema' : 'schemas'} failed to migrate and ${failed.length === 1 ? 'was' : 'were'} left as ${failed.length === 1 ? 'it was' : 'they were'} ` +
  `(${failed.map((schema) => `"${schema}"`).join(', ')}); ${migrated} ${migrated === 1 ? 'was' : 'were'} migrated: details.migrated and details.failed say which`;

/**
 * An action needs an integration the organization has not set up.
 * @category Errors
 */
export const integrationMissing = (integration: string) => `The organization has no ${integration} integration`;

/**
 * The time-clock integration as messages name it.
 * @category Errors
 */
export const timeClockIntegration = 'time-clock';

/**
 * The Twitter/X integration as messages name it.
 * @category Errors
 */
export const twitterIntegration = 'Twitter/X';

/**
 * A post needs a handle on the record.
 * @category Errors
 */
export const handleMissing = (id: string, network: string) => `Customer ${id} has no ${network} handle`;

/**
 * A deleted record refuses an addition; `what` says which.
 * @category Errors
 */
export const recordDeleted = (id: string, what: string) => `Customer ${id} is deleted; ${what}`;

/**
 * What a deleted record refuses, whatever the action: nothing new under it or of it, no change of what it holds.
 * @category Errors
 */
export const deletedHoldsNothingNew = 'it takes no new work, and nothing it holds can change except to correct it';

/**
 * A unique index refused a write a concurrent transaction had made first.
 * @category Errors
 */
export const uniqueTaken = (operation: string) => `${operation} would repeat what another transaction has just written; try again`;

/**
 * A lock or statement timeout ran out.
 * @category Errors
 */
export const busy = (operation: string, what: 'lock' | 'statement') =>
  what === 'lock'
    ? `The store could not lock what ${operation} needs within its lock timeout: another transaction holds it. Nothing was written; try again`
    : `The store's statement timeout ran out during ${operation}. Nothing was written; try again`;

/**
 * A record deleted as a duplicate (merged into another, or marked so) cannot come back through a status change.
 * @category Errors
 */
export const mergedDuplicate = (id: string, intoId: string) =>
  `Customer ${id} is deleted as a duplicate of customer ${intoId}; its records belong there, so a status change cannot restore it`;

/**
 * A merge names the same record twice.
 * @category Errors
 */
export const mergeIntoItself = 'must name another record than `from`';

/**
 * A hotlist already holds the record.
 * @category Errors
 */
export const alreadyOnHotlist = (customerId: string, hotlistId: string) => `Customer ${customerId} is already on hotlist ${hotlistId}`;

/**
 * A completed task completed again.
 * @category Errors
 */
export const taskAlreadyCompleted = (id: string) => `Task ${id} is already completed`;

/**
 * A deactivated contact deactivated again.
 * @category Errors
 */
export const contactAlreadyInactive = (id: string) => `Contact ${id} is already inactive`;

/**
 * A time clock already assigned to the record.
 * @category Errors
 */
export const deviceAlreadyAssigned = (deviceId: string, customerId: string) => `Time clock ${deviceId} is already assigned to customer ${customerId}`;

// ---- reports ----
/**
 * A report name that is not registered.
 * @category Errors
 */
export const unknownReport = (name: string) => `there is no report named "${name}"`;

/**
 * A report definition that is not one.
 * @category Errors
 */
export const notAReport = 'must be a report made with defineReport: a name of letters, digits, ".", "-" or "_", a zod params schema, columns, a run function and, if any, a customColumns function';

/**
 * Two reports with one name.
 * @category Errors
 */
export const duplicateReport = (name: string) => `a report named "${name}" is registered already`;

/**
 * A report reading the change feed, which spans every branch.
 * @category Errors
 */
export const reportReadsFeed = 'A report cannot read the change feed: it spans every branch. Read it with changes.since.';

/**
 * What `options.reports` must be, for {@link expected}.
 * @category Errors
 */
export const reportsKind = 'an array of reports made with defineReport';

/**
 * A report's row sink that is not a function.
 * @category Errors
 */
export const rowSinkNotAFunction = 'must be a function that takes each row in turn';

/**
 * A report's text sink that is not a function.
 * @category Errors
 */
export const textSinkNotAFunction = 'must be a function that takes each chunk of text in turn';

/**
 * A report period whose end is before its start.
 * @category Errors
 */
export const toBeforeFrom = 'must not be before from';

// ---- business rules of the actions ----
/**
 * A payment above what is left to pay on the invoice.
 * @category Errors
 */
export const paymentAboveBalance = (amount: string, invoiceId: string, balance: string) =>
  `The payment of ${amount} is more than invoice ${invoiceId}'s balance of ${balance}`;

/**
 * A payment dated before its invoice.
 * @category Errors
 */
export const paymentBeforeInvoice = (invoiceDate: string) => `The payment is dated before the invoice (${invoiceDate})`;

/**
 * An end date before the start date of the same input.
 * @category Errors
 */
export const endBeforeStart = 'The end date is before the start date';

/**
 * An assignment's end date before the start it already has.
 * @category Errors
 */
export const endBeforeAssignmentStart = (startDate: string) => `The end date is before the assignment's start (${startDate})`;

/**
 * An order's worksite that belongs to neither the record nor its ancestors.
 * @category Errors
 */
export const worksiteOutsidePath = (worksiteId: string, customerId: string) =>
  `Worksite ${worksiteId} belongs to customer ${customerId}, not to this record or its ancestors`;

/**
 * An order closed while assignments on it are still active.
 * @category Errors
 */
export const orderHasActiveAssignments = (orderId: string, active: number) =>
  `Order ${orderId} has ${active} active assignment${active === 1 ? '' : 's'}; end ${active === 1 ? 'it' : 'them'} before closing the order`;

/**
 * An order closed again.
 * @category Errors
 */
export const orderAlreadyClosed = (id: string) => `Order ${id} is already closed`;

/**
 * An order that is not open takes no assignment.
 * @category Errors
 */
export const orderNotOpen = (id: string, state: string) => `Order ${id} is ${state}; it takes no new assignments`;

/**
 * An employee assigned twice to one order.
 * @category Errors
 */
export const alreadyOnOrder = (employeeId: string, orderId: string) => `Employee ${employeeId} is already on order ${orderId}`;

/**
 * A bar added where the employee is already barred.
 * @category Errors
 */
export const alreadyBarred = (employeeId: string, customerId: string) => `Employee ${employeeId} is already barred from customer ${customerId}`;

/**
 * A lifted bar lifted again.
 * @category Errors
 */
export const barAlreadyLifted = (id: string) => `Bar ${id} was already lifted`;

/**
 * An ended assignment ended again.
 * @category Errors
 */
export const assignmentAlreadyEnded = (id: string) => `Assignment ${id} has already ended`;

/**
 * A credit limit set on a department instead of its root.
 * @category Errors
 */
export const creditLimitOnDepartment = (id: string) => `Customer ${id} is a department; set the credit limit on its root customer`;

/**
 * A new order refused by the root customer's credit; `reasons` are the check's blocking reasons.
 * @category Errors
 */
export const creditBlocksOrder = (rootId: string, reasons: readonly string[]) =>
  `Customer ${rootId}'s credit blocks a new order: ${reasons.join('; ')}`;

/**
 * A new order's warning when the actor overrode the credit block; `reasons` are the check's blocking reasons.
 * @category Errors
 */
export const creditBlockOverridden = (actorId: string, reasons: readonly string[]) => `Credit block overridden by ${actorId}: ${reasons.join('; ')}`;

/**
 * The exposure a credit reason speaks of, with its parts.
 * @category Errors
 */
export const creditExposure = (exposure: string, receivables: string, openOrders: string, orderAmount: string) =>
  `exposure ${exposure} (open receivables ${receivables} + open orders ${openOrders} + this order ${orderAmount})`;

/**
 * Credit reason `NO_LIMIT`: the root customer has no limit.
 * @category Errors
 */
export const creditNoLimit = 'No credit limit is set for this customer';

/**
 * Credit reason `OVER_LIMIT`; `exposure` is a {@link creditExposure}.
 * @category Errors
 */
export const creditOverLimit = (exposure: string, limit: string) => `The ${exposure} is over the credit limit of ${limit}`;

/**
 * Credit reason `NEAR_LIMIT`; `exposure` is a {@link creditExposure}, `warnAt` the threshold.
 * @category Errors
 */
export const creditNearLimit = (exposure: string, warnAtPercent: number, limit: string, warnAt: string | null) =>
  `The ${exposure} is at or above ${warnAtPercent}% of the credit limit of ${limit} (${warnAt})`;

/**
 * Credit reason `WITHIN_LIMIT`; `exposure` is a {@link creditExposure}.
 * @category Errors
 */
export const creditWithinLimit = (exposure: string, limit: string) => `The ${exposure} is within the credit limit of ${limit}`;

/**
 * Credit reason `LONG_OVERDUE`: the oldest invoice is past due longer than the policy allows.
 * @category Errors
 */
export const creditLongOverdue = (invoiceId: string | null, days: number, allowed: number, overdueInvoices: number, overdueAmount: string) =>
  `Invoice ${invoiceId} is ${days} days past due, more than the ${allowed} days allowed (${overdueInvoices} overdue, ${overdueAmount} in all)`;

/**
 * Credit reason `OVERDUE`: invoices past due, the oldest named.
 * @category Errors
 */
export const creditOverdue = (overdueInvoices: number, overdueAmount: string, oldestId: string | null, days: number) =>
  `${overdueInvoices} invoice${overdueInvoices === 1 ? ' is' : 's are'} overdue, ${overdueAmount} in all; the oldest, ${oldestId}, by ${days} days`;

/**
 * Where a bar applies, for {@link employeeBarred}: the record itself, or an ancestor's whole tree.
 * @category Errors
 */
export const barredWhere = (customerId: string | null) => (customerId === null ? 'this customer' : `customer ${customerId} and its whole tree`);

/**
 * An employee barred from the record or, by a tree-wide bar, from an ancestor's tree.
 * @category Errors
 */
export const employeeBarred = (employeeId: string, where: string, reason: string) => `Employee ${employeeId} is barred from ${where}: ${reason}`;

/**
 * An invoice line naming an assignment of another customer.
 * @category Errors
 */
export const notAssignmentOfCustomer = (customerId: string) => `must be an assignment of customer ${customerId}`;

/**
 * A rate or amount below zero.
 * @category Errors
 */
export const notNegative = 'must not be negative';

/**
 * A mass rate update that changes neither rate.
 * @category Errors
 */
export const rateChangeMissing = 'give a change to the pay rate, the bill rate or both';

/**
 * A mass rate update that keeps the markup and also changes the bill rate.
 * @category Errors
 */
export const keepMarkupWithBill = 'moves the bill rate with a pay change: give `pay` and leave out `bill`';

/**
 * A rate change that would take a rate below zero.
 * @category Errors
 */
export const rateBelowZero = (id: string, field: string, value: string) => `The change would take assignment ${id}'s ${field} rate below zero (${value})`;

// ---- the gross-profit calculator and the bill-rate solver ----
/**
 * A decimal field of the calculator that is not a plain decimal.
 * @category Errors
 */
export const notADecimal = 'must be a decimal such as "12.50"';

/**
 * A tax of the calculator given as something other than an object.
 * @category Errors
 */
export const taxNotAnObject = 'must be an object such as { rate: "6.2" }';

/**
 * An additional burden that is neither a percent of pay nor an amount per hour (or both).
 * @category Errors
 */
export const burdenEitherOr = 'must be either { percentOfPay } or { perHour }';

/**
 * A number of weeks out of range.
 * @category Errors
 */
export const weeksOutOfRange = 'must be a whole number of weeks from 1 to 520';

/**
 * A start date left out while a tax has a wage base.
 * @category Errors
 */
export const startDateForWageBase = 'is required when a tax has a wage base (the caps apply per calendar year)';

/**
 * Both targets of the bill-rate solver, or neither.
 * @category Errors
 */
export const exactlyOneTarget = 'give exactly one of targetGpPercent and targetMarkupPercent';

/**
 * A GP target the VMS fee makes unreachable.
 * @category Errors
 */
export const targetUnreachable = 'cannot be reached: with the VMS fee it leaves nothing of the billing for the wages';

/**
 * A GP target without billable hours.
 * @category Errors
 */
export const noBillableHours = 'must give billable hours to reach a GP target';

/**
 * What an object field of the calculator must be, for {@link expected}.
 * @category Errors
 */
export const anObject = 'an object';

/**
 * What a flag of the calculator must be, for {@link expected}.
 * @category Errors
 */
export const trueOrFalse = 'true or false';

/**
 * The format of a calendar date, for {@link badFormat}.
 * @category Errors
 */
export const calendarDateFormat = 'calendar date (YYYY-MM-DD)';

/**
 * Why the calculator's GP % is `null`: a zero bill rate, or no billed hours.
 * @category Errors
 */
export const gpPercentUndefined = (billRateZero: boolean) => `${billRateZero ? 'the bill rate is zero' : 'no hours are billed'}: GP % of billing is not defined`;

/**
 * Why the calculator's markup is `null`: a zero pay rate.
 * @category Errors
 */
export const markupPercentUndefined = 'the pay rate is zero: markup over pay is not defined';

/**
 * A pay and bill rate pair as the multiplier-code warnings name it.
 * @category Errors
 */
export const ratePair = (pay: string, bill: string) => `Pay ${pay} and bill ${bill}`;

/**
 * A rate pair (a {@link ratePair}) under the minimum GP % of a record's multiplier codes; `gp` is `null` when the pair gives none.
 * @category Errors
 */
export const underMinimumGp = (pair: string, gp: string | null, minimum: string, source: string) =>
  `${pair} give a GP of ${gp === null ? 'nothing' : `${gp} %`}, under the minimum ${minimum} % of ${source}'s multiplier codes`;

/**
 * A rate pair (a {@link ratePair}) under the minimum markup of a record's multiplier codes.
 * @category Errors
 */
export const underMinimumMarkup = (pair: string, markup: string, minimum: string, source: string) =>
  `${pair} give a markup of ${markup} %, under the minimum ${minimum} % of ${source}'s multiplier codes`;

// ---- failures inside the library or the store ----
/**
 * The host's clock returned something other than a valid `Date`.
 * @category Errors
 */
export const clockNotADate = (action: string) => `${unexpected(action)}: the clock did not return a valid Date`;

/**
 * The audit counter row of the PostgreSQL schema is missing.
 * @category Errors
 */
export const auditCounterMissing = 'The store failed during audit.append: the audit_counter row is missing (run migrate() on a fresh schema)';

/**
 * A query on a transaction that has already ended.
 * @category Errors
 */
export const transactionEnded = (operation: string) => `${storeFailed(operation)}: the transaction has already ended`;

/**
 * A pool whose `connect()` did not lend a usable connection.
 * @category Errors
 */
export const poolConnectBroken = "The store failed during connect: the pool's connect() did not return a connection with query() and release()";

/**
 * A cycle found while a move history is replayed.
 * @category Errors
 */
export const replayCycle = (id: string, day: string) => `${treeCycle(id)} (replaying the move history to ${day})`;

// ---- the record schemas (`Customer`, `AddCustomerInput`, …) ----
/**
 * A value that is not an id's characters.
 * @category Errors
 */
export const idCharacters = 'must be 1–64 letters, digits, "_" or "-"';

/**
 * A phone number in another shape.
 * @category Errors
 */
export const phoneFormat = 'must be a phone number such as "+1 612 555 0100"';

/**
 * A phone number with too few digits.
 * @category Errors
 */
export const phoneDigits = 'must hold at least 7 digits';

/**
 * A country that is not a two-letter code.
 * @category Errors
 */
export const countryCode = 'must be an ISO 3166 two-letter country code';

/**
 * A worker-comp class code in another shape.
 * @category Errors
 */
export const workerCompCode = 'must be a worker-comp class code such as "8810"';

/**
 * A status code in another shape.
 * @category Errors
 */
export const statusCodeFormat = 'must be an upper-case status code such as "P"';

/**
 * An amount of zero or less where only more will do.
 * @category Errors
 */
export const positiveAmount = 'must be more than 0.00';

/**
 * A kind of record in another shape.
 * @category Errors
 */
export const entityName = 'must be a kind of record such as "customers"';

/**
 * A time zone this runtime does not know.
 * @category Errors
 */
export const timeZone = 'must be an IANA time zone such as "America/Chicago"';

/**
 * A percent in another shape.
 * @category Errors
 */
export const percentFormat = 'must be a percent such as "3" or "2.5"';

/**
 * A decimal field given an infinite or NaN number; `what` names the kind of value (`amount`, `rate`).
 * @category Errors
 */
export const decimalNotFinite = (what: string) => `${what} must be a finite decimal`;

/**
 * A decimal field given something else; `what` names the kind of value.
 * @category Errors
 */
export const decimalFormat = (what: string) => `${what} must be a decimal such as "12.50"`;

/**
 * A decimal field that may not be negative given a negative value; `what` names the kind of value.
 * @category Errors
 */
export const decimalNegative = (what: string) => `${what} must not be negative`;

/**
 * A decimal with more places than its kind holds; `what` names the kind of value.
 * @category Errors
 */
export const decimalPlaces = (what: string, maxScale: number) => `${what} has more than ${maxScale} decimal places`;

/**
 * `postgresStore({ hostTransaction: true })` given a pool rather than the host's connection.
 * @category Errors
 */
export const hostTransactionNeedsConnection =
  'must be the one connection the host began its transaction on (a client checked out of the pool, or PGlite’s transaction), not a pool';

/**
 * An action called on a transaction's `tx` after the transaction ended.
 * @category Errors
 */
export const calledAfterTransaction = (action: string) => `${action} was called after its transaction ended`;

// ---- custom fields ----
/**
 * A custom field name that is not a letter followed by letters, digits or `_` (at most 64 characters).
 * @category Errors
 */
export const customFieldName = 'must be a letter followed by letters, digits or _, at most 64 characters';

/**
 * A custom value or filter for a field the instance does not declare.
 * @category Errors
 */
export const undeclaredCustomField = 'is not a declared custom field';

/**
 * A custom field declared with a name a built-in field of the record has.
 * @category Errors
 */
export const customFieldCollides = (entity: string) => `is a built-in field of ${entity}: choose another name`;

/**
 * A custom field declared with a schema staffcore cannot store.
 * @category Errors
 */
export const unsupportedCustomFieldType = (found: string) =>
  `must be a zod string, number, boolean, enum or literal (optionally .optional(), .nullable() or .default()), not ${found}`;

/**
 * A `customFields` option that was not made by `defineCustomFields`.
 * @category Errors
 */
export const customFieldSetKind = 'made with defineCustomFields({ customers: { … } })';

/**
 * A custom-field declaration that is not an object of fields.
 * @category Errors
 */
export const customFieldsKind = 'an object of zod schemas (or a zod object) by field name';

/**
 * A custom value longer than staffcore stores.
 * @category Errors
 */
export const customValueTooLong = (limit: number) => `must be at most ${limit.toLocaleString('en-US')} characters`;

/**
 * A record's custom values that take too much room together.
 * @category Errors
 */
export const customValuesTooLarge = (limit: number) => `must take at most ${limit.toLocaleString('en-US')} characters as JSON together`;

/**
 * A custom value that clears a field which may not be empty.
 * @category Errors
 */
export const customFieldNotClearable = 'is required and cannot be cleared';

/**
 * A range filter on a custom field that is not a number or string field.
 * @category Errors
 */
export const customRangeKind = 'can be searched by range only on a number or string field';

/**
 * A stored custom value of a field the declaration no longer has (`customFields.verify`).
 * @category Errors
 */
export const retiredCustomField = 'is stored but no longer declared; it is kept and can be declared again';
