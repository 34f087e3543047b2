import { checkRules, type CheckFinding } from '../../../rules/check/index.js';
import { cliMessages } from '../cliMessages.js';
import { describeGroup } from './describeGroup.js';
import { groupFindings } from './groupFindings.js';
import { markdownText } from './markdownText.js';
import { findingRank, ruleOf } from './rankFindings.js';
import { positionOf, type Report } from './Report.js';

/** How many lines of findings (groups) the summary shows. */
export const summaryFindings = 20;

const count = (n: number) => n.toLocaleString('en-US');
const severityText = (severity: string) => (severity === 'error' ? 'error' : 'warning');
const order = new Map<string, number>(checkRules.map((rule, index) => [rule.id, index]));

/**
 * The Markdown that `staffcore check` appends to the file named by `GITHUB_STEP_SUMMARY`, which
 * GitHub Actions shows on the run's summary page: the totals, the count of findings by rule (rule,
 * severity, count), and the first findings, grouped and ordered as in `stylish` (structural findings
 * and errors first; a finding repeated down a column is one line). Every text from the data is
 * escaped ({@link markdownText}), so a name cannot add a table cell, a tag or a link.
 * @param report - what every format is given
 * @returns the Markdown, ending in a blank line so the next step's summary starts a new block
 */
export function stepSummary(report: Report): string {
  const files = report.files.map(markdownText).join(', ');
  if (report.findings.length === 0) return `### staffcore check: ${markdownText(cliMessages.clean(report.records))}\n\nFiles: ${files}\n\n`;
  const lines = [`### staffcore check: ${markdownText(cliMessages.problems(report.findings.length, report.errorCount, report.warningCount))}`, '', `${count(report.records)} records checked. Files: ${files}`, ''];

  const byRule = new Map<string, Pick<CheckFinding, 'ruleId' | 'severity'> & { findings: number }>();
  for (const f of report.findings) {
    const key = `${f.ruleId}\u0000${f.severity}`;
    const row = byRule.get(key) ?? { ruleId: f.ruleId, severity: f.severity, findings: 0 };
    row.findings++;
    byRule.set(key, row);
  }
  const rows = [...byRule.values()].sort((a, b) => findingRank(a) - findingRank(b) || (order.get(a.ruleId) ?? order.size) - (order.get(b.ruleId) ?? order.size));
  lines.push('| Rule | Severity | Findings |', '| --- | --- | ---: |');
  for (const row of rows) {
    const name = ruleOf(row.ruleId)?.name;
    lines.push(`| ${markdownText(name === undefined ? row.ruleId : `${name} (${row.ruleId})`)} | ${severityText(row.severity)} | ${count(row.findings)} |`);
  }
  lines.push(`| **Total** | | **${count(report.findings.length)}** |`, '');

  const groups = groupFindings(report.findings, report.files[0] ?? '');
  const shown = groups.slice(0, summaryFindings);
  lines.push(groups.length > shown.length ? `The first ${shown.length} of ${count(groups.length)} lines of the report:` : 'The findings:', '');
  lines.push('| Severity | Where | Finding | Rule |', '| --- | --- | --- | --- |');
  for (const group of shown) {
    const where = `${group.file}:${positionOf(group.findings[0]!)}`;
    lines.push(`| ${severityText(group.severity)} | ${markdownText(where)} | ${markdownText(describeGroup(group))} | ${markdownText(group.ruleId)} |`);
  }
  const rest = groups.slice(shown.length).reduce((sum, group) => sum + group.findings.length, 0);
  if (rest > 0) lines.push('', `…and ${count(rest)} more ${rest === 1 ? 'finding' : 'findings'}: \`staffcore check -f sarif\` or \`-f json\` lists every finding.`);
  return `${lines.join('\n')}\n\n`;
}
