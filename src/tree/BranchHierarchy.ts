import { StaffcoreError, fieldError, messages } from '../errors/index.js';
import type { Branch, BranchId } from '../model/index.js';

/**
 * The branch hierarchy (company → region → branch) as a normalized tree: levels by id, with their
 * children's ids. Answers the questions scope and defaults need: a level's chain up to the root,
 * whether a level lies within another, and a level's whole subtree.
 *
 * @example
 * ```ts
 * const hierarchy = BranchHierarchy.from(branches);
 * hierarchy.isWithin(minneapolisId, midwestId) //=> true
 * ```
 */
export class BranchHierarchy {
  private readonly byId: ReadonlyMap<string, Branch>;
  private readonly children: ReadonlyMap<string, readonly BranchId[]>;

  private constructor(byId: Map<string, Branch>, children: Map<string, BranchId[]>) {
    this.byId = byId;
    this.children = children;
  }

  /**
   * Builds the hierarchy from its levels, in time linear in their number.
   * @param branches - every level of the hierarchy
   * @returns the hierarchy
   * @throws StaffcoreError `VALIDATION` when a level's parent is missing or the levels form a cycle
   */
  static from(branches: readonly Branch[]): BranchHierarchy {
    const byId = new Map<string, Branch>(branches.map((branch) => [branch.id, branch]));
    const children = new Map<string, BranchId[]>();
    for (const branch of branches) {
      if (branch.parentId === null) continue;
      if (!byId.has(branch.parentId)) {
        throw fieldError('branch hierarchy', ['parentId'], messages.missingParentLevel(branch.id, branch.parentId), {
          entity: 'branch',
          id: branch.id,
        });
      }
      const list = children.get(branch.parentId) ?? [];
      list.push(branch.id);
      children.set(branch.parentId, list);
    }
    // Every level reachable from a root is in no cycle; any level left over is.
    const reachable = new Set<string>();
    const stack = branches.filter((branch) => branch.parentId === null).map((branch) => branch.id);
    while (stack.length > 0) {
      const id = stack.pop()!;
      reachable.add(id);
      for (const child of children.get(id) ?? []) stack.push(child);
    }
    const inCycle = reachable.size === byId.size ? undefined : branches.find((branch) => !reachable.has(branch.id));
    if (inCycle) {
      throw new StaffcoreError('VALIDATION', messages.hierarchyCycle(inCycle.id), {
        details: { entity: 'branch', id: inCycle.id },
      });
    }
    return new BranchHierarchy(byId, children);
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
    const out: Branch[] = [];
    for (let node = this.byId.get(id); node; node = node.parentId === null ? undefined : this.byId.get(node.parentId)) {
      out.push(node);
    }
    return out;
  }

  /**
   * Tells whether a level is at or below another.
   * @param id - the level to test
   * @param ancestorId - the level that may contain it
   * @returns true when `id` is `ancestorId` or one of its descendants
   */
  isWithin(id: string, ancestorId: string): boolean {
    for (let node = this.byId.get(id); node; node = node.parentId === null ? undefined : this.byId.get(node.parentId)) {
      if (node.id === ancestorId) return true;
    }
    return false;
  }

  /**
   * The ids of a level and every level below it, parents before children.
   * @param id - the level's id
   * @returns the ids; empty when the level does not exist
   */
  subtreeIds(id: string): BranchId[] {
    const root = this.byId.get(id);
    if (!root) return [];
    const out: BranchId[] = [];
    const stack: BranchId[] = [root.id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      out.push(next);
      const kids = this.children.get(next) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
    return out;
  }
}
