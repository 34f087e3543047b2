import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/adapters/memory/index.js';
import { counts, memberSpans } from '../../src/adapters/port/memberSpans.js';
import type { Customer } from '../../src/index.js';
import { membersOf } from '../../src/reports/_internal/membersOf.js';
import type { ReportContext } from '../../src/reports/ReportContext.js';
import { fixture } from '../../src/testing/fixtures.js';

const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06'];
const size = 7;

/** Whether `id` lies under `top` (or is it) by a parent map. */
function under(parents: ReadonlyMap<number, number | null>, id: number, top: number): boolean {
  for (let current: number | null | undefined = id; current !== null && current !== undefined; current = parents.get(current)) if (current === top) return true;
  return false;
}

/** A forest of `size` records (each parent an earlier record or none) and moves on days 2–6 that never make a cycle. */
const scenario = fc.record({
  parents: fc.tuple(...Array.from({ length: size }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.nat({ max: i - 1 }), { nil: null })))),
  moves: fc.array(fc.record({ node: fc.nat({ max: size - 1 }), to: fc.option(fc.nat({ max: size - 1 }), { nil: null }), day: fc.integer({ min: 1, max: days.length - 1 }) }), { maxLength: 6 }),
  top: fc.nat({ max: size - 1 }),
  master: fc.boolean(),
});

describe('membersOf', () => {
  it('counts a record on a date exactly when it lay under the view’s top on that date (the move history replayed)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ parents, moves, top, master }) => {
        // The tree day by day: the initial one, then each move applied in order of its day, skipped when it would make a cycle.
        const timeline: Map<number, number | null>[] = [];
        const current = new Map(parents.map((p, i) => [i, p] as const));
        const applied: { node: number; from: number | null; to: number | null; day: number }[] = [];
        const ordered = [...moves].sort((a, b) => a.day - b.day);
        for (let d = 0; d < days.length; d++) {
          for (const move of ordered.filter((m) => m.day === d)) {
            if (move.to !== null && under(current, move.to, move.node)) continue;
            if (current.get(move.node) === move.to) continue;
            applied.push({ node: move.node, from: current.get(move.node)!, to: move.to, day: d });
            current.set(move.node, move.to);
          }
          timeline.push(new Map(current));
        }
        const store = memoryStore();
        const ids = await store.transaction(async (tx) => {
          const saved: Customer[] = [];
          for (let i = 0; i < size; i++) saved.push(await tx.customers.insert(fixture('customers', { name: `C${i}`, parentId: parents[i] === null ? null : saved[parents[i]!]!.id, branchId: 'b' })));
          const id = (n: number | null) => (n === null ? null : saved[n]!.id);
          let version = 1;
          for (const move of applied) {
            const record = (await tx.customers.get(id(move.node)!))!;
            await tx.customers.update({ ...record, parentId: id(move.to) });
            await tx.customerMoves.insert(fixture('customerMoves', { customerId: id(move.node), fromParentId: id(move.from), toParentId: id(move.to), at: `${days[move.day]}T12:00:00.000Z`, recordVersion: ++version }));
          }
          return saved.map((c) => c.id);
        });
        await store.transaction(async (tx) => {
          const record = (await tx.customers.get(ids[top]!))!;
          const context = { tx, scope: new Set(['b']), today: '2026-12-31' } as unknown as ReportContext;
          const counted = await membersOf(context, record, master ? 'master' : 'subtree', false);
          // The view's top: today's root for master, the record for subtree.
          let viewTop = top;
          if (master) while (current.get(viewTop) !== null) viewTop = current.get(viewTop)!;
          const spans = memberSpans(counted.members);
          for (let d = 0; d < days.length; d++) {
            for (let n = 0; n < size; n++) {
              const expected = under(timeline[d]!, n, viewTop);
              const actual = counted.subtree ? under(current, n, viewTop) : counts(spans.get(ids[n]!), days[d]!);
              expect(actual, `record ${n} on ${days[d]} (top ${viewTop})`).toBe(expected);
            }
          }
        }, { readOnly: true });
      }),
      { numRuns: 150 },
    );
  });
});
