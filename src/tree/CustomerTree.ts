import type { Customer } from '../model/index.js';

/**
 * What a {@link CustomerTree} needs of a record: its id and its parent's.
 * @category Trees
 */
export interface TreeNode {
  readonly id: string;
  readonly parentId: string | null;
}

/**
 * A customer tree (a root customer and its departments, or any set of records) held normalized:
 * records by id and the ids of each record's children. Never objects pointing at each other.
 *
 * @typeParam T - the record type, `Customer` by default
 * @example
 * ```ts
 * import { CustomerTree } from 'staffcore';
 *
 * const tree = CustomerTree.from([
 *   { id: '1', parentId: null, name: 'Acme' },
 *   { id: '2', parentId: '1', name: 'Manufacturing' },
 *   { id: '3', parentId: '2', name: 'Sales' },
 * ]);
 * tree.pathToRoot('3').map((c) => c.name) //=> ['Sales', 'Manufacturing', 'Acme']
 * ```
 * @category Trees
 */
export class CustomerTree<T extends TreeNode = Customer> {
  private readonly byId: ReadonlyMap<string, T>;
  private readonly childIds: ReadonlyMap<string, readonly string[]>;

  private constructor(byId: Map<string, T>, childIds: Map<string, string[]>) {
    this.byId = byId;
    this.childIds = childIds;
  }

  /**
   * Builds a tree from records. A record whose parent is not among them is a root of the tree.
   * @param records - the records
   * @returns the tree
   */
  static from<T extends TreeNode>(records: readonly T[]): CustomerTree<T> {
    const byId = new Map(records.map((record) => [record.id, record]));
    const childIds = new Map<string, string[]>();
    for (const record of records) {
      if (record.parentId === null || !byId.has(record.parentId)) continue;
      const list = childIds.get(record.parentId) ?? [];
      list.push(record.id);
      childIds.set(record.parentId, list);
    }
    return new CustomerTree(byId, childIds);
  }

  /** How many records the tree holds. */
  get size(): number {
    return this.byId.size;
  }

  /**
   * Reads one record.
   * @param id - the record's id
   * @returns the record, or `null` when it is not in the tree
   */
  get(id: string): T | null {
    return this.byId.get(id) ?? null;
  }

  /**
   * The records with no parent in the tree.
   * @returns the roots
   */
  roots(): T[] {
    return [...this.byId.values()].filter((record) => record.parentId === null || !this.byId.has(record.parentId));
  }

  /**
   * The direct children of a record.
   * @param id - the record's id
   * @returns its children
   */
  childrenOf(id: string): T[] {
    return (this.childIds.get(id) ?? []).map((child) => this.byId.get(child)!);
  }

  /**
   * The record and its ancestors in the tree, nearest first (the record, its parent, …, the root).
   * @param id - the record's id
   * @returns the path; empty when the record is not in the tree
   */
  pathToRoot(id: string): T[] {
    const out: T[] = [];
    const seen = new Set<string>();
    let node = this.byId.get(id);
    while (node && !seen.has(node.id)) {
      seen.add(node.id);
      out.push(node);
      node = node.parentId === null ? undefined : this.byId.get(node.parentId);
    }
    return out;
  }

  /**
   * The record and all its descendants, parents before children.
   * @param id - the record's id
   * @returns the subtree; empty when the record is not in the tree
   */
  subtree(id: string): T[] {
    const root = this.byId.get(id);
    if (!root) return [];
    const out: T[] = [];
    const stack: T[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      out.push(node);
      stack.push(...this.childrenOf(node.id).reverse());
    }
    return out;
  }
}
