import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RollUp, StaffcoreError, messages, sumMoney, type Figure, type TreeLink, type TreeMove, type TreeScope } from '../../src/index.js';
import { forests, naiveAncestors, naiveWithin, parentMap } from './naive.js';

const link = (id: string, parentId: string | null): TreeLink => ({ id, parentId });

// Today: acme ── office; globex ── plant ── shipping. On 1 March plant (with shipping) moved from
// acme to globex; on 10 March office was promoted to a root and moved back on 20 March.
const today = [link('acme', null), link('office', 'acme'), link('globex', null), link('plant', 'globex'), link('shipping', 'plant')];
const moves: TreeMove[] = [
  { customerId: 'office', fromParentId: null, toParentId: 'acme', at: '2026-03-20T08:00:00.000Z' },
  { customerId: 'plant', fromParentId: 'acme', toParentId: 'globex', at: '2026-03-01T09:30:00.000Z' },
  { customerId: 'office', fromParentId: 'acme', toParentId: null, at: '2026-03-10T16:00:00.000Z' },
];
const figures: Figure[] = [
  { recordId: 'shipping', date: '2026-02-15', amount: '100.00' },
  { recordId: 'plant', date: '2026-02-28', amount: '0.10' },
  { recordId: 'shipping', date: '2026-03-01', amount: '40.00' },
  { recordId: 'office', date: '2026-03-12', amount: '7.5' },
  { recordId: 'office', date: '2026-03-25', amount: '-2.00' },
  { recordId: 'acme', date: '2026-01-05', amount: '0.20' },
];

