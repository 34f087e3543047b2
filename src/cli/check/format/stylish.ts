import { cliMessages } from '../cliMessages.js';
import { printable } from './printable.js';
import { byFile, positionOf, type Report } from './Report.js';

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * The terminal report, in ESLint's "stylish" layout: findings grouped by file, then a summary line.
 * Names are data: their control characters are escaped (`printable`), so none reaches the terminal.
 */
export function stylish(report: Report): string {
  const { color } = report;
  if (report.findings.length === 0) return `${paint(color, '32', cliMessages.clean(report.records))}\n`;
  const lines: string[] = [];
  for (const [file, findings] of byFile(report)) {
    lines.push(paint(color, '4', printable(file)));
    const rows = findings.map((f) => [positionOf(f), f.severity === 'error' ? 'error' : 'warning', printable(f.message), f.ruleId] as const);
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
