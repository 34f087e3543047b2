import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { BranchId } from './ids.js';
import { Terms, WorkerCompCode } from './terms.js';

/**
 * What a level of the hierarchy sets up for the records below it. Unset values inherit from the parent level.
 * @category Records
 */
export const BranchSetup = z.strictObject({
  defaultWorkerCompCode: WorkerCompCode.nullable().default(null),
  defaultTerms: Terms.nullable().default(null),
  /** Addresses of records at or below this level must be standardized before saving; `null` inherits. */
  requireAddressStandardization: z.boolean(worded).nullable().default(null),
}, worded);
/**
 * What a level of the hierarchy sets up.
 * @category Records
 */
export type BranchSetup = z.infer<typeof BranchSetup>;

/**
 * A level of the branch hierarchy as a host creates it.
 * @category Records
 */
export const NewBranchInput = z.strictObject({
  name: z.string(worded).trim().min(1).max(120),
  parentId: BranchId.nullable().default(null),
  /** A label for the level's kind, e.g. `company`, `region`, `branch`. */
  kind: z.string(worded).trim().min(1).max(40).default('branch'),
  setup: BranchSetup.default({ defaultWorkerCompCode: null, defaultTerms: null, requireAddressStandardization: null }),
}, worded);
/**
 * A level of the branch hierarchy as a host creates it.
 * @category Records
 */
export type NewBranchInput = z.input<typeof NewBranchInput>;

/**
 * A level added below one within the actor's level (`hierarchy.addLevel`): its parent is required.
 * @category Records
 */
export const AddBranchLevelInput = NewBranchInput.extend({ parentId: BranchId });
/**
 * A level added below one within the actor's level.
 * @category Records
 */
export type AddBranchLevelInput = z.input<typeof AddBranchLevelInput>;

/**
 * Lists the levels of the hierarchy within the actor's level (`hierarchy.list`); takes no options.
 * @category Records
 */
export const ListBranchLevelsInput = z.strictObject({}, worded);
/**
 * Lists the levels of the hierarchy within the actor's level.
 * @category Records
 */
export type ListBranchLevelsInput = z.input<typeof ListBranchLevelsInput>;

/**
 * A stored level of the branch hierarchy (company → region → branch).
 * @category Records
 */
export const Branch = z.object({
  id: BranchId,
  version: z.number(worded).int().positive(),
  name: z.string(worded).trim().min(1).max(120),
  parentId: BranchId.nullable(),
  kind: z.string(worded).min(1).max(40),
  setup: BranchSetup,
}, worded);
/**
 * A stored level of the branch hierarchy.
 * @category Records
 */
export type Branch = z.infer<typeof Branch>;
