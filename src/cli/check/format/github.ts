import { annotationsPerStep, cliMessages } from '../cliMessages.js';
import { annotation } from './annotation.js';
import { describeGroup } from './describeGroup.js';
import { groupFindings, type FindingGroup } from './groupFindings.js';
import { printable } from './printable.js';
import type { Report } from './Report.js';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), which the runner
 * turns into annotations on the run and, for files in the repository, on the pull request.
 *
 * A step shows at most 10 error and 10 warning annotations, so this prints at most that many: the
 * findings grouped as in `stylish` (a finding repeated down a column is one annotation saying on how
 * many records), structural ones and errors first, then one plain line saying how many findings are
 * not annotated and where to see them. Every value is made `printable` first and then escaped by the
 * Actions toolkit (`@actions/core`'s `issueCommand`), so data cannot end the command early or start another.
 */
export function github(report: Report): string {
  const groups = groupFindings(report.findings, report.files[0] ?? '');
  const shown: FindingGroup[] = [];
  const used = { error: 0, warn: 0 };
  for (const group of groups) {
    if (used[group.severity] === annotationsPerStep) continue;
    used[group.severity]++;
    shown.push(group);
  }
  const lines = shown.map((group) => {
    const first = group.findings[0]!;
    const where = group.findings.length === 1 && first.location.line === undefined ? ` (record ${first.location.index})` : '';
    const properties = { file: printable(group.file), line: first.location.line, title: printable(`staffcore ${group.ruleId}`) };
    return annotation(group.severity === 'error' ? 'error' : 'warning', properties, printable(`${describeGroup(group)}${where}`));
  });
  const annotated = shown.reduce((sum, group) => sum + group.findings.length, 0);
  if (annotated < report.findings.length) lines.push(`${cliMessages.notAnnotated(report.findings.length - annotated, groups.length - shown.length)}\n`);
  return lines.join('');
}
