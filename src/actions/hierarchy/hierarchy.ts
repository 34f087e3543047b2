import { addBranchLevel } from './addBranchLevel.js';
import { listBranchLevels } from './listBranchLevels.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The branch hierarchy.
 *
 * Give it to {@link createStaffcore} as `actions: { hierarchy }`: the instance's `hierarchy.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const hierarchy = defineGroup('hierarchy', {
  /**
   * `hierarchy.addLevel`: adds a level (region, branch, …) to the hierarchy, below a level within
   * the actor's scope; the root level is made with `bootstrapHierarchy`. Refuses with `VALIDATION`,
   * `FORBIDDEN` (no `hierarchy.manage`), `NOT_FOUND` (a parent outside the actor's level).
   *
   * @example
   * ```ts
   * const { branch } = await sc.hierarchy.addLevel({ name: 'Bloomington', parentId: '2', kind: 'branch' });
   * branch.setup //=> { defaultWorkerCompCode: null, defaultTerms: null, requireAddressStandardization: null }
   * ```
   */
  addLevel: addBranchLevel,
  /**
   * `hierarchy.list`: lists the levels of the hierarchy within the actor's scope, parents first, all
   * in one page (`{ items, next: null }`). Refuses with `FORBIDDEN`.
   *
   * Needs the permission `hierarchy.read`.
   *
   * @example
   * ```ts
   * const { items, next } = await sc.hierarchy.list();
   * items.map((level) => level.name) //=> ['Minneapolis', 'Bloomington']
   * next //=> null
   * ```
   */
  list: listBranchLevels,
});
