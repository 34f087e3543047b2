import type { CheckFinding } from '../../../index.js';

/** What every report format is given: the findings and their counts, and what was read. */
export interface Report {
  /** The findings, in the order they were found. */
  readonly findings: readonly CheckFinding[];
  /** How many customer records were read. */
  readonly records: number;
  readonly errorCount: number;
  readonly warningCount: number;
  /** The files read, the customer file first (`<stdin>` for standard input). */
  readonly files: readonly string[];
  /** staffcore's version, for SARIF's tool description. */
  readonly version: string;
  /** Whether to colour the output (stylish only). */
  readonly color: boolean;
}

/** The record a finding is about: its id, or `#position` when it has none that could be read. */
export const recordOf = (finding: CheckFinding): string => finding.recordId ?? `#${finding.location.index}`;

/** Where a finding is, for people: the line, or the record's position. */
export const positionOf = (finding: CheckFinding): string =>
  finding.location.line !== undefined ? String(finding.location.line) : `#${finding.location.index}`;

/** The findings of each file, in file order, each file's sorted by position (stable). */
export function byFile(report: Report): [string, CheckFinding[]][] {
  const groups = new Map<string, CheckFinding[]>(report.files.map((file) => [file, []]));
  for (const finding of report.findings) {
    const file = finding.location.file ?? report.files[0] ?? '';
    let group = groups.get(file);
    if (!group) groups.set(file, (group = []));
    group.push(finding);
  }
  const at = (f: CheckFinding) => f.location.line ?? f.location.index;
  return [...groups].filter(([, group]) => group.length > 0).map(([file, group]) => [file, group.sort((a, b) => at(a) - at(b))]);
}
