import { StaffcoreError, fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { Branch, BranchId } from '../model/index.js';
import { TreeIndex } from './TreeIndex.js';

/**
 * The branch hierarchy (company → region → branch) as a normalized tree: levels by id, with a
 * {@link TreeIndex} of their structure (the same index customer trees use). Answers the questions scope and defaults need: a level's chain up to the root,
 * whether a level lies within another, and a level's whole subtree.
 *
 * @example
 * ```ts
 * const hierarchy = BranchHierarchy.from(branches);
 * hierarchy.isWithin(minneapolisId, midwestId) //=> true
 * ```
 * @category Trees
 */
export class BranchHierarchy {
  private readonly byId: ReadonlyMap<string, Branch>;
  private readonly index: TreeIndex;

  private constructor(byId: Map<string, Branch>, index: TreeIndex) {
    this.byId = byId;
    this.index = index;
  }

  /**
   * Builds the hierarchy from its levels, in time linear in their number.
   * @param branches - every level of the hierarchy
   * @returns the hierarchy
   * @throws StaffcoreError `VALIDATION` when a level's parent is missing, a level is listed twice, or
   *   the levels form a cycle
   */
  static from(branches: readonly Branch[]): BranchHierarchy {
    const result = TreeIndex.tryFrom(branches);
    if (!result.success) {
      const { issue } = result;
      const details = { entity: 'branches', id: issue.id };
      switch (issue.code) {
        case 'MISSING_PARENT':
          throw fieldError('branch hierarchy', ['parentId'], messages.missingParentLevel(issue.id, issue.parentId), details);
        case 'DUPLICATE':
          throw fieldError('branch hierarchy', ['id'], issue.message, details);
        case 'CYCLE':
          throw new StaffcoreError('VALIDATION', messages.hierarchyCycle(issue.id), { details: { ...details, path: [], issues: [{ path: [], message: messages.hierarchyCycle(issue.id) }] } });
      }
    }
    return new BranchHierarchy(new Map(branches.map((branch) => [branch.id, branch])), result.index);
  }

  /** How many levels the hierarchy has. */
  get size(): number {
    return this.byId.size;
  }

  /**
   * Reads one level.
   * @param id - the level's id
   * @returns the level, or `null` when the hierarchy has none with that id
   */
  get(id: string): Branch | null {
    return this.byId.get(id) ?? null;
  }

  /**
   * The level and its ancestors, nearest first (the level itself, its parent, …, the root).
   * @param id - the level's id
   * @returns the chain; empty when the level does not exist
   */
  chain(id: string): Branch[] {
    const self = this.byId.get(id);
    if (!self) return [];
    return [self, ...this.index.ancestors(id).map((ancestor) => this.byId.get(ancestor)!)];
  }

  /**
   * Tells, in constant time, whether a level is at or below another.
   * @param id - the level to test
   * @param ancestorId - the level that may contain it
   * @returns true when `id` is `ancestorId` or one of its descendants
   */
  isWithin(id: string, ancestorId: string): boolean {
    return this.index.isWithin(id, ancestorId);
  }

  /**
   * The ids of a level and every level below it, parents before children.
   * @param id - the level's id
   * @returns the ids; empty when the level does not exist
   */
  subtreeIds(id: string): BranchId[] {
    return this.index.scope(id, 'subtree') as BranchId[];
  }
}
