import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';

/**
 * Which records a list reads for one customer record: `account` the record alone, `subtree` the
 * record and its departments below it, `master` the whole tree the record belongs to, from its root.
 * @category Records
 */
export const CustomerScope = z.enum(['account', 'subtree', 'master'], worded);
/**
 * Which records a list reads for one customer record.
 * @category Records
 */
export type CustomerScope = z.infer<typeof CustomerScope>;
