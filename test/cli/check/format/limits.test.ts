import { describe, expect, it } from 'vitest';
import { github } from '../../../../src/cli/check/format/github.js';
import { markdownText } from '../../../../src/cli/check/format/markdownText.js';
import type { Report } from '../../../../src/cli/check/format/Report.js';
import { sarif, sarifLimits } from '../../../../src/cli/check/format/sarif.js';
import { stepSummary } from '../../../../src/cli/check/format/stepSummary.js';
import { cliMessages } from '../../../../src/cli/check/cliMessages.js';
import type { CheckFinding } from '../../../../src/index.js';
import { validateSarif } from '../multitool.js';

/**
 * 30,000 findings as a legacy export gives them: field findings repeated on every row of a 10,000-row
 * file (an extra column, address columns without country), a few schema errors of their own, and a
 * handful of structural problems near the end, which a report must not bury.
 */
function legacyExport(): Report {
  const findings: CheckFinding[] = [];
  const at = (row: number) => ({ index: row, line: row + 1, file: 'customers.csv' });
  for (let row = 1; row <= 10_000; row++) {
    findings.push({ ruleId: 'unknown-field', severity: 'warn', message: 'Region2 is not a field of a customer record', recordId: `c${row}`, path: ['Region2'], location: at(row) });
    findings.push({ ruleId: 'schema', severity: 'error', message: 'billingAddress.country is required', recordId: `c${row}`, path: ['billingAddress', 'country'], location: at(row) });
    findings.push({ ruleId: 'schema', severity: 'error', message: `email "x${row}" is not an e-mail address`, recordId: `c${row}`, path: ['email'], location: at(row) });
  }
  findings.splice(-6, 6);
  findings.push(
    { ruleId: 'cycle', severity: 'error', message: 'following the parents of c9990 leads back to it', recordId: 'c9990', path: ['parentId'], location: at(9990) },
    { ruleId: 'missing-parent', severity: 'error', message: 'customer c9991 names parent c0, which is not in the export', recordId: 'c9991', path: ['parentId'], location: at(9991) },
    { ruleId: 'duplicate-id', severity: 'error', message: 'id c5 appears more than once (first on line 6)', recordId: 'c5', path: ['id'], location: at(9992) },
    { ruleId: 'likely-duplicate-name', severity: 'warn', message: '"Acme" looks like a duplicate', recordId: 'c9993', path: ['name'], location: at(9993) },
    { ruleId: 'active-without-billing-address', severity: 'warn', message: 'customer c9994 is active (status A) and has no billing address', recordId: 'c9994', path: ['billingAddress'], location: at(9994) },
    { ruleId: 'no-default-worksite', severity: 'error', message: 'customer c1 has worksites but no default worksite', recordId: 'c1', path: ['defaultWorksiteId'], location: { index: 1, line: 1, file: 'worksites.csv' } },
  );
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { findings, records: 10_000, errorCount, warningCount: findings.length - errorCount, files: ['customers.csv', 'worksites.csv'], version: '0.1.0', color: false };
}

interface SarifLog {
  runs: {
    results: { ruleId: string; level: string; partialFingerprints: Record<string, string> }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
  }[];
}

