import { fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import { TreeIndex, type TreeLink } from './TreeIndex.js';

/**
 * The outcome of a move: done (with the parent it left), or refused with a code and a reason —
 * `TREE_CYCLE` for a move under the record itself or its descendant, `NOT_FOUND` for an id the
 * forest does not hold.
 * @category Trees
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
 * A move checks for a cycle by walking up from the new parent (O(depth)) over a compact array of
 * parent numbers, relinks the record in O(1), and, when some tree's index is kept, walks up from
 * the old parent to find which one to drop (O(depth)).
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
 * @category Trees
 */
export class MutableForest {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private parents = new Int32Array(16);
  private readonly kids: (Set<number> | undefined)[] = [];
  private readonly rootSet = new Set<number>();
  private readonly indexes = new Map<number, TreeIndex>();

  private constructor() {}

  /**
   * Builds the forest, refusing records that do not form one. Linear in the number of records.
   * @param records - every record with its parent's id
   * @returns the forest
   * @throws StaffcoreError `VALIDATION` for an id listed twice, a missing parent or a cycle (as {@link TreeIndex.from})
   */
  static from(records: Iterable<TreeLink>): MutableForest {
    const links = TreeIndex.from(records).links();
    const forest = new MutableForest();
    forest.parents = new Int32Array(Math.max(16, links.length));
    for (const { id } of links) {
      forest.numbers.set(id, forest.ids.length);
      forest.ids.push(id);
    }
    links.forEach(({ parentId }, v) => forest.link(v, parentId === null ? -1 : forest.numbers.get(parentId)!));
    return forest;
  }

  /** How many records the forest holds. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Tells whether the forest holds a record.
   * @param id - the record's id
   * @returns true when it does
   */
  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /**
   * A record's parent.
   * @param id - the record's id
   * @returns the parent's id; `null` for a root or an unknown id
   */
  parent(id: string): string | null {
    const v = this.numbers.get(id);
    if (v === undefined) return null;
    const p = this.parents[v]!;
    return p < 0 ? null : this.ids[p]!;
  }

  /**
   * A record's direct children, oldest link first.
   * @param id - the record's id
   * @returns the children's ids
   */
  children(id: string): string[] {
    const v = this.numbers.get(id);
    return v === undefined ? [] : Array.from(this.kids[v] ?? [], (c) => this.ids[c]!);
  }

  /**
   * The roots of the forest.
   * @returns the root ids
   */
  roots(): string[] {
    return Array.from(this.rootSet, (v) => this.ids[v]!);
  }

  /**
   * Adds a record as a new root or as the last child of an existing record.
   * @param id - the new record's id
   * @param parentId - its parent, or `null` for a root
   * @throws StaffcoreError `VALIDATION` when the id is taken or the parent is not in the forest
   */
  add(id: string, parentId: string | null): void {
    if (this.numbers.has(id)) throw fieldError('tree', ['id'], messages.treeDuplicate(id), { id });
    const p = parentId === null ? -1 : this.numbers.get(parentId);
    if (p === undefined) throw fieldError('tree', ['parentId'], messages.treeMissingParent(id, parentId!), { id });
    const v = this.ids.length;
    if (v === this.parents.length) {
      const grown = new Int32Array(v * 2);
      grown.set(this.parents);
      this.parents = grown;
    }
    this.numbers.set(id, v);
    this.ids.push(id);
    this.link(v, p);
    this.indexes.delete(p < 0 ? v : this.rootOf(p));
  }

  /**
   * Tells whether a move would be allowed, without making it. O(depth of the new parent).
   * @param id - the record to move
   * @param newParentId - the new parent, or `null` to make the record a root
   * @returns `{ moved: true, fromParentId }` when allowed, else the refusal with its reason
   */
  canMove(id: string, newParentId: string | null): MoveOutcome {
    const checked = this.check(id, newParentId);
    return typeof checked === 'number' ? { moved: true, fromParentId: this.parent(id) } : checked;
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
    const newRoot = this.check(id, newParentId);
    if (typeof newRoot !== 'number') return newRoot;
    const v = this.numbers.get(id)!;
    const oldParent = this.parents[v]!;
    const outcome: MoveOutcome = { moved: true, fromParentId: oldParent < 0 ? null : this.ids[oldParent]! };
    const p = newParentId === null ? -1 : this.numbers.get(newParentId)!;
    if (oldParent === p) return outcome;
    if (this.indexes.size > 0) {
      this.indexes.delete(oldParent < 0 ? v : this.rootOf(oldParent));
      this.indexes.delete(newRoot);
    }
    if (oldParent < 0) this.rootSet.delete(v);
    else this.kids[oldParent]!.delete(v);
    this.link(v, p);
    return outcome;
  }

  /**
   * The index of the tree a record belongs to, built on first use (linear in that tree's size) and
   * kept until an add or a move touches the tree.
   * @param id - any record of the tree
   * @returns the tree's index; `null` for an unknown id
   */
  index(id: string): TreeIndex | null {
    const v = this.numbers.get(id);
    if (v === undefined) return null;
    const root = this.rootOf(v);
    let index = this.indexes.get(root);
    if (!index) {
      const links: TreeLink[] = [];
      const stack = [root];
      while (stack.length > 0) {
        const next = stack.pop()!;
        const p = this.parents[next]!;
        links.push({ id: this.ids[next]!, parentId: p < 0 ? null : this.ids[p]! });
        const children = this.kids[next];
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
   * @returns the links, in the order the records were added
   */
  links(): TreeLink[] {
    return this.ids.map((id, v) => {
      const p = this.parents[v]!;
      return { id, parentId: p < 0 ? null : this.ids[p]! };
    });
  }

  private link(v: number, p: number): void {
    this.parents[v] = p;
    if (p < 0) {
      this.rootSet.add(v);
      return;
    }
    let children = this.kids[p];
    if (!children) this.kids[p] = children = new Set();
    children.add(v);
  }

  private rootOf(v: number): number {
    while (this.parents[v]! >= 0) v = this.parents[v]!;
    return v;
  }

  /** Checks a move by walking up from the new parent: the new parent's root when allowed, else the refusal. */
  private check(id: string, newParentId: string | null): number | MoveOutcome {
    const v = this.numbers.get(id);
    if (v === undefined) return { moved: false, code: 'NOT_FOUND', reason: messages.notFound('record', id) };
    if (newParentId === null) return v;
    const p = this.numbers.get(newParentId);
    if (p === undefined) return { moved: false, code: 'NOT_FOUND', reason: messages.notFound('record', newParentId) };
    if (p === v) return { moved: false, code: 'TREE_CYCLE', reason: messages.ownParent(id) };
    let top = p;
    for (let a = p; a >= 0; a = this.parents[a]!) {
      if (a === v) return { moved: false, code: 'TREE_CYCLE', reason: messages.underOwnDescendant(id, newParentId) };
      top = a;
    }
    return top;
  }
}
