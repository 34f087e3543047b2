import type { FinancialMember } from './Financials.js';

/** The stretches each member counts for, by Customer ID. */
export type MemberSpans = ReadonlyMap<string, readonly FinancialMember[]>;

/** Groups members by Customer ID. */
export function memberSpans(members: readonly FinancialMember[]): MemberSpans {
  const spans = new Map<string, FinancialMember[]>();
  for (const member of members) {
    const list = spans.get(member.customerId);
    if (list) list.push(member);
    else spans.set(member.customerId, [member]);
  }
  return spans;
}

/** Whether a record's invoice dated `date` counts, by its stretches (`undefined`: not a member). */
export function counts(spans: readonly FinancialMember[] | undefined, date: string): boolean {
  if (!spans) return false;
  for (const span of spans) {
    if ((span.since === null || date >= span.since) && (span.until === null || date < span.until)) return true;
  }
  return false;
}