describe('report formats within GitHub limits', () => {
  const report = legacyExport();

  describe('sarif', () => {
    it('keeps 25,000 results, structural findings and errors first, and says how many it left out', () => {
      expect(report.findings).toHaveLength(30_000);
      const log = JSON.parse(sarif(report)) as SarifLog;
      const run = log.runs[0]!;
      expect(run.results).toHaveLength(sarifLimits.resultsPerRun);
      const kept = new Set(run.results.map((r) => r.ruleId));
      for (const structural of ['cycle', 'missing-parent', 'duplicate-id', 'no-default-worksite']) expect(kept).toContain(structural);
      // Every error fits (4 structural, 19,996 of fields); of the 10,000 warnings, the first 5,000 in their order.
      expect(run.results.filter((r) => r.level === 'error')).toHaveLength(20_000);
      expect(run.invocations[0]).toEqual({
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'warning', message: { text: expect.stringMatching(/^5,000 of 30,000 results were left out: code scanning takes at most 25,000 results per run\./) } }],
      });
    });

    it('gives a finding the same fingerprint whether or not the run was capped', () => {
      // The last six findings on their own: the four structural errors are kept in the capped run too.
      const alone = JSON.parse(sarif({ ...report, findings: report.findings.slice(-6) })) as SarifLog;
      const capped = JSON.parse(sarif(report)) as SarifLog;
      const printsOf = (log: SarifLog) => log.runs[0]!.results.filter((r) => r.level === 'error').map((r) => r.partialFingerprints['staffcoreFinding/v1']);
      const cappedPrints = new Set(printsOf(capped));
      expect(printsOf(alone)).toHaveLength(4);
      for (const print of printsOf(alone)) expect(cappedPrints).toContain(print);
    });

    it('passes the SARIF Multitool with its GitHub rules, capped', { timeout: 180_000 }, () => {
      const { results } = validateSarif(sarif(report));
      expect(results.map((r) => `${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(' ')}`)).toEqual([]);
    });
  });

  describe('github', () => {
    it('prints at most 10 error and 10 warning annotations, structural first, then how many more there are', () => {
      const lines = github(report).trimEnd().split('\n');
      const errors = lines.filter((l) => l.startsWith('::error '));
      const warnings = lines.filter((l) => l.startsWith('::warning '));
      expect(errors).toHaveLength(10);
      expect(warnings).toHaveLength(3);
      expect(errors.slice(0, 4).map((l) => /title=staffcore ([\w-]+)/.exec(l)![1])).toEqual(['cycle', 'missing-parent', 'duplicate-id', 'no-default-worksite']);
      expect(errors[4]).toBe('::error file=customers.csv,line=2,title=staffcore schema::billingAddress.country is required: 9,998 records, lines 2–9999');
      expect(warnings[0]).toBe('::warning file=customers.csv,line=2,title=staffcore unknown-field::Region2 is not a field of a customer record: 9,998 records, lines 2–9999');
      // Not annotated: the e-mail errors after the first five, each a line of its own.
      expect(lines.at(-1)).toBe(cliMessages.notAnnotated(9_993, 9_993));
      expect(lines).toHaveLength(14);
    });

    it('prints no "more" line when every finding has its annotation', () => {
      const few = { ...report, findings: report.findings.slice(-3) };
      expect(github(few).trimEnd().split('\n')).toHaveLength(3);
    });
  });

  describe('step summary', () => {
    it('counts by rule, shows the first findings grouped, and the totals', () => {
      const markdown = stepSummary(report);
      expect(markdown).toContain(`### staffcore check: ${markdownText(cliMessages.problems(30_000, report.errorCount, report.warningCount))}`);
      expect(markdown).toContain('| InvalidField (schema) | error | 19,996 |');
      expect(markdown).toContain('| UnknownField (unknown-field) | warning | 9,998 |');
      expect(markdown).toContain('| **Total** | | **30,000** |');
      const rows = markdown.split('\n').filter((l) => /^\| (error|warning) \| /.test(l));
      expect(rows).toHaveLength(20);
      expect(rows[0]).toBe('| error | customers.csv:9991 | following the parents of c9990 leads back to it | cycle |');
      expect(rows[4]).toBe('| error | customers.csv:2 | billingAddress.country is required: 9,998 records, lines 2–9999 | schema |');
      expect(markdown).toMatch(/…and [\d,]+ more findings: `staffcore check -f sarif` or `-f json` lists every finding\.\n\n$/);
    });

    it('escapes Markdown and HTML in data: no extra cell, no tag, no code span', () => {
      const evil = 'A | B <script>alert(1)</script> `x` *y* [l](http://e) @team #1\n| x |';
      const findings: CheckFinding[] = [{ ruleId: 'likely-duplicate-name', severity: 'warn', message: `"${evil}" looks like a duplicate`, recordId: 'c1', path: ['name'], location: { index: 1, line: 1 } }];
      const markdown = stepSummary({ ...report, findings, errorCount: 0, warningCount: 1, files: ['a|b<i>.csv'] });
      const row = markdown.split('\n').find((l) => l.startsWith('| warning |'))!;
      expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
      expect(markdown).not.toMatch(/<script>|<i>|(?<!\\)`x|(?<!\\)\*y|(?<!\\)\[l\]/);
      expect(row).toContain('A \\| B &lt;script&gt;alert(1)&lt;/script&gt; \\`x\\` \\*y\\* \\[l\\](http://e) \\@team \\#1\\\\n\\| x \\|');
      expect(markdown).toContain('a\\|b&lt;i&gt;.csv');
    });

    it('says so for a clean run', () => {
      expect(stepSummary({ ...report, findings: [], errorCount: 0, warningCount: 0, files: ['c.csv'] })).toBe(`### staffcore check: ${markdownText(cliMessages.clean(10_000))}\n\nFiles: c.csv\n\n`);
    });
  });
});
