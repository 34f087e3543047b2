import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StaffcoreError, TreeIndex, messages, type TreeLink } from '../../src/index.js';
import { forests, naiveAncestors, naiveSubtree, naiveWithin, parentMap } from './naive.js';

const link = (id: string, parentId: string | null): TreeLink => ({ id, parentId });

// acme ─┬─ plant ─┬─ shipping ── dock
//       │         └─ paint
//       └─ office
// globex ── hq
const book = [
  link('acme', null),
  link('plant', 'acme'),
  link('shipping', 'plant'),
  link('office', 'acme'),
  link('globex', null),
  link('dock', 'shipping'),
  link('paint', 'plant'),
  link('hq', 'globex'),
];

describe('TreeIndex', () => {
  const tree = TreeIndex.from(book);

  it('answers the structural questions', () => {
    expect(tree.size).toBe(8);
    expect(tree.roots()).toEqual(['acme', 'globex']);
    expect(tree.parent('dock')).toBe('shipping');
    expect(tree.parent('acme')).toBeNull();
    expect(tree.children('plant')).toEqual(['shipping', 'paint']);
    expect(tree.children('dock')).toEqual([]);
    expect(tree.ancestors('dock')).toEqual(['shipping', 'plant', 'acme']);
    expect(tree.ancestors('acme')).toEqual([]);
    expect(tree.descendants('plant')).toEqual(['shipping', 'dock', 'paint']);
    expect(tree.depth('dock')).toBe(3);
    expect(tree.depth('globex')).toBe(0);
    expect(tree.root('paint')).toBe('acme');
    expect(tree.root('hq')).toBe('globex');
    expect(tree.isDescendant('dock', 'acme')).toBe(true);
    expect(tree.isDescendant('acme', 'acme')).toBe(false);
    expect(tree.isWithin('acme', 'acme')).toBe(true);
    expect(tree.isDescendant('office', 'plant')).toBe(false);
    expect(tree.isDescendant('hq', 'acme')).toBe(false);
    expect(tree.preorder()).toEqual(['acme', 'plant', 'shipping', 'dock', 'paint', 'office', 'globex', 'hq']);
    expect(tree.links()).toEqual(book);
  });

  it('selects exactly the records of each scope', () => {
    expect(tree.scope('plant', 'account')).toEqual(['plant']);
    expect(tree.scope('plant', 'subtree')).toEqual(['plant', 'shipping', 'dock', 'paint']);
    expect(tree.scope('plant', 'master')).toEqual(['acme', 'plant', 'shipping', 'dock', 'paint', 'office']);
    expect(tree.scope('hq', 'master')).toEqual(['globex', 'hq']);
    expect(tree.scope('office', 'subtree')).toEqual(['office']);
    expect(tree.scopeSize('plant', 'master')).toBe(6);
    expect(tree.scopeSize('plant', 'subtree')).toBe(4);
    expect(tree.scopeSize('plant', 'account')).toBe(1);
  });

  it('answers nothing for a record it does not hold', () => {
    expect(tree.has('ghost')).toBe(false);
    expect(tree.parent('ghost')).toBeNull();
    expect(tree.children('ghost')).toEqual([]);
    expect(tree.ancestors('ghost')).toEqual([]);
    expect(tree.descendants('ghost')).toEqual([]);
    expect(tree.depth('ghost')).toBeNull();
    expect(tree.root('ghost')).toBeNull();
    expect(tree.position('ghost')).toBeNull();
    expect(tree.scope('ghost', 'master')).toEqual([]);
    expect(tree.scopeSize('ghost', 'subtree')).toBe(0);
    expect(tree.isWithin('ghost', 'ghost')).toBe(false);
    expect(tree.isDescendant('ghost', 'acme')).toBe(false);
  });

  it('holds an empty forest', () => {
    const empty = TreeIndex.from([]);
    expect(empty.size).toBe(0);
    expect(empty.roots()).toEqual([]);
  });

  it('refuses a missing parent', () => {
    const attempt = () => TreeIndex.from([link('a', null), link('b', 'ghost')]);
    expect(attempt).toThrowError(`[staffcore] Invalid tree: parentId: ${messages.treeMissingParent('b', 'ghost')}`);
    expect(TreeIndex.tryFrom([link('b', 'ghost')])).toEqual({
      success: false,
      issue: { code: 'MISSING_PARENT', id: 'b', parentId: 'ghost', message: messages.treeMissingParent('b', 'ghost') },
    });
  });

  it('refuses an id listed twice', () => {
    expect(() => TreeIndex.from([link('a', null), link('a', null)])).toThrowError(`[staffcore] Invalid tree: id: ${messages.treeDuplicate('a')}`);
  });

  it('refuses a cycle, naming a record on it, even with records hanging below it', () => {
    const records = [link('root', null), link('below', 'x'), link('x', 'y'), link('y', 'z'), link('z', 'x')];
    let error: unknown;
    try {
      TreeIndex.from(records);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StaffcoreError);
    expect((error as StaffcoreError).code).toBe('VALIDATION');
    expect((error as StaffcoreError).message).toBe(`[staffcore] ${messages.treeCycle('x')}`);
    expect(() => TreeIndex.from([link('self', 'self')])).toThrowError(messages.treeCycle('self'));
  });

  it('does not mutate its input', () => {
    const records = book.map((l) => ({ ...l }));
    TreeIndex.from(records);
    expect(records).toEqual(book);
  });

  it('answers as a naive walk over the parent map does, for random forests', () => {
    fc.assert(
      fc.property(forests(), (links) => {
        const tree = TreeIndex.from(links);
        const parents = parentMap(links);
        const ids = links.map((l) => l.id);
        expect(tree.size).toBe(links.length);
        expect(tree.roots()).toEqual(links.filter((l) => l.parentId === null).map((l) => l.id));
        expect(tree.preorder()).toEqual(tree.roots().flatMap((r) => naiveSubtree(links, r)));
        for (const id of ids) {
          const ancestors = naiveAncestors(parents, id);
          const root = ancestors.at(-1) ?? id;
          expect(tree.parent(id)).toBe(parents.get(id));
          expect(tree.children(id)).toEqual(links.filter((l) => l.parentId === id).map((l) => l.id));
          expect(tree.ancestors(id)).toEqual(ancestors);
          expect(tree.depth(id)).toBe(ancestors.length);
          expect(tree.root(id)).toBe(root);
          expect(tree.descendants(id)).toEqual(naiveSubtree(links, id).slice(1));
          expect(tree.scope(id, 'account')).toEqual([id]);
          expect(tree.scope(id, 'subtree')).toEqual(naiveSubtree(links, id));
          expect(tree.scope(id, 'master')).toEqual(naiveSubtree(links, root));
          for (const of of ids) {
            expect(tree.isDescendant(id, of)).toBe(id !== of && naiveWithin(parents, id, of));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('accepts no cycle', () => {
    fc.assert(
      fc.property(forests(30), fc.nat(), fc.nat(), (links, i, j) => {
        const parents = parentMap(links);
        const x = links[i % links.length]!.id;
        const within = naiveSubtree(links, x);
        const y = within[j % within.length]!;
        const cyclic = links.map((l) => (l.id === x ? link(x, y) : l));
        const result = TreeIndex.tryFrom(cyclic);
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.issue.code).toBe('CYCLE');
        // The named record is on the cycle: following the new parents leads back to it.
        const cyclicParents = parentMap(cyclic);
        let v: string | null = cyclicParents.get(result.issue.id) ?? null;
        for (let steps = 0; v !== null && v !== result.issue.id && steps <= links.length; steps++) v = cyclicParents.get(v) ?? null;
        expect(v).toBe(result.issue.id);
        expect(parents.size).toBe(links.length);
      }),
      { numRuns: 100 },
    );
  });

  it('handles a chain 5,000 deep without recursion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4999 }), fc.integer({ min: 0, max: 4999 }), (a, b) => {
        const n = 5000;
        const links = Array.from({ length: n }, (_, i) => link(`c${i}`, i === 0 ? null : `c${i - 1}`)).reverse();
        const tree = TreeIndex.from(links);
        expect(tree.depth(`c${n - 1}`)).toBe(n - 1);
        expect(tree.root(`c${a}`)).toBe('c0');
        expect(tree.ancestors(`c${a}`)).toEqual(Array.from({ length: a }, (_, k) => `c${a - 1 - k}`));
        expect(tree.isDescendant(`c${a}`, `c${b}`)).toBe(a > b);
        expect(tree.scopeSize(`c${a}`, 'subtree')).toBe(n - a);
        expect(tree.scope(`c${a}`, 'subtree')[0]).toBe(`c${a}`);
        expect(tree.scope(`c${b}`, 'master')).toHaveLength(n);
      }),
      { numRuns: 10 },
    );
  });
});
