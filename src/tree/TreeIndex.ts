import { StaffcoreError, fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';

/**
 * What a {@link TreeIndex} needs of a record: its id and its parent's id (`null` for a root).
 * @category Trees
 */
export interface TreeLink {
  /** The record's id. */
  readonly id: string;
  /** The id of the record's parent, or `null` for a root. */
  readonly parentId: string | null;
}

/**
 * Which records a view of one record covers: `account` the record alone, `subtree` the record and
 * its descendants, `master` the whole tree of the record's root.
 * @category Trees
 */
export type TreeScope = 'account' | 'subtree' | 'master';

/**
 * Why records do not form a forest: an id listed twice, a parent that is not there, or a cycle.
 * @category Trees
 */
export type TreeIssue =
  | { readonly code: 'DUPLICATE'; readonly id: string; readonly message: string }
  | { readonly code: 'MISSING_PARENT'; readonly id: string; readonly parentId: string; readonly message: string }
  | { readonly code: 'CYCLE'; readonly id: string; readonly message: string };

/**
 * The outcome of {@link TreeIndex.tryFrom}: the index, or the first reason the records form no forest.
 * @category Trees
 */
export type TreeIndexResult = { readonly success: true; readonly index: TreeIndex } | { readonly success: false; readonly issue: TreeIssue };

/**
 * A read-only index of a forest of records (root customers and their departments, or the levels of
 * the branch hierarchy), built once in time linear in the number of records and answering
 * structural questions without walking: each record's pre-order position and the end of its
 * subtree's positions are stored, so a subtree is one contiguous slice of the pre-order and
 * "is X below Y" is two comparisons.
 *
 * Records are numbered in the order given; children are listed in that order and the pre-order
 * visits roots and children in that order, so every list it returns is stable. Storage is a few
 * `Int32Array`s plus one `Map` from id to number (about 40 bytes per record besides the ids).
 *
 * Queries on an id the index does not hold answer `null`, `[]` or `false`; {@link TreeIndex.has}
 * tells them apart from a root's `null` parent.
 *
 * @example
 * ```ts
 * import { TreeIndex } from 'staffcore';
 *
 * const tree = TreeIndex.from([
 *   { id: 'acme', parentId: null },
 *   { id: 'plant', parentId: 'acme' },
 *   { id: 'shipping', parentId: 'plant' },
 *   { id: 'office', parentId: 'acme' },
 * ]);
 * tree.ancestors('shipping') //=> ['plant', 'acme']
 * tree.scope('plant', 'subtree') //=> ['plant', 'shipping']
 * tree.scope('shipping', 'master') //=> ['acme', 'plant', 'shipping', 'office']
 * tree.isDescendant('shipping', 'acme') //=> true
 * ```
 * @category Trees
 */
export class TreeIndex {
  private readonly ids: readonly string[];
  private readonly numbers: ReadonlyMap<string, number>;
  private readonly parents: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;
  private readonly rootList: Int32Array;
  private readonly order: Int32Array;
  private readonly positions: Int32Array;
  private readonly ends: Int32Array;
  private readonly depths: Int32Array;
  private readonly rootOf: Int32Array;

  private constructor(parts: {
    ids: readonly string[];
    numbers: ReadonlyMap<string, number>;
    parents: Int32Array;
    childStart: Int32Array;
    childList: Int32Array;
    rootList: Int32Array;
    order: Int32Array;
    positions: Int32Array;
    ends: Int32Array;
    depths: Int32Array;
    rootOf: Int32Array;
  }) {
    this.ids = parts.ids;
    this.numbers = parts.numbers;
    this.parents = parts.parents;
    this.childStart = parts.childStart;
    this.childList = parts.childList;
    this.rootList = parts.rootList;
    this.order = parts.order;
    this.positions = parts.positions;
    this.ends = parts.ends;
    this.depths = parts.depths;
    this.rootOf = parts.rootOf;
  }

  /**
   * Builds the index, refusing records that do not form a forest. Time and space are linear in the
   * number of records; no recursion, so chains of any depth are fine.
   *
   * @param records - every record of the forest, each with its parent's id
   * @returns the index
   * @throws StaffcoreError `VALIDATION` when an id appears twice, a parent is not among the records,
   *   or parents form a cycle (the message names a record on the cycle)
   * @example
   * ```ts
   * TreeIndex.from([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }])
   * //=> throws "[staffcore] The records form a cycle through record a"
   * ```
   */
  static from(records: Iterable<TreeLink>): TreeIndex {
    const result = TreeIndex.tryFrom(records);
    if (result.success) return result.index;
    const { issue } = result;
    if (issue.code === 'CYCLE') throw new StaffcoreError('VALIDATION', issue.message, { details: { path: [], issues: [{ path: [], message: issue.message }], id: issue.id } });
    throw fieldError('tree', [issue.code === 'DUPLICATE' ? 'id' : 'parentId'], issue.message, { id: issue.id });
  }

  /**
   * Builds the index, or says why the records form no forest, without throwing: for callers that
   * word the refusal themselves (the branch hierarchy does).
   *
   * @param records - every record of the forest, each with its parent's id
   * @returns `{ success: true, index }`, or `{ success: false, issue }` with the first problem found
   * @example
   * ```ts
   * TreeIndex.tryFrom([{ id: 'a', parentId: 'ghost' }])
   * //=> { success: false, issue: { code: 'MISSING_PARENT', id: 'a', parentId: 'ghost', message: 'record a names a parent ghost that is not in the tree' } }
   * ```
   */
  static tryFrom(records: Iterable<TreeLink>): TreeIndexResult {
    const ids: string[] = [];
    const parentIds: (string | null)[] = [];
    const numbers = new Map<string, number>();
    for (const record of records) {
      if (numbers.has(record.id)) {
        return { success: false, issue: { code: 'DUPLICATE', id: record.id, message: messages.treeDuplicate(record.id) } };
      }
      numbers.set(record.id, ids.length);
      ids.push(record.id);
      parentIds.push(record.parentId);
    }
    const n = ids.length;
    const parents = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const parentId = parentIds[i]!;
      if (parentId === null) {
        parents[i] = -1;
        continue;
      }
      const p = numbers.get(parentId);
      if (p === undefined) {
        const id = ids[i]!;
        return { success: false, issue: { code: 'MISSING_PARENT', id, parentId, message: messages.treeMissingParent(id, parentId) } };
      }
      parents[i] = p;
    }
    return TreeIndex.fromNumbered(ids, numbers, parents);
  }

  /**
   * Builds the index from records already numbered: `parents[i]` is the number of record i's parent
   * or -1. The arrays are kept, not copied; indexes of the same records as of other dates share
   * `ids` and `numbers`.
   * @internal
   */
  static fromNumbered(ids: readonly string[], numbers: ReadonlyMap<string, number>, parents: Int32Array): TreeIndexResult {
    const n = ids.length;
    const childStart = new Int32Array(n + 1);
    let rootCount = 0;
    for (let i = 0; i < n; i++) {
      const p = parents[i]!;
      if (p < 0) rootCount++;
      else childStart[p + 1]!++;
    }
    for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
    const cursor = childStart.slice(0, n);
    const childList = new Int32Array(n - rootCount);
    const rootList = new Int32Array(rootCount);
    for (let i = 0, r = 0; i < n; i++) {
      const p = parents[i]!;
      if (p < 0) rootList[r++] = i;
      else childList[cursor[p]!++] = i;
    }

    // Pre-order by an explicit stack (children pushed last-first so they come out in input order).
    const order = new Int32Array(n);
    const positions = new Int32Array(n).fill(-1);
    const depths = new Int32Array(n);
    const rootOf = new Int32Array(n);
    const stack = new Int32Array(n);
    let next = 0;
    for (let r = 0; r < rootCount; r++) {
      const root = rootList[r]!;
      rootOf[root] = root;
      let top = 0;
      stack[top++] = root;
      while (top > 0) {
        const v = stack[--top]!;
        positions[v] = next;
        order[next++] = v;
        const d = depths[v]! + 1;
        const ro = rootOf[v]!;
        for (let c = childStart[v + 1]! - 1; c >= childStart[v]!; c--) {
          const child = childList[c]!;
          depths[child] = d;
          rootOf[child] = ro;
          stack[top++] = child;
        }
      }
    }
    if (next < n) {
      const id = ids[TreeIndex.onCycle(positions, parents)]!;
      return { success: false, issue: { code: 'CYCLE', id, message: messages.treeCycle(id) } };
    }

    // Subtree sizes, children before parents (reverse pre-order), then ends = position + size.
    const ends = new Int32Array(n).fill(1);
    for (let k = n - 1; k >= 0; k--) {
      const v = order[k]!;
      const p = parents[v]!;
      if (p >= 0) ends[p]! += ends[v]!;
    }
    for (let v = 0; v < n; v++) ends[v]! += positions[v]!;

    return {
      success: true,
      index: new TreeIndex({ ids, numbers, parents, childStart, childList, rootList, order, positions, ends, depths, rootOf }),
    };
  }

  /** A record that lies on a cycle: follow parents from the first unreached record until one repeats. */
  private static onCycle(positions: Int32Array, parents: Int32Array): number {
    const seen = new Uint8Array(positions.length);
    let v = positions.indexOf(-1);
    while (seen[v] === 0) {
      seen[v] = 1;
      v = parents[v]!;
    }
    return v;
  }

  /** How many records the index holds. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Tells whether the index holds a record.
   * @param id - the record's id
   * @returns true when the record is in the forest
   */
  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /**
   * The roots of the forest, in the order the records were given.
   * @returns the root ids
   */
  roots(): string[] {
    return Array.from(this.rootList, (v) => this.ids[v]!);
  }

  /**
   * A record's parent.
   * @param id - the record's id
   * @returns the parent's id; `null` for a root or a record the index does not hold
   */
  parent(id: string): string | null {
    const v = this.numbers.get(id);
    if (v === undefined) return null;
    const p = this.parents[v]!;
    return p < 0 ? null : this.ids[p]!;
  }

  /**
   * A record's direct children, in the order the records were given.
   * @param id - the record's id
   * @returns the children's ids; empty for a leaf or an unknown id
   */
  children(id: string): string[] {
    const v = this.numbers.get(id);
    if (v === undefined) return [];
    return Array.from(this.childList.subarray(this.childStart[v]!, this.childStart[v + 1]!), (c) => this.ids[c]!);
  }

  /**
   * A record's ancestors, nearest first (its parent, …, its root); the record itself is not included.
   * @param id - the record's id
   * @returns the ancestors' ids; empty for a root or an unknown id
   * @example
   * ```ts
   * TreeIndex.from([{ id: 'a', parentId: null }, { id: 'b', parentId: 'a' }, { id: 'c', parentId: 'b' }]).ancestors('c') //=> ['b', 'a']
   * ```
   */
  ancestors(id: string): string[] {
    const v = this.numbers.get(id);
    const out: string[] = [];
    if (v === undefined) return out;
    for (let p = this.parents[v]!; p >= 0; p = this.parents[p]!) out.push(this.ids[p]!);
    return out;
  }

  /**
   * A record's descendants in pre-order (parents before children); the record itself is not included.
   * @param id - the record's id
   * @returns the descendants' ids; empty for a leaf or an unknown id
   */
  descendants(id: string): string[] {
    const v = this.numbers.get(id);
    if (v === undefined) return [];
    return this.slice(this.positions[v]! + 1, this.ends[v]!);
  }

  /**
   * How far a record lies below its root.
   * @param id - the record's id
   * @returns 0 for a root, 1 for its children, …; `null` for an unknown id
   */
  depth(id: string): number | null {
    const v = this.numbers.get(id);
    return v === undefined ? null : this.depths[v]!;
  }

  /**
   * The root of the tree a record belongs to.
   * @param id - the record's id
   * @returns the root's id (the record's own for a root); `null` for an unknown id
   */
  root(id: string): string | null {
    const v = this.numbers.get(id);
    return v === undefined ? null : this.ids[this.rootOf[v]!]!;
  }

  /**
   * Tells, in constant time, whether a record lies strictly below another.
   * @param id - the record to test
   * @param of - the record that may contain it
   * @returns true when `id` is a descendant of `of` (false when they are the same record)
   */
  isDescendant(id: string, of: string): boolean {
    const v = this.numbers.get(id);
    const a = this.numbers.get(of);
    if (v === undefined || a === undefined) return false;
    const p = this.positions[v]!;
    return p > this.positions[a]! && p < this.ends[a]!;
  }

  /**
   * Tells, in constant time, whether a record is another or lies below it: the test a move needs
   * (a record cannot move under anything within itself).
   * @param id - the record to test
   * @param of - the record that may contain it
   * @returns true when `id` is `of` or one of its descendants
   */
  isWithin(id: string, of: string): boolean {
    return id === of ? this.numbers.has(id) : this.isDescendant(id, of);
  }

  /**
   * The ids a view of one record covers, parents before children (pre-order).
   * @param id - the record in view
   * @param scope - `account` (the record alone), `subtree` (it and its descendants) or `master`
   *   (the whole tree of its root)
   * @returns the ids; empty for an unknown id
   * @example
   * ```ts
   * const tree = TreeIndex.from([{ id: 'a', parentId: null }, { id: 'b', parentId: 'a' }, { id: 'c', parentId: 'b' }]);
   * tree.scope('b', 'account') //=> ['b']
   * tree.scope('b', 'subtree') //=> ['b', 'c']
   * tree.scope('b', 'master') //=> ['a', 'b', 'c']
   * ```
   */
  scope(id: string, scope: TreeScope): string[] {
    const v = this.numbers.get(id);
    if (v === undefined) return [];
    if (scope === 'account') return [id];
    const top = scope === 'master' ? this.rootOf[v]! : v;
    return this.slice(this.positions[top]!, this.ends[top]!);
  }

  /**
   * How many records a view of one record covers, without listing them.
   * @param id - the record in view
   * @param scope - the view
   * @returns the number of records; 0 for an unknown id
   */
  scopeSize(id: string, scope: TreeScope): number {
    const v = this.numbers.get(id);
    if (v === undefined) return 0;
    if (scope === 'account') return 1;
    const top = scope === 'master' ? this.rootOf[v]! : v;
    return this.ends[top]! - this.positions[top]!;
  }

  /**
   * A record's place in the pre-order of the whole forest. A subtree occupies the positions from
   * its root's position to `position + scopeSize(id, 'subtree')`, so figures laid out in this order
   * sum over any subtree as one slice.
   * @param id - the record's id
   * @returns the position, from 0; `null` for an unknown id
   */
  position(id: string): number | null {
    const v = this.numbers.get(id);
    return v === undefined ? null : this.positions[v]!;
  }

  /**
   * Every record id in pre-order: each root followed by its tree, roots in the order given.
   * @returns the ids
   */
  preorder(): string[] {
    return this.slice(0, this.ids.length);
  }

  /**
   * Every record with its parent, in the order given: what the index was built from.
   * @returns the links
   */
  links(): TreeLink[] {
    return this.ids.map((id, v) => {
      const p = this.parents[v]!;
      return { id, parentId: p < 0 ? null : this.ids[p]! };
    });
  }

  /**
   * The index's arrays, for the roll-up engine and the move replay in this folder.
   * @internal
   */
  internals(): {
    readonly ids: readonly string[];
    readonly numbers: ReadonlyMap<string, number>;
    readonly parents: Int32Array;
    readonly positions: Int32Array;
    readonly ends: Int32Array;
    readonly rootOf: Int32Array;
    readonly order: Int32Array;
  } {
    return { ids: this.ids, numbers: this.numbers, parents: this.parents, positions: this.positions, ends: this.ends, rootOf: this.rootOf, order: this.order };
  }

  private slice(from: number, to: number): string[] {
    const out = new Array<string>(to - from);
    for (let k = from; k < to; k++) out[k - from] = this.ids[this.order[k]!]!;
    return out;
  }
}
