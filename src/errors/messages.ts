/**
 * The message texts of staffcore's errors, as constants so tests and hosts can match them.
 * Functions take the variable parts.
 */
export const messages = {
  /** A record does not exist, or lies outside the actor's scope. */
  notFound: (entity: string, id: string) => `${entity} ${id} was not found`,
  /** A write was based on a stale version. */
  conflict: (entity: string, id: string) =>
    `${entity} ${id} was changed by someone else since it was read; reload it and try again`,
  /** The actor's roles lack a permission. */
  forbidden: (permission: string) => `The actor's roles do not grant the permission "${permission}"`,
  /** A branch requires standardized addresses and no standardizer is plugged in. */
  standardizationRequired: (branch: string) =>
    `Branch ${branch} requires a standardized address, and no address standardizer is configured`,
  /** A branch requires standardized addresses and the standardizer could not standardize one. */
  standardizationFailed: (branch: string, reason: string) =>
    `Branch ${branch} requires a standardized address, and the address could not be standardized: ${reason}`,
  /** A change to a deletion status came without a reason. */
  deletionNeedsReason: 'A change to a deleted status needs a reason',
  /** A status code is not in the catalog. */
  unknownStatus: (code: string) => `Unknown status "${code}"`,
  /** A branch id is not in the hierarchy. */
  unknownBranch: (id: string) => `Branch ${id} is not in the hierarchy`,
  /** A branch lies outside the actor's level. */
  branchOutOfScope: (id: string) => `Branch ${id} is outside the actor's hierarchy level`,
  /** A status change to the status the record already has. */
  statusUnchanged: (code: string) => `The record already has status ${code}`,
  /** A worksite named for a customer belongs to another. */
  worksiteNotOfCustomer: (worksiteId: string, customerId: string) =>
    `Worksite ${worksiteId} does not belong to customer ${customerId}`,
  /** The storage backend failed. */
  storeFailed: (operation: string) => `The store failed during ${operation}`,
} as const;
