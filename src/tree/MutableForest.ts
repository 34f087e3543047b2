import { fieldError, messages } from '../errors/index.js';
import { TreeIndex, type TreeLink } from './TreeIndex.js';

/**
 * The outcome of a move: done (with the parent it left), or refused with a code and a reason —
 * `TREE_CYCLE` for a move under the record itself or its descendant, `NOT_FOUND` for an id the
 * forest does not hold.
 */
export type MoveOutcome =
  | { readonly moved: true; readonly fromParentId: string | null }
  | { readonly moved: false; readonly code: 'TREE_CYCLE' | 'NOT_FOUND'; readonly reason: string };

/**
 * A forest that changes: records can be added and moved (with their subtrees) to another parent,
 * in time proportional to the depth of the records involved — never to the size of the tree or the
 * forest. Held normalized (parent by id, child ids by id); a {@link TreeIndex} of any one tree is
 * built on demand and kept until a change touches that tree.
 *
 * A move checks for a cycle by walking up from the new parent (O(depth)), relinks the record in
 * O(1), and walks up from the old parent to find which tree's index to drop (O(depth)).
 *
 * @example
 * ```ts
 * import { MutableForest } from 'staffcore';
 *
 * const forest = MutableForest.from([
 *   { id: 'acme', parentId: null },
 *   { id: 'plant', parentId: 'acme' },
 *   { id: 'globex', parentId: null },
 * ]);
 * forest.move('acme', 'plant') //=> { moved: false, code: 'TREE_CYCLE', reason: 'Customer acme cannot move under its own descendant plant' }
 * forest.move('plant', 'globex') //=> { moved: true, fromParentId: 'acme' }
 * forest.index('globex').scope('globex', 'subtree') //=> ['globex', 'plant']
 * ```
 */
export class MutableForest {
  private readonly parents = new Map<string, string | null>();
  private readonly kids = new Map<string, Set<string>>();
  private readonly rootSet = new Set<string>();
  private readonly indexes = new Map<string, TreeIndex>();

  private constructor() {}

  /**
   * Builds the forest, refusing records that do not form one. Linear in the number of records.
   * @param records - every record with its parent's id
   * @returns the forest
   * @throws StaffcoreError `VALIDATION` for an id listed twice, a missing parent or a cycle (as {@link TreeIndex.from})
   */
  static from(records: Iterable<TreeLink>): MutableForest {
    const index = TreeIndex.from(records);
    const forest = new MutableForest();
    for (const { id, parentId } of index.links()) forest.link(id, parentId);
    return forest;
  }

  /** How many records the forest holds. */
  get size(): number {
    return this.parents.size;
  }

  /**
   * Tells whether the forest holds a record.
   * @param id - the record's id
   * @returns true when it does
   */
  has(id: string): boolean {
    return this.parents.has(id);
  }

  /**
   * A record's parent.
   * @param id - the record's id
   * @returns the parent's id; `null` for a root or an unknown id
   */
  parent(id: string): string | null {
    return this.parents.get(id) ?? null;
  }

  /**
   * A record's direct children, oldest link first.
   * @param id - the record's id
   * @returns the children's ids
   */
  children(id: string): string[] {
    return [...(this.kids.get(id) ?? [])];
  }

  /**
   * The roots of the forest.
   * @returns the root ids
   */
  roots(): string[] {
    return [...this.rootSet];
  }

  /**
   * Adds a record as a new root or as the last child of an existing record.
   * @param id - the new record's id
   * @param parentId - its parent, or `null` for a root
   * @throws StaffcoreError `VALIDATION` when the id is taken or the parent is not in the forest
   */
  add(id: string, parentId: string | null): void {
    if (this.parents.has(id)) throw fieldError('tree', ['id'], messages.treeDuplicate(id), { id });
    if (parentId !== null && !this.parents.has(parentId)) throw fieldError('tree', ['parentId'], messages.treeMissingParent(id, parentId), { id });
    this.link(id, parentId);
    this.indexes.delete(parentId === null ? id : this.rootOf(parentId));
  }

