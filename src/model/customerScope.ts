import * as z from 'zod';

/**
 * Which records a list reads for one customer record: `account` the record alone, `subtree` the
 * record and its departments below it, `master` the whole tree the record belongs to, from its root.
 */
export const CustomerScope = z.enum(['account', 'subtree', 'master']);
/** Which records a list reads for one customer record. */
export type CustomerScope = z.infer<typeof CustomerScope>;
