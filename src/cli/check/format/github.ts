import { printable } from './printable.js';
import type { Report } from './Report.js';

const data = (text: string) => printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), which the runner
 * turns into annotations on the run and, for files in the repository, on the pull request. Every
 * value is escaped (`printable`, then the runner's own `%` escapes), so a name cannot end the
 * command early or start another.
 */
export function github(report: Report): string {
  return report.findings
    .map((f) => {
      const props = [`file=${property(f.location.file ?? report.files[0] ?? '')}`];
      if (f.location.line !== undefined) props.push(`line=${f.location.line}`);
      props.push(`title=${property(`staffcore ${f.ruleId}`)}`);
      const where = f.location.line === undefined ? ` (record ${f.location.index})` : '';
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(`${f.message}${where}`)}\n`;
    })
    .join('');
}
