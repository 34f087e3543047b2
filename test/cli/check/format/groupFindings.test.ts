import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeGroup } from '../../../../src/cli/check/format/describeGroup.js';
import { groupFindings } from '../../../../src/cli/check/format/groupFindings.js';
import { checkRules, type CheckFinding } from '../../../../src/index.js';

type RuleId = CheckFinding['ruleId'];

const finding = (ruleId: RuleId, line: number | undefined, extra: Partial<CheckFinding> = {}): CheckFinding => ({
  ruleId,
  severity: 'error',
  message: `${ruleId} message`,
  recordId: `c${line ?? 0}`,
  path: [],
  location: { index: line ?? 1, ...(line === undefined ? {} : { line }) },
  ...extra,
});

describe('groupFindings', () => {
  it('makes one group of a finding repeated on one field, and keeps singles as they are', () => {
    const column = Array.from({ length: 1984 }, (_, i) => finding('unknown-field', i + 2, { severity: 'warn', message: 'Region2 is not a field of a customer record', path: ['Region2'] }));
    const cycle = finding('cycle', 700, { message: 'c7 is its own ancestor' });
    const groups = groupFindings([...column.slice(0, 1000), cycle, ...column.slice(1000)], 'customers.csv');
    expect(groups.map((g) => [g.ruleId, g.findings.length, g.file])).toEqual([
      ['cycle', 1, 'customers.csv'],
      ['unknown-field', 1984, 'customers.csv'],
    ]);
    expect(groups.map(describeGroup)).toEqual(['c7 is its own ancestor', 'Region2 is not a field of a customer record: 1,984 records, lines 2–1985']);
  });

  it('keeps apart what differs in file, rule, field, message or severity', () => {
    const base = finding('schema', 2, { path: ['email'], message: 'email is not an e-mail address' });
    const groups = groupFindings(
      [base, { ...base, location: { ...base.location, file: 'other.csv' } }, { ...base, path: ['phone'] }, { ...base, message: 'other' }, { ...base, severity: 'warn' }, { ...base, ruleId: 'unknown-field' }],
      'customers.csv',
    );
    expect(groups).toHaveLength(6);
  });

  it('orders structural findings first, then errors before warnings, then by file and position', () => {
    const groups = groupFindings(
      [
        finding('unknown-field', 1, { severity: 'warn', path: ['x'] }),
        finding('schema', 9, { path: ['name'] }),
        finding('likely-duplicate-name', 3, { severity: 'warn' }),
        finding('missing-parent', 8),
        finding('duplicate-id', 4),
        finding('no-default-worksite', 1, { location: { index: 1, line: 1, file: 'worksites.csv' } }),
      ],
      'customers.csv',
    );
    expect(groups.map((g) => g.ruleId)).toEqual(['duplicate-id', 'missing-parent', 'no-default-worksite', 'schema', 'unknown-field', 'likely-duplicate-name']);
  });

  it('says where the findings are: ranges, at most three runs, or record positions', () => {
    const at = (lines: readonly (number | undefined)[]) =>
      describeGroup(groupFindings(lines.map((line, i) => finding('schema', line, { location: line === undefined ? { index: i + 2 } : { index: i + 1, line } })), 'f.csv')[0]!);
    expect(at([2, 5, 9, 12, 13, 40])).toBe('schema message: 6 records, lines 2, 5, 9 and 3 more');
    expect(at([2, 3, 4, 10, 11])).toBe('schema message: 5 records, lines 2–4 and 10–11');
    expect(at([7, 7])).toBe('schema message: 2 records, line 7');
    expect(at([undefined, undefined, undefined])).toBe('schema message: 3 records, records #2–#4');
  });

  it('does not mutate its input', () => {
    const findings = [finding('schema', 3), finding('cycle', 1), finding('schema', 2)];
    const copy = structuredClone(findings);
    groupFindings(findings, 'f.csv');
    expect(findings).toEqual(copy);
  });

  it('puts every finding in exactly one group, of findings that agree on file, rule, field and message; counts add up', () => {
    const arbitraryFinding = fc.record({
      ruleId: fc.constantFrom(...checkRules.map((r) => r.id)),
      severity: fc.constantFrom('error' as const, 'warn' as const),
      message: fc.constantFrom('a', 'b', 'c|d'),
      recordId: fc.option(fc.string({ maxLength: 3 }), { nil: null }),
      path: fc.constantFrom([], ['name'], ['billingAddress', 'country']),
      location: fc.record({ index: fc.nat(50), line: fc.nat(60), file: fc.constantFrom('a.csv', 'b.csv') }, { requiredKeys: ['index'] }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 80 }), (findings) => {
        const groups = groupFindings(findings, 'a.csv');
        const members = groups.flatMap((g) => g.findings);
        expect(members).toHaveLength(findings.length);
        expect(new Set(members).size).toBe(findings.length);
        for (const f of findings) expect(members).toContain(f);
        for (const g of groups) {
          expect(g.findings.length).toBeGreaterThan(0);
          for (const f of g.findings) expect([f.location.file ?? 'a.csv', f.ruleId, f.severity, f.path, f.message]).toEqual([g.file, g.ruleId, g.severity, g.path, g.message]);
        }
        const ranks = groups.map((g) => g.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});
