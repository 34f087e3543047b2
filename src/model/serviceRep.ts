import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { BranchId, RepId, SalesTeamId } from './ids.js';
import { SecurityRole } from './permission.js';

/**
 * The service rep acting: who they are, the hierarchy level they currently work at, their sales
 * team (from administration) and their security roles. Every action runs as one actor.
 * @category Records
 */
export const Actor = z.object({
  id: RepId,
  name: z.string(worded).trim().min(1).max(120),
  /** The rep's current hierarchy level; they see records at or below it. */
  branchId: BranchId,
  salesTeamId: SalesTeamId.nullable().default(null),
  roles: z.array(SecurityRole, worded).default([]),
}, worded);
/**
 * The service rep acting.
 * @category Records
 */
export type Actor = z.infer<typeof Actor>;
/**
 * An actor as a host writes it (defaults not yet applied).
 * @category Records
 */
export type ActorInput = z.input<typeof Actor>;

/**
 * A stored service rep (the same data as an {@link Actor}, with a version).
 * @category Records
 */
export const ServiceRep = Actor.extend({ version: z.number(worded).int().positive() });
/**
 * A stored service rep.
 * @category Records
 */
export type ServiceRep = z.infer<typeof ServiceRep>;