describe('RollUp', () => {
  const rollUp = RollUp.from({ tree: today, figures, moves });

  it('counts a department moved on 1 March under its old parent for an invoice dated 15 February', () => {
    expect(rollUp.total('acme', 'subtree', { to: '2026-02-28' })).toBe('100.30');
    expect(rollUp.total('globex', 'subtree', { to: '2026-02-28' })).toBe('0.00');
    expect(rollUp.total('globex', 'subtree', { from: '2026-03-01' })).toBe('40.00');
    expect(rollUp.total('plant', 'master', { from: '2026-02-15', to: '2026-02-15' })).toBe('100.00');
    expect(rollUp.treeAsOf('2026-02-15').root('shipping')).toBe('acme');
  });

  it('lets a move take effect from its own day', () => {
    expect(rollUp.treeAsOf('2026-02-28').parent('plant')).toBe('acme');
    expect(rollUp.treeAsOf('2026-03-01').parent('plant')).toBe('globex');
    expect(rollUp.total('globex', 'master', { from: '2026-03-01', to: '2026-03-01' })).toBe('40.00');
  });

  it('counts figures of a record promoted for a while under itself only', () => {
    expect(rollUp.treeAsOf('2026-03-12').parent('office')).toBeNull();
    expect(rollUp.total('acme', 'subtree')).toBe('98.30');
    // Office's master view: its own figures, and those of acme's tree while office was in it.
    expect(rollUp.total('office', 'master')).toBe('105.80');
    expect(rollUp.total('office', 'master', { from: '2026-03-10', to: '2026-03-15' })).toBe('7.50');
  });

  it('restates history under today’s tree on request', () => {
    expect(rollUp.total('acme', 'subtree', { restate: true })).toBe('5.70');
    expect(rollUp.total('globex', 'subtree', { restate: true })).toBe('140.10');
    expect(rollUp.total('globex', 'subtree', { restate: true, to: '2026-02-28' })).toBe('100.10');
  });

  it('counts a record alone in the account view, whatever the tree', () => {
    expect(rollUp.total('shipping', 'account')).toBe('140.00');
    expect(rollUp.total('plant', 'account')).toBe('0.10');
    expect(rollUp.total('plant', 'subtree')).toBe('140.10');
  });

  it('answers null for a record it does not hold, and today’s tree', () => {
    expect(rollUp.total('ghost', 'master')).toBeNull();
    expect(rollUp.tree.size).toBe(5);
    expect(rollUp.treeAsOf('2026-12-31')).toBe(rollUp.tree);
  });

  it('refuses figures and moves it cannot use', () => {
    const refusal = (input: Parameters<typeof RollUp.from>[0]) => {
      try {
        RollUp.from(input).total('acme', 'master');
      } catch (error) {
        expect(error).toBeInstanceOf(StaffcoreError);
        return (error as StaffcoreError).message;
      }
      return 'accepted';
    };
    expect(refusal({ tree: today, figures: [{ recordId: 'ghost', date: '2026-01-01', amount: '1.00' }] })).toBe(
      `[staffcore] Invalid roll-up input: figures.0.recordId: ${messages.notFound('record', 'ghost')}`,
    );
    expect(refusal({ tree: today, figures: [{ recordId: 'acme', date: '2026-1-1', amount: '1.00' }] })).toContain('figures.0.date');
    expect(refusal({ tree: today, figures: [{ recordId: 'acme', date: '2026-01-01', amount: '1.005' }] })).toContain(messages.notAnAmount('1.005'));
    expect(refusal({ tree: today, figures: [], moves: [{ customerId: 'acme', fromParentId: null, toParentId: null, at: 'yesterday' }] })).toContain('moves.0.at');
    // A history whose latest move of plant does not leave it where today's tree has it.
    expect(
      refusal({ tree: today, figures, moves: [{ customerId: 'plant', fromParentId: 'globex', toParentId: 'acme', at: '2026-03-01T00:00:00.000Z' }] }),
    ).toContain(messages.moveOutOfOrder('plant', '2026-03-01T00:00:00.000Z', 'acme', 'globex'));
  });

  it('does not mutate its input', () => {
    const copy = structuredClone({ today, figures, moves });
    RollUp.from({ tree: today, figures, moves }).total('acme', 'master');
    expect({ today, figures, moves }).toEqual(copy);
  });

  it('sums money exactly, beyond 64 bits of cents too', () => {
    const big = RollUp.from({
      tree: [link('a', null), link('b', 'a')],
      figures: [
        { recordId: 'a', date: '2026-01-01', amount: '999999999999999.99' },
        { recordId: 'b', date: '2026-01-01', amount: '999999999999999.99' },
        ...Array.from({ length: 100 }, () => ({ recordId: 'b', date: '2026-01-02', amount: '999999999999999.99' })),
        ...Array.from({ length: 10 }, () => ({ recordId: 'b', date: '2026-01-03', amount: '0.1' })),
      ],
    });
    expect(big.total('a', 'subtree')).toBe('101999999999999999.98');
    expect(big.total('b', 'account', { from: '2026-01-03' })).toBe('1.00');
  });

  it('equals a naive recomputation for random trees, figures, dates and move histories', () => {
    const scenario = fc
      .record({
        initial: forests(25),
        moveSeeds: fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: null, freq: 5 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 23 })), { maxLength: 25 }),
        figureSeeds: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 45 }), fc.integer({ min: -100_000, max: 100_000 })), { maxLength: 60 }),
        querySeeds: fc.array(fc.tuple(fc.nat(), fc.constantFrom<TreeScope>('account', 'subtree', 'master'), fc.integer({ min: -1, max: 45 }), fc.integer({ min: -1, max: 45 }), fc.boolean()), {
          minLength: 1,
          maxLength: 12,
        }),
      })
      .map(({ initial, moveSeeds, figureSeeds, querySeeds }) => {
        const ids = initial.map((l) => l.id);
        const date = (k: number) => new Date(Date.UTC(2026, 0, 1 + k)).toISOString().slice(0, 10);
        // Apply moves forward in time order, keeping only the valid ones (as the action would).
        const parents = parentMap(initial);
        const history: TreeMove[] = [];
        // Distinct instants (the milliseconds count up), so a shuffled history has one true order.
        const ordered = moveSeeds
          .map(([x, y, d, h]) => ({ x, y, at: `${date(d)}T${String(h).padStart(2, '0')}:00:00` }))
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
          .map((m, k) => ({ ...m, at: `${m.at}.${String(k).padStart(3, '0')}Z` }));
        for (const { x, y, at } of ordered) {
          const id = ids[x % ids.length]!;
          const to = y === null ? null : ids[y % ids.length]!;
          if (to !== null && naiveWithin(parents, to, id)) continue;
          history.push({ customerId: id, fromParentId: parents.get(id)!, toParentId: to, at });
          parents.set(id, to);
        }
        const now = initial.map((l) => link(l.id, parents.get(l.id)!));
        const figs = figureSeeds.map(([r, d, c]): Figure => ({ recordId: ids[r % ids.length]!, date: date(d), amount: (c / 100).toFixed(2) }));
        const queries = querySeeds.map(([r, scope, a, b, restate]) => ({
          id: ids[r % ids.length]!,
          scope,
          range: { ...(a >= 0 ? { from: date(a) } : {}), ...(b >= 0 ? { to: date(b) } : {}) },
          restate,
        }));
        return { initial, now, history, figs, queries };
      });

    fc.assert(
      fc.property(scenario, fc.boolean(), ({ initial, now, history, figs, queries }, shuffleMoves) => {
        const rollUp = RollUp.from({ tree: now, figures: figs, moves: shuffleMoves ? [...history].reverse() : history });
        // The tree on day D, naively: the initial tree with every move dated on or before D applied.
        const parentsOn = (d: string) => {
          const parents = parentMap(initial);
          for (const move of history) if (move.at.slice(0, 10) <= d) parents.set(move.customerId, move.toParentId);
          return parents;
        };
        const todayParents = parentMap(now);
        const rootIn = (parents: Map<string, string | null>, id: string) => naiveAncestors(parents, id).at(-1) ?? id;
        for (const { id, scope, range, restate } of queries) {
          const counted = figs.filter((f) => {
            if ((range.from !== undefined && f.date < range.from) || (range.to !== undefined && f.date > range.to)) return false;
            const parents = restate ? todayParents : parentsOn(f.date);
            if (scope === 'account') return f.recordId === id;
            if (scope === 'subtree') return naiveWithin(parents, f.recordId, id);
            return rootIn(parents, f.recordId) === rootIn(parents, id);
          });
          expect(rollUp.total(id, scope, { ...range, restate })).toBe(sumMoney(counted.map((f) => f.amount)));
        }
        for (const f of figs.slice(0, 5)) {
          const parents = parentsOn(f.date);
          const past = rollUp.treeAsOf(f.date);
          for (const l of initial) expect(past.parent(l.id)).toBe(parents.get(l.id));
        }
      }),
      { numRuns: 150 },
    );
  });
});
