import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MutableForest, TreeIndex, messages, type TreeLink } from '../../src/index.js';
import { forests, naiveSubtree, naiveWithin, parentMap } from './naive.js';

const link = (id: string, parentId: string | null): TreeLink => ({ id, parentId });
const book = () => MutableForest.from([link('acme', null), link('plant', 'acme'), link('shipping', 'plant'), link('globex', null)]);

describe('MutableForest', () => {
  it('moves a record with its subtree and keeps each tree’s index current', () => {
    const forest = book();
    expect(forest.index('shipping')!.scope('acme', 'subtree')).toEqual(['acme', 'plant', 'shipping']);
    expect(forest.move('plant', 'globex')).toEqual({ moved: true, fromParentId: 'acme' });
    expect(forest.parent('plant')).toBe('globex');
    expect(forest.children('acme')).toEqual([]);
    expect(forest.index('shipping')!.scope('shipping', 'master')).toEqual(['globex', 'plant', 'shipping']);
    expect(forest.index('acme')!.scope('acme', 'subtree')).toEqual(['acme']);
  });

  it('promotes a record to a root and moves a root under another', () => {
    const forest = book();
    expect(forest.move('plant', null)).toEqual({ moved: true, fromParentId: 'acme' });
    expect(forest.roots()).toEqual(['acme', 'globex', 'plant']);
    expect(forest.move('acme', 'shipping')).toEqual({ moved: true, fromParentId: null });
    expect(forest.index('acme')!.ancestors('acme')).toEqual(['shipping', 'plant']);
    expect(forest.index('globex')!.size).toBe(1);
  });

  it('refuses a move under the record itself or its descendant, and unknown ids, changing nothing', () => {
    const forest = book();
    const before = forest.links();
    expect(forest.move('acme', 'acme')).toEqual({ moved: false, code: 'TREE_CYCLE', reason: messages.ownParent('acme') });
    expect(forest.move('acme', 'shipping')).toEqual({ moved: false, code: 'TREE_CYCLE', reason: messages.underOwnDescendant('acme', 'shipping') });
    expect(forest.move('ghost', null)).toEqual({ moved: false, code: 'NOT_FOUND', reason: messages.notFound('record', 'ghost') });
    expect(forest.move('plant', 'ghost')).toEqual({ moved: false, code: 'NOT_FOUND', reason: messages.notFound('record', 'ghost') });
    expect(forest.canMove('plant', 'globex')).toEqual({ moved: true, fromParentId: 'acme' });
    expect(forest.links()).toEqual(before);
    expect(forest.index('ghost')).toBeNull();
  });

  it('adds records and refuses a taken id or a missing parent', () => {
    const forest = book();
    forest.index('acme');
    forest.add('paint', 'plant');
    expect(forest.index('acme')!.scope('plant', 'subtree')).toEqual(['plant', 'shipping', 'paint']);
    expect(() => forest.add('paint', null)).toThrowError(messages.treeDuplicate('paint'));
    expect(() => forest.add('x', 'ghost')).toThrowError(messages.treeMissingParent('x', 'ghost'));
    expect(forest.size).toBe(5);
  });

  it('after any sequence of moves, valid or not, holds the forest a naive model holds', () => {
    fc.assert(
      fc.property(forests(30), fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: null, freq: 4 })), { maxLength: 40 }), (links, moves) => {
        const forest = MutableForest.from(links);
        const model = parentMap(links);
        const ids = links.map((l) => l.id);
        for (const [x, y] of moves) {
          const id = ids[x % ids.length]!;
          const to = y === null ? null : ids[y % ids.length]!;
          const cycle = to !== null && naiveWithin(model, to, id);
          const outcome = forest.move(id, to);
          expect(outcome.moved).toBe(!cycle);
          if (!cycle) model.set(id, to);
          // Every record is reachable from exactly one root, and each tree's index agrees with the model.
          const now = ids.map((i) => link(i, model.get(i)!));
          const whole = TreeIndex.from(now);
          expect(forest.roots().sort()).toEqual(whole.roots().sort());
          const sample = ids[(x + 7) % ids.length]!;
          const index = forest.index(sample)!;
          expect(index.root(sample)).toBe(whole.root(sample));
          expect(index.scope(sample, 'subtree').sort()).toEqual(naiveSubtree(now, sample).sort());
          expect(index.ancestors(sample)).toEqual(whole.ancestors(sample));
        }
        for (const id of ids) expect(forest.parent(id)).toBe(model.get(id));
      }),
      { numRuns: 100 },
    );
  });
});
