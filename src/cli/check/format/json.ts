import type { Report } from './Report.js';

/** The findings as one JSON document: counts, then every finding as `check` returns it. */
export function json(report: Report): string {
  const { records, errorCount, warningCount, findings } = report;
  return `${JSON.stringify({ records, errorCount, warningCount, findings }, null, 2)}\n`;
}
