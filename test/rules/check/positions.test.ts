import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEntries, messages, type CheckEntry } from '../../../src/index.js';

describe('where a repeated record was first read', () => {
  it('is named right whatever comes between: bad ids, repeats, parents named before they are read, lines skipped', async () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'not an id');
    const entry = fc.record({ id: ids, parentId: fc.constantFrom(null, 'a', 'b', 'c', 'd', 'e'), skip: fc.nat({ max: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.boolean(), async (rows, byLine) => {
        let line = 0;
        const entries: CheckEntry[] = rows.map(({ id, parentId, skip }, i) => {
          line += 1 + skip;
          return { record: { id, name: `N${i}`, parentId }, location: byLine ? { index: i + 1, line } : { index: i + 1 } };
        });
        const firstAt = new Map<string, number>();
        const expected: string[] = [];
        for (const { record, location } of entries) {
          const { id } = record as { id: string };
          if (id === 'not an id') continue;
          const first = firstAt.get(id);
          if (first === undefined) firstAt.set(id, location.line ?? location.index);
          else expected.push(messages.checkDuplicateId(id, messages.checkAt(first, byLine)));
        }
        const found: string[] = [];
        for await (const finding of checkEntries(entries, { rules: { schema: 'off' } })) if (finding.ruleId === 'duplicate-id') found.push(finding.message);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