  /**
   * Tells whether a move would be allowed, without making it. O(depth of the new parent).
   * @param id - the record to move
   * @param newParentId - the new parent, or `null` to make the record a root
   * @returns `{ moved: true, fromParentId }` when allowed, else the refusal with its reason
   */
  canMove(id: string, newParentId: string | null): MoveOutcome {
    return this.check(id, newParentId).outcome;
  }

  /**
   * Moves a record, with its whole subtree, under another parent (or makes it a root), unless that
   * would put it under itself or its own descendant. A refused move changes nothing.
   * O(depth of the old and new parents); the size of the tree and the forest do not matter.
   * @param id - the record to move
   * @param newParentId - the new parent, or `null` to make the record a root
   * @returns `{ moved: true, fromParentId }`, or `{ moved: false, code, reason }`
   * @example
   * ```ts
   * forest.move('plant', 'plant') //=> { moved: false, code: 'TREE_CYCLE', reason: 'Customer plant cannot be its own parent' }
   * ```
   */
  move(id: string, newParentId: string | null): MoveOutcome {
    const { outcome, newRoot } = this.check(id, newParentId);
    if (!outcome.moved || outcome.fromParentId === newParentId) return outcome;
    const oldParent = outcome.fromParentId;
    const oldRoot = oldParent === null ? id : this.rootOf(oldParent);
    if (oldParent === null) this.rootSet.delete(id);
    else this.kids.get(oldParent)!.delete(id);
    this.link(id, newParentId);
    this.indexes.delete(oldRoot);
    this.indexes.delete(newRoot);
    return outcome;
  }

  /**
   * The index of the tree a record belongs to, built on first use (linear in that tree's size) and
   * kept until an add or a move touches the tree.
   * @param id - any record of the tree
   * @returns the tree's index; `null` for an unknown id
   */
  index(id: string): TreeIndex | null {
    if (!this.parents.has(id)) return null;
    const root = this.rootOf(id);
    let index = this.indexes.get(root);
    if (!index) {
      const links: TreeLink[] = [];
      const stack = [root];
      while (stack.length > 0) {
        const next = stack.pop()!;
        links.push({ id: next, parentId: this.parents.get(next)! });
        const children = this.kids.get(next);
        if (children) {
          const list = [...children];
          for (let c = list.length - 1; c >= 0; c--) stack.push(list[c]!);
        }
      }
      index = TreeIndex.from(links);
      this.indexes.set(root, index);
    }
    return index;
  }

  /**
   * Every record with its current parent.
   * @returns the links, in no particular order
   */
  links(): TreeLink[] {
    return Array.from(this.parents, ([id, parentId]) => ({ id, parentId }));
  }

  private link(id: string, parentId: string | null): void {
    this.parents.set(id, parentId);
    if (parentId === null) {
      this.rootSet.add(id);
      return;
    }
    let children = this.kids.get(parentId);
    if (!children) this.kids.set(parentId, (children = new Set()));
    children.add(id);
  }

  private rootOf(id: string): string {
    let v = id;
    for (let p = this.parents.get(v) ?? null; p !== null; p = this.parents.get(p) ?? null) v = p;
    return v;
  }

  /** Checks a move by walking up from the new parent; also returns the new parent's root. */
  private check(id: string, newParentId: string | null): { outcome: MoveOutcome; newRoot: string } {
    const from = this.parents.get(id);
    if (from === undefined) return { outcome: { moved: false, code: 'NOT_FOUND', reason: messages.notFound('record', id) }, newRoot: id };
    if (newParentId === null) return { outcome: { moved: true, fromParentId: from }, newRoot: id };
    if (!this.parents.has(newParentId)) {
      return { outcome: { moved: false, code: 'NOT_FOUND', reason: messages.notFound('record', newParentId) }, newRoot: id };
    }
    if (newParentId === id) return { outcome: { moved: false, code: 'TREE_CYCLE', reason: messages.ownParent(id) }, newRoot: id };
    let v = newParentId;
    for (let p: string | null = newParentId; p !== null; p = this.parents.get(p)!) {
      if (p === id) return { outcome: { moved: false, code: 'TREE_CYCLE', reason: messages.underOwnDescendant(id, newParentId) }, newRoot: id };
      v = p;
    }
    return { outcome: { moved: true, fromParentId: from }, newRoot: v };
  }
}
