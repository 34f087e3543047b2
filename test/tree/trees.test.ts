import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BranchHierarchy, CustomerTree, messages, type Branch } from '../../src/index.js';

const level = (id: string, parentId: string | null) =>
  ({ id, version: 1, name: id, parentId, kind: 'branch', setup: { defaultWorkerCompCode: null, defaultTerms: null, requireAddressStandardization: null } }) as Branch;

describe('BranchHierarchy', () => {
  it('answers chains, containment and subtrees', () => {
    const h = BranchHierarchy.from([level('co', null), level('mw', 'co'), level('mpls', 'mw'), level('stp', 'mw'), level('west', 'co')]);
    expect(h.chain('mpls').map((b) => b.id)).toEqual(['mpls', 'mw', 'co']);
    expect(h.isWithin('mpls', 'mw')).toBe(true);
    expect(h.isWithin('west', 'mw')).toBe(false);
    expect(h.subtreeIds('mw')).toEqual(['mw', 'mpls', 'stp']);
    expect(h.subtreeIds('nope')).toEqual([]);
  });

  it('refuses a missing parent and a cycle', () => {
    expect(() => BranchHierarchy.from([level('a', 'ghost')])).toThrowError(
      `[staffcore] Invalid branch hierarchy: parentId: ${messages.missingParentLevel('a', 'ghost')}`,
    );
    expect(() => BranchHierarchy.from([level('a', 'b'), level('b', 'a')])).toThrowError(`[staffcore] ${messages.hierarchyCycle('a')}`);
  });
});

/** Random forests: node i's parent is a lower-numbered node or none. */
const forests = fc
  .array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 60 })
  .map((parents) => parents.map((p, i) => ({ id: `n${i}`, parentId: p === null || i === 0 ? null : `n${p % i}` })));

describe('CustomerTree', () => {
  it('puts every record in exactly one root subtree, parents before children', () => {
    fc.assert(
      fc.property(forests, (nodes) => {
        const tree = CustomerTree.from(nodes);
        const seen = tree.roots().flatMap((root) => tree.subtree(root.id).map((n) => n.id));
        expect([...seen].sort()).toEqual(nodes.map((n) => n.id).sort());
        for (const root of tree.roots()) {
          const order = tree.subtree(root.id).map((n) => n.id);
          for (const node of tree.subtree(root.id)) {
            if (node.parentId !== null) expect(order.indexOf(node.parentId)).toBeLessThan(order.indexOf(node.id));
          }
        }
      }),
    );
  });

  it('walks from any record to its root', () => {
    fc.assert(
      fc.property(forests, (nodes) => {
        const tree = CustomerTree.from(nodes);
        for (const node of nodes) {
          const path = tree.pathToRoot(node.id);
          expect(path[0]!.id).toBe(node.id);
          expect(path[path.length - 1]!.parentId).toBeNull();
          expect(tree.subtree(path[path.length - 1]!.id).some((n) => n.id === node.id)).toBe(true);
        }
      }),
    );
  });
});
