/**
 * The message texts of staffcore's errors, as constants so tests and hosts can match them.
 * Functions take the variable parts.
 */
export const messages = {
  notFound: (entity: string, id: string) => `${entity} ${id} was not found`,
  conflict: (entity: string, id: string) =>
    `${entity} ${id} was changed by someone else since it was read; reload it and try again`,
  forbidden: (permission: string) => `The actor's roles do not grant the permission "${permission}"`,
  standardizationRequired: (branch: string) =>
    `Branch ${branch} requires a standardized address, and no address standardizer is configured`,
  standardizationFailed: (branch: string, reason: string) =>
    `Branch ${branch} requires a standardized address, and the address could not be standardized: ${reason}`,
  deletionNeedsReason: 'A change to a deleted status needs a reason',
  unknownStatus: (code: string) => `Unknown status "${code}"`,
  unknownBranch: (id: string) => `Branch ${id} is not in the hierarchy`,
  branchOutOfScope: (id: string) => `Branch ${id} is outside the actor's hierarchy level`,
  statusUnchanged: (code: string) => `The record already has status ${code}`,
  worksiteNotOfCustomer: (worksiteId: string, customerId: string) =>
    `Worksite ${worksiteId} does not belong to customer ${customerId}`,
  storeFailed: (operation: string) => `The store failed during ${operation}`,
} as const;
