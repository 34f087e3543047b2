import { checkRules, type CheckFinding, type CheckRule } from '../../../rules/check/index.js';

const rules = new Map<string, CheckRule>(checkRules.map((rule) => [rule.id, rule]));

/**
 * The rule behind a finding, for its name, help and whether it is structural.
 * @param ruleId - a finding's `ruleId`
 * @returns the rule, or `undefined` for an id `checkRules` does not list
 */
export const ruleOf = (ruleId: string): CheckRule | undefined => rules.get(ruleId);

/**
 * How much a finding matters, for reports that show or keep only the first ones: 0 a structural
 * error, 1 a structural warning, 2 a field error, 3 a field warning. A structural finding is usually
 * a real problem on its own, while field findings tend to repeat down a column.
 * @param finding - the rule and severity of a finding
 * @returns the rank, lowest first
 * @example
 * ```ts
 * findingRank({ ruleId: 'cycle', severity: 'error' }) //=> 0
 * findingRank({ ruleId: 'unknown-field', severity: 'warn' }) //=> 3
 * ```
 */
export function findingRank(finding: Pick<CheckFinding, 'ruleId' | 'severity'>): number {
  return (ruleOf(finding.ruleId)?.structural === true ? 0 : 2) + (finding.severity === 'error' ? 0 : 1);
}

/**
 * The `limit` findings that matter most (structural first, then errors, then in their order), kept
 * in their original order; all of them when there are no more than `limit`.
 * @param findings - the findings, in the order they were found
 * @param limit - how many to keep at most
 * @returns the findings kept, a new array, in the order they were found
 */
export function mostImportant<T extends Pick<CheckFinding, 'ruleId' | 'severity'>>(findings: readonly T[], limit: number): T[] {
  if (findings.length <= limit) return [...findings];
  const kept = findings
    .map((finding, index) => ({ rank: findingRank(finding), index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map(({ index }) => index)
    .sort((a, b) => a - b);
  return kept.map((index) => findings[index]!);
}
