import { printable } from './printable.js';
import { byFile, positionOf, type Report } from './Report.js';

const xml = (text: string) =>
  printable(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * JUnit XML, as ESLint writes it: one test suite per file and one failing test case per finding
 * (GitLab shows them in the merge request's test report); a clean run is one passing test case.
 */
export function junit(report: Report): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  const groups = byFile(report);
  if (groups.length === 0) {
    lines.push(`<testsuite package="staffcore" time="0" tests="1" errors="0" failures="0" name="${xml(report.files[0] ?? 'staffcore check')}">`);
    lines.push(`<testcase time="0" name="staffcore check" classname="${xml(report.files[0] ?? 'staffcore')}" />`);
    lines.push('</testsuite>');
  }
  for (const [file, findings] of groups) {
    lines.push(`<testsuite package="staffcore" time="0" tests="${findings.length}" errors="0" failures="${findings.length}" name="${xml(file)}">`);
    for (const f of findings) {
      const where = `${file}:${positionOf(f)}`;
      lines.push(`<testcase time="0" name="${xml(`${f.ruleId}: ${f.recordId ?? where}`)}" classname="${xml(file)}">`);
      lines.push(`<failure message="${xml(f.message)}" type="${f.severity}"><![CDATA[${printable(`${where}: ${f.severity}: ${f.message} (${f.ruleId})`)}]]></failure>`);
      lines.push('</testcase>');
    }
    lines.push('</testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
