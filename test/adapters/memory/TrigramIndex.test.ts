import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reversedName } from '../../../src/adapters/_internal/nameWindows.js';
import { compareCodePoints } from '../../../src/adapters/port/sortKey.js';
import { SortedKeys } from '../../../src/adapters/memory/_internal/SortedKeys.js';
import { TrigramIndex } from '../../../src/adapters/memory/_internal/Table.js';
import { trigramSimilarity } from '../../../src/rules/index.js';

const word = fc.stringMatching(/^[abcd]{1,5}$/);
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

/** The best `limit` rows of `rows` at `threshold` or more, best first, ties by id: what a search of everything answers. */
function bestOf(rows: readonly { id: string; key: string }[], probe: string, threshold: number, limit: number) {
  return rows
    .map(({ id, key }) => ({ id, similarity: trigramSimilarity(probe, key) }))
    .filter((row) => row.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || compareCodePoints(a.id, b.id))
    .slice(0, limit);
}

const search = (threshold: number, limit: number, budget: number, size = 0) => ({
  threshold,
  limit,
  budget,
  accept: () => true,
  skip: [],
  window: { size, reach: 400 },
});

describe('TrigramIndex.nearest', () => {
  it('reads at most its budget of postings whatever the book, and when the budget did not run out answers as a search of every row', () => {
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 120 }),
        name,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 300 }),
        (names, probe, threshold, limit, budget) => {
          const index = new TrigramIndex('nameKey');
          const rows = names.map((key, i) => ({ id: `c${i}`, key }));
          for (const row of rows) index.add(row.id, row.key);
          const answer = index.nearest(probe, search(threshold, limit, budget));
          expect(answer.read).toBeLessThanOrEqual(budget);
          expect(answer.found.length).toBeLessThanOrEqual(limit);
          if (answer.exact) {
            const expected = bestOf(rows, probe, threshold, limit);
            expect(answer.found.map((f) => f.id)).toEqual(expected.map((e) => e.id));
            answer.found.forEach((f, i) => expect(f.similarity).toBeCloseTo(expected[i]!.similarity, 12));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares the rows of its windows even with no budget for the postings: the best of them are never missed', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 200 }), name, fc.integer({ min: 1, max: 10 }), (names, probe, size) => {
        const index = new TrigramIndex('nameKey');
        const rows = names.map((key, i) => ({ id: `c${String(i).padStart(3, '0')}`, key }));
        for (const row of rows) index.add(row.id, row.key);
        const inWindows = new Set<string>();
        for (const keyOf of [(key: string) => key, reversedName]) {
          const order = [...rows].sort((a, b) => compareCodePoints(keyOf(a.key), keyOf(b.key)) || compareCodePoints(a.id, b.id));
          const at = order.findIndex((row) => compareCodePoints(keyOf(row.key), keyOf(probe)) >= 0);
          const start = at === -1 ? order.length : at;
          for (const row of [...order.slice(start, start + size), ...order.slice(Math.max(0, start - size), start)]) inWindows.add(row.id);
        }
        const floor = bestOf(
          rows.filter((row) => inWindows.has(row.id)),
          probe,
          0.3,
          20,
        );
        const { found, read } = index.nearest(probe, search(0.3, 20, 0, size));
        expect(read).toBe(0);
        expect(found.length).toBeGreaterThanOrEqual(floor.length);
        floor.forEach((f, i) => expect(found[i]!.similarity).toBeGreaterThanOrEqual(f.similarity - 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('forgets a removed row and finds a row again under its new value', () => {
    const index = new TrigramIndex('nameKey');
    index.add('1', 'stark staffing');
    index.add('2', 'stark stafing');
    index.remove('2', 'stark stafing');
    index.add('2', 'acme tools');
    expect(index.nearest('stark staffing', search(0.5, 20, 1000, 50)).found.map((f) => f.id)).toEqual(['1']);
    expect(index.nearest('acme tool', search(0.5, 20, 1000, 50)).found.map((f) => f.id)).toEqual(['2']);
    index.clear();
    expect(index.nearest('acme tools', search(0.5, 20, 1000, 50)).found).toEqual([]);
  });
});

describe('SortedKeys', () => {
  it('walks its keys in order (by key, then id) from any key, either way, through any adds and removes', () => {
    const operation = fc.record({ add: fc.boolean(), key: word, slot: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 3000 }), word, fc.boolean(), (operations, from, descending) => {
        const ids = Array.from({ length: 41 }, (_, slot) => `r${(slot * 7) % 41}`);
        const keys = new SortedKeys((slot) => ids[slot]!);
        const model = new Map<number, string>();
        for (const { add, key, slot } of operations) {
          const held = model.get(slot);
          if (add && held === undefined) {
            keys.add(key, slot);
            model.set(slot, key);
          } else if (!add && held !== undefined) {
            keys.remove(held, slot);
            model.delete(slot);
          }
        }
        const order = [...model].sort((a, b) => compareCodePoints(a[1], b[1]) || compareCodePoints(ids[a[0]]!, ids[b[0]]!));
        const expected = descending
          ? order.filter(([, key]) => compareCodePoints(key, from) < 0).reverse()
          : order.filter(([, key]) => compareCodePoints(key, from) >= 0);
        const walked: number[] = [];
        keys.walk(from, descending, (slot) => (walked.push(slot), true));
        expect(walked).toEqual(expected.map(([slot]) => slot));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps its order past the size of a chunk', () => {
    const ids = Array.from({ length: 5000 }, (_, slot) => String(slot));
    const keys = new SortedKeys((slot) => ids[slot]!);
    const shuffled = ids.map((_, slot) => (slot * 2654435761) % 5000);
    for (const slot of shuffled) keys.add(`k${String(slot % 997).padStart(3, '0')}`, slot);
    for (const slot of shuffled.slice(0, 2500)) keys.remove(`k${String(slot % 997).padStart(3, '0')}`, slot);
    const walked: number[] = [];
    keys.walk('', false, (slot) => (walked.push(slot), true));
    const expected = shuffled
      .slice(2500)
      .sort((a, b) => compareCodePoints(`k${String(a % 997).padStart(3, '0')}`, `k${String(b % 997).padStart(3, '0')}`) || compareCodePoints(ids[a]!, ids[b]!));
    expect(walked).toEqual(expected);
  });
});
