import { cliMessages } from '../cliMessages.js';
import { describeGroup } from './describeGroup.js';
import { groupFindings, type FindingGroup } from './groupFindings.js';
import { printable } from './printable.js';
import { positionOf, type Report } from './Report.js';

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * The terminal report, in ESLint's "stylish" layout: findings by file, then a summary line that
 * counts every finding. Within a file, structural findings and errors come first, so the first lines
 * name the real problems; findings repeated down a column (one rule, one field, one message) are one
 * line that says on how many records and where (`lines 2–1985`). Names are data: their control
 * characters are escaped (`printable`), so none reaches the terminal.
 */
export function stylish(report: Report): string {
  const { color } = report;
  if (report.findings.length === 0) return `${paint(color, '32', cliMessages.clean(report.records))}\n`;
  const byFile = new Map<string, FindingGroup[]>(report.files.map((file) => [file, []]));
  for (const group of groupFindings(report.findings, report.files[0] ?? '')) {
    const groups = byFile.get(group.file);
    if (groups) groups.push(group);
    else byFile.set(group.file, [group]);
  }
  const lines: string[] = [];
  for (const [file, groups] of byFile) {
    if (groups.length === 0) continue;
    lines.push(paint(color, '4', printable(file)));
    const rows = groups.map((g) => [positionOf(g.findings[0]!), g.severity === 'error' ? 'error' : 'warning', printable(describeGroup(g)), g.ruleId] as const);
    const width = [0, 1, 2].map((column) => Math.min(100, Math.max(...rows.map((row) => row[column]!.length))));
    for (const [position, severity, message, rule] of rows) {
      const level = paint(color, severity === 'error' ? '31' : '33', severity.padEnd(width[1]!));
      lines.push(`  ${position.padStart(width[0]!)}  ${level}  ${message.padEnd(width[2]!)}  ${paint(color, '2', rule)}`);
    }
    lines.push('');
  }
  const summary = cliMessages.problems(report.findings.length, report.errorCount, report.warningCount);
  lines.push(paint(color, report.errorCount > 0 ? '31;1' : '33;1', summary));
  return `${lines.join('\n')}\n`;
}
