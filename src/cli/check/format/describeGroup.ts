import type { CheckFinding } from '../../../index.js';
import type { FindingGroup } from './groupFindings.js';

const count = (n: number) => n.toLocaleString('en-US');

/** How many runs of positions are named before "and N more". */
const shownRuns = 3;

/**
 * Positions as a person reads them: runs of consecutive numbers as ranges (`2–1985`), at most three
 * runs, then how many more positions there are.
 */
function positions(numbers: readonly number[], mark: string): string {
  const at = (n: number) => `${mark}${n}`;
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const shown = runs.slice(0, shownRuns).map(([from, to]) => (from === to ? at(from) : `${at(from)}–${at(to)}`));
  const rest = runs.slice(shownRuns).reduce((sum, [from, to]) => sum + to - from + 1, 0);
  if (rest > 0) return `${shown.join(', ')} and ${count(rest)} more`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
}

/**
 * Where the findings of a group are: `lines 2–1985`, `lines 2, 5, 9 and 1,981 more`, or, for records
 * whose line is not known, their positions (`records #2 and #7`).
 */
function where(findings: readonly CheckFinding[]): string {
  if (findings.every((f) => f.location.line !== undefined)) {
    const lines = findings.map((f) => f.location.line!);
    return `${new Set(lines).size === 1 ? 'line' : 'lines'} ${positions(lines, '')}`;
  }
  const indexes = findings.map((f) => f.location.index);
  return `${new Set(indexes).size === 1 ? 'record' : 'records'} ${positions(indexes, '#')}`;
}

/**
 * A group's message as a report line shows it: a single finding's own message, or the message of
 * the repeated finding with how many records it is on and where.
 * @param group - a group of {@link groupFindings}
 * @returns the text, not yet escaped for the format (data in it may hold any character)
 * @example
 * ```ts
 * describeGroup(group) //=> 'Region2 is not a field of a customer record: 1,984 records, lines 2–1985'
 * ```
 */
export function describeGroup(group: FindingGroup): string {
  if (group.findings.length === 1) return group.message;
  return `${group.message}: ${count(group.findings.length)} records, ${where(group.findings)}`;
}
