/**
 * Every message text staffcore's errors carry, in one place and one style: a sentence about the
 * field or the record, without the field's path (the error's message puts `what: path:` in front).
 * Functions take the variable parts. Tests and hosts compare against these texts.
 */
export const messages = {
  // ---- field issues (zod's own wording is replaced by these) ----
  /** A required field is missing. */
  required: 'is required',
  /** A field has the wrong type. */
  expected: (what: string) => `must be ${what}`,
  /** A field the input does not have. */
  unknownField: 'is not a field of this input',
  /** A value outside a fixed list. */
  oneOf: (values: readonly string[]) => `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  /** A string that is too short. */
  tooShort: (minimum: number | bigint) => (Number(minimum) === 1 ? 'must not be blank' : `must be at least ${minimum} characters`),
  /** A string that is too long. */
  tooLong: (maximum: number | bigint) => `must be at most ${maximum} characters`,
  /** A list that is too short. */
  tooFewItems: (minimum: number | bigint) => `must hold at least ${minimum} items`,
  /** A list that is too long. */
  tooManyItems: (maximum: number | bigint) => `must hold at most ${maximum} items`,
  /** A number below its minimum. */
  tooSmall: (minimum: number | bigint, inclusive: boolean) => `must be ${inclusive ? 'at least' : 'greater than'} ${minimum}`,
  /** A number above its maximum. */
  tooBig: (maximum: number | bigint, inclusive: boolean) => `must be ${inclusive ? 'at most' : 'less than'} ${maximum}`,
  /** A string that does not have the required format. */
  badFormat: (format: string) => `must be a valid ${format}`,
  /** A value that is not valid for another reason. */
  invalid: 'is not valid',
  /** A role given as something other than a role object (a role's name, say). */
  notARole: 'must be a role object such as standardRoles.salesRep, or { name, permissions }',
  /** An id that is not an id. */
  notAnId: 'must be a record id (1–64 letters, digits, "_" or "-")',
  /** A cursor the store did not hand out. */
  notACursor: 'must be a cursor returned by an earlier page',
  /** A name of punctuation, spaces or combining marks alone (after normal form C and trimming). */
  nameWithoutLetterOrDigit: 'must contain a letter or a digit',

  // ---- records and actions ----
  /** A record does not exist, or lies outside the actor's scope. */
  notFound: (entity: string, id: string) => `${entity} ${id} was not found`,
  /** A write was based on a stale version. */
  conflict: (entity: string, id: string) =>
    `${entity} ${id} was changed by someone else since it was read; reload it and try again`,
  /** A mass update's commit selects an assignment its preview did not show. */
  notInPreview: (id: string) => `assignment ${id} is selected now but was not in the preview; preview again and commit what it shows`,
  /** The actor's roles lack a permission. */
  forbidden: (permission: string) => `The actor's roles do not grant the permission "${permission}"`,
  /** The actor's own level is missing from the hierarchy. */
  actorOutsideHierarchy: (branchId: string, empty: boolean) =>
    empty
      ? `The actor's hierarchy level ${branchId} is not in the hierarchy: the store has no hierarchy yet; call bootstrapHierarchy(store, { name }) once to create its top level, then add levels below it`
      : `The actor's hierarchy level ${branchId} is not in the hierarchy; give the actor the id of a level it holds (see hierarchy.list)`,
  /** A branch requires standardized addresses and no standardizer is plugged in. */
  standardizationRequired: (branch: string) =>
    `Branch ${branch} requires a standardized address, and no address standardizer is configured`,
  /** A branch requires standardized addresses and the standardizer could not standardize one. */
  standardizationFailed: (branch: string, reason: string) =>
    `Branch ${branch} requires a standardized address, and the address could not be standardized: ${reason}`,
  /** The host's standardizer threw instead of answering. */
  standardizerFailed: (name: string) => `The address standardizer "${name}" failed`,
  /** A change to a deletion status came without a reason. */
  deletionNeedsReason: 'A change to a deleted status needs a reason',
  /** `duplicateOfId` given with a status that is not a deletion. */
  duplicateOnlyOnDeletion: 'only a deletion status names a duplicate',
  /** A record named as duplicating itself or a record deleted with it. */
  duplicateOfItself: 'a record cannot duplicate itself or a record being deleted with it',
  /** A status code is not in the catalog. */
  unknownStatus: (code: string) => `Unknown status "${code}"`,
  /** A branch id is not in the hierarchy. */
  unknownBranch: (id: string) => `Branch ${id} is not in the hierarchy`,
  /** A branch lies outside the actor's level. */
  branchOutOfScope: (id: string) => `Branch ${id} is outside the actor's hierarchy level`,
  /** A cascade reaches a record outside the actor's level. */
  cascadeOutOfScope: (id: string) => `The cascade reaches customer ${id}, outside the actor's hierarchy level`,
  /** A new hierarchy level needs a parent within the actor's level. */
  levelNeedsParent: "A new level must sit below a level within the actor's hierarchy level",
  /** The root level of the hierarchy has no parent. */
  rootLevelHasNoParent: 'the root level has no parent',
  /** The hierarchy already has its root level. */
  hierarchyExists: 'The hierarchy already has levels; add more with hierarchy.addLevel',
  /** A status change to the status the record already has. */
  statusUnchanged: (code: string) => `The record already has status ${code}`,
  /** No department can be added under a deleted record. */
  parentDeleted: (id: string) => `Customer ${id} is deleted; no department can be added under it`,
  /** A move under a deleted record. */
  moveUnderDeleted: (id: string) => `Customer ${id} is deleted; nothing can move under it`,
  /** Why a record cannot be the new parent of a move (\`customers.moveTargets\`). */
  notAMoveTarget: {
    itself: 'the record itself',
    descendant: "one of the record's own departments",
    deleted: 'deleted (a deletion status)',
    outOfScope: 'outside your level of the hierarchy',
  },
  /** Where a value pushed down to a department came from. */
  appliedFromParent: (id: string) => `applied from customer ${id}`,
  /** A copy of a contact address that is not there. */
  noContactAddress: 'the record has no contact address to copy',
  /** A row of a bulk import was refused. */
  rowRefused: (row: number, reason: string) => `Row ${row} of the import was refused: ${reason}`,
  /** A worksite named for a customer belongs to another. */
  worksiteNotOfCustomer: (worksiteId: string, customerId: string) =>
    `Worksite ${worksiteId} does not belong to customer ${customerId}`,
  /** An entity the audit trail does not know. */
  unknownEntity: (entity: string, known: readonly string[]) => `"${entity}" is not a kind of record staffcore keeps; use one of ${known.join(', ')}`,
  /** A subtree or master view asked of a record that is not a customer. */
  scopeOnlyForCustomers: 'only a customer record has a subtree or a master view',
  /** A clock that does not tell the time. */
  notAnInstant: (value: string) => `"${value}" is not an ISO 8601 instant`,
  /** A host callback or an unexpected failure inside an action. */
  unexpected: (action: string) => `The action ${action} failed unexpectedly`,
  /** `postgresStore({ hostTransaction: true })` given a pool rather than the host's connection. */
  hostTransactionNeedsConnection: 'must be the one connection the host began its transaction on (a client checked out of the pool, or PGlite’s transaction), not a pool',
  /** An action called on a transaction's `tx` after the transaction ended. */
  transactionEnded: (action: string) => `${action} was called after its transaction ended; call the instance's actions, or run a new transaction`,
  /** The storage backend failed. */
  storeFailed: (operation: string) => `The store failed during ${operation}`,

  // ---- the customer tree ----
  /** A customer's parent that does not exist. */
  missingParent: (parentId: string) => `parent customer ${parentId} does not exist`,
  /** A customer made its own parent. */
  ownParent: (id: string) => `Customer ${id} cannot be its own parent`,
  /** A customer moved under one of its descendants. */
  underOwnDescendant: (id: string, parentId: string) => `Customer ${id} cannot move under its own descendant ${parentId}`,
  /** A record listed twice when a tree index is built. */
  treeDuplicate: (id: string) => `record ${id} appears more than once`,
  /** A record whose parent is not among the records a tree index is built from. */
  treeMissingParent: (id: string, parentId: string) => `record ${id} names a parent ${parentId} that is not in the tree`,
  /** Records whose parents form a cycle instead of a tree. */
  treeCycle: (id: string) => `The records form a cycle through record ${id}`,
  /** A move in a move history that does not match the tree it is replayed on. */
  moveOutOfOrder: (id: string, at: string, expected: string, found: string) =>
    `The move of record ${id} at ${at} went to parent ${expected}, but the tree being replayed has it under ${found}`,
  /** An amount that is not a two-place decimal. */
  notAnAmount: (value: string) => `"${value}" is not an amount with at most two decimal places`,

  // ---- the branch hierarchy and the status catalog ----
  /** A level whose parent level is not in the hierarchy. */
  missingParentLevel: (id: string, parentId: string) => `branch ${id} names a parent level ${parentId} that does not exist`,
  /** Levels that form a cycle instead of a tree. */
  hierarchyCycle: (id: string) => `The branch hierarchy has a cycle through level ${id}`,
  /** A status code listed twice in a catalog. */
  statusRepeated: (code: string) => `"${code}" appears twice`,
  /** An initial status the catalog does not list. */
  notInCatalog: (code: string) => `"${code}" is not in the catalog`,

  // ---- store queries and writes ----
  /** A `where` field that has no index. */
  notAnIndexedField: (entity: string) => `is not an indexed field of ${entity} records`,
  /** A page size out of range. */
  pageSize: (maximum: number) => `must be a whole number from 1 to ${maximum}`,
  /** A string PostgreSQL's text and jsonb cannot hold, refused by every store alike. */
  unstorableText: 'must not contain the NUL character or an unpaired UTF-16 surrogate',
  /** A batch member's error, naming its place in the batch. */
  inBatch: (message: string, index: number) => `${message} (record ${index} of the batch)`,
  /** A record named twice in one `updateMany`. */
  repeatedInBatch: (id: string) => `record ${id} appears more than once in the batch`,
  /** A store used after `dispose()`. */
  storeDisposed: (store: string) => `The ${store} store was disposed`,
  /** A write attempted by work run as read-only. */
  readOnlyWrite: (operation: string) => `${operation} cannot write inside a read-only transaction`,
  /** Concurrent moves kept changing the customer tree while a write tried to lock it. */
  treeKeptChanging: (operation: string) => `The store failed during ${operation}: the customer tree kept changing`,

  // ---- the dataset check (`check`, `staffcore check`) ----
  /** Where a record is in its input, for a finding that points at another record. */
  checkAt: (position: number, byLine: boolean) => (byLine ? `on line ${position}` : `at record ${position}`),
  /** A field of a checked record is not valid: the field's path, then its issue (`name must not be blank`). */
  checkField: (field: string, issue: string) => `${field === '' ? 'the record' : field} ${issue}`,
  /** A checked record has a field the Customer schema does not. */
  checkUnknownField: (field: string) => `${field} is not a field of a customer record`,
  /** A checked record's status is not in the catalog. */
  checkUnknownStatus: (code: string) => `status "${code}" is not in the status catalog`,
  /** A checked record repeats an id. */
  checkDuplicateId: (id: string, first: string) => `id ${id} appears more than once (first ${first})`,
  /** A checked department's parent is not in the export. */
  checkMissingParent: (id: string, parentId: string) => `customer ${id} names parent ${parentId}, which is not in the export`,
  /** A checked record's parents lead back to it. */
  checkCycle: (id: string) => `following the parents of customer ${id} leads back to it (a cycle)`,
  /** A department that is not deleted sits under a deleted record. */
  checkUnderDeleted: (id: string, parentId: string, code: string) =>
    `customer ${id} is not deleted, but its parent ${parentId} has the deleted status ${code}`,
  /** A customer has worksites and no default worksite. */
  checkNoDefaultWorksite: (id: string) => `customer ${id} has worksites but no default worksite`,
  /** An active customer has no billing address. */
  checkActiveWithoutBilling: (id: string, code: string) => `customer ${id} is active (status ${code}) and has no billing address`,
  /** Two records of a branch (roots, or departments of one parent) have the same folded name. */
  checkDuplicateName: (name: string, key: string, first: string) =>
    `"${name}" looks like a duplicate: same folded name "${key}" as the customer ${first}, in the same branch and under the same parent`,
  /** An open order or an active assignment on a customer whose effective status forbids it. */
  checkBlocked: (kind: 'order' | 'assignment', id: string, customerId: string, code: string, name: string, inherited: boolean) =>
    `${kind === 'order' ? 'open order' : 'active assignment'} ${id} is on customer ${customerId}, ${inherited ? 'under a record' : 'which is'} in status ${code} (${name}), allowing no ${kind === 'order' ? 'orders' : 'assignments'}`,

  // ---- store setup ----
  /** A PostgreSQL client that is not one. */
  notAPostgresClient: 'must be a pg Pool or Client, or a PGlite instance',
  /** A PostgreSQL schema name staffcore does not accept. */
  notASchemaName: 'must be 1–63 lower-case letters, digits or "_", not starting with a digit',
  /** A PostgreSQL schema that `migrate` has not brought up to date. */
  schemaOutdated: (schema: string, version: number, required: number) =>
    `The PostgreSQL schema "${schema}" is at version ${version}, and this staffcore needs version ${required}: run migrate(client, { schema: '${schema}' }) first`,
  /** An action needs an integration the organization has not set up. */
  integrationMissing: (integration: string) => `The organization has no ${integration} integration`,
  /** A post needs a handle on the record. */
  handleMissing: (id: string, network: string) => `Customer ${id} has no ${network} handle`,
  /** A deleted record refuses an addition; `what` says which. */
  recordDeleted: (id: string, what: string) => `Customer ${id} is deleted; ${what}`,
  /** What a deleted record refuses, whatever the action: nothing new under it or of it, no change of what it holds. */
  deletedHoldsNothingNew: 'it takes no new work, and nothing it holds can change except to correct it',
  /** A unique index refused a write a concurrent transaction had made first. */
  uniqueTaken: (operation: string) => `${operation} would repeat what another transaction has just written; try again`,
  /** A lock or statement timeout ran out. */
  busy: (operation: string, what: 'lock' | 'statement') =>
    what === 'lock'
      ? `The store could not lock what ${operation} needs within its lock timeout: another transaction holds it. Nothing was written; try again`
      : `The store's statement timeout ran out during ${operation}. Nothing was written; try again`,
  /** A record deleted as a duplicate (merged into another, or marked so) cannot come back through a status change. */
  mergedDuplicate: (id: string, intoId: string) =>
    `Customer ${id} is deleted as a duplicate of customer ${intoId}; its records belong there, so a status change cannot restore it`,
  /** A merge names the same record twice. */
  mergeIntoItself: 'must name another record than `from`',
  /** A hotlist already holds the record. */
  alreadyOnHotlist: (customerId: string, hotlistId: string) => `Customer ${customerId} is already on hotlist ${hotlistId}`,
  /** A completed task completed again. */
  taskAlreadyCompleted: (id: string) => `Task ${id} is already completed`,
  /** A deactivated contact deactivated again. */
  contactAlreadyInactive: (id: string) => `Contact ${id} is already inactive`,
  /** A time clock already assigned to the record. */
  deviceAlreadyAssigned: (deviceId: string, customerId: string) => `Time clock ${deviceId} is already assigned to customer ${customerId}`,

  // ---- reports ----
  /** A report name that is not registered. */
  unknownReport: (name: string) => `there is no report named "${name}"`,
  /** A report definition that is not one. */
  notAReport: 'must be a report made with defineReport: a name of letters, digits, ".", "-" or "_", a zod params schema, columns and a run function',
  /** Two reports with one name. */
  duplicateReport: (name: string) => `a report named "${name}" is registered already`,
  /** A report reading the change feed, which spans every branch. */
  reportReadsFeed: 'A report cannot read the change feed: it spans every branch. Read it with changes.since.',
} as const;
