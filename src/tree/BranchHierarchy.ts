import { StaffcoreError } from '../errors/index.js';
import type { Branch } from '../model/index.js';

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
  private readonly children: ReadonlyMap<string, readonly string[]>;

  private constructor(byId: Map<string, Branch>, children: Map<string, string[]>) {
    this.byId = byId;
    this.children = children;
  }

  /**
   * Builds the hierarchy from its levels.
   * @param branches - every level of the hierarchy
   * @returns the hierarchy
   * @throws StaffcoreError `VALIDATION` when a level's parent is missing or the levels form a cycle
   */
  static from(branches: readonly Branch[]): BranchHierarchy {
    const byId = new Map(branches.map((branch) => [branch.id as string, branch]));
    const children = new Map<string, string[]>();
    for (const branch of branches) {
      if (branch.parentId === null) continue;
      if (!byId.has(branch.parentId)) {
        throw new StaffcoreError('VALIDATION', `Branch ${branch.id} names a parent level ${branch.parentId} that does not exist`, {
          details: { path: ['parentId'], entity: 'branch', id: branch.id },
        });
      }
      const list = children.get(branch.parentId) ?? [];
      list.push(branch.id);
      children.set(branch.parentId, list);
    }
    const hierarchy = new BranchHierarchy(byId, children);
    for (const branch of branches) hierarchy.chain(branch.id);
    return hierarchy;
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
    let node = this.byId.get(id);
    while (node) {
      if (out.includes(node)) {
        throw new StaffcoreError('VALIDATION', `The branch hierarchy has a cycle through level ${node.id}`, {
          details: { entity: 'branch', id: node.id },
        });
      }
      out.push(node);
      node = node.parentId === null ? undefined : this.byId.get(node.parentId);
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
    return this.chain(id).some((branch) => branch.id === ancestorId);
  }

  /**
   * The ids of a level and every level below it.
   * @param id - the level's id
   * @returns the ids; empty when the level does not exist
   */
  subtreeIds(id: string): string[] {
    if (!this.byId.has(id)) return [];
    const out: string[] = [];
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      out.push(next);
      stack.push(...[...(this.children.get(next) ?? [])].reverse());
    }
    return out;
  }
}
