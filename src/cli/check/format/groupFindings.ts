import type { CheckFinding } from '../../../index.js';
import { findingRank } from './rankFindings.js';

/**
 * Findings that say the same thing about the same field of the same file (one rule, one path, one
 * message), as one: "billingAdress is not a field of a customer record" on 1,984 rows is one cause.
 * A finding that says something of its own is a group of one.
 */
export interface FindingGroup {
  /** The file the findings are in (the customer file for those that name none). */
  readonly file: string;
  readonly ruleId: CheckFinding['ruleId'];
  readonly severity: CheckFinding['severity'];
  readonly path: CheckFinding['path'];
  readonly message: string;
  /** {@link findingRank} of the findings: 0 a structural error … 3 a field warning. */
  readonly rank: number;
  /** The findings, at least one, in the order they were found. */
  readonly findings: readonly CheckFinding[];
}

/**
 * Groups repeated findings (same file, rule, severity, field and message) and orders the groups as a
 * person should read them: structural findings first, then errors before warnings, then by file
 * (in the order the findings name them) and by where each group starts in its file. Every finding is
 * in exactly one group.
 * @param findings - the findings, in the order they were found
 * @param defaultFile - the file of a finding whose location names none (the customer file)
 * @returns the groups, most important first
 * @example
 * ```ts
 * const groups = groupFindings(findings, 'customers.csv');
 * groups.map((g) => [g.ruleId, g.findings.length]) //=> [['cycle', 1], ['unknown-field', 1984]]
 * ```
 */
export function groupFindings(findings: readonly CheckFinding[], defaultFile: string): FindingGroup[] {
  const groups = new Map<string, { group: FindingGroup; findings: CheckFinding[]; fileOrder: number; at: number; first: number }>();
  const fileOrder = new Map<string, number>();
  findings.forEach((finding, index) => {
    const file = finding.location.file ?? defaultFile;
    if (!fileOrder.has(file)) fileOrder.set(file, fileOrder.size);
    const key = JSON.stringify([file, finding.ruleId, finding.severity, finding.path, finding.message]);
    let entry = groups.get(key);
    if (!entry) {
      const members: CheckFinding[] = [];
      const group = { file, ruleId: finding.ruleId, severity: finding.severity, path: finding.path, message: finding.message, rank: findingRank(finding), findings: members };
      const at = finding.location.line ?? finding.location.index;
      groups.set(key, (entry = { group, findings: members, fileOrder: fileOrder.get(file)!, at, first: index }));
    }
    entry.findings.push(finding);
  });
  return [...groups.values()]
    .sort((a, b) => a.group.rank - b.group.rank || a.fileOrder - b.fileOrder || a.at - b.at || a.first - b.first)
    .map(({ group }) => group);
}
