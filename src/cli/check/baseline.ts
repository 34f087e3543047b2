import { readFile, writeFile } from 'node:fs/promises';
import * as z from 'zod';
import type { CheckFinding } from '../../index.js';
import { cliMessages } from './cliMessages.js';
import { recordOf } from './format/Report.js';
import { UsageError } from './InputError.js';

/**
 * Which input of `staffcore check` a finding is in: a baseline names the input's role rather
 * than its path, so tomorrow's export (another file name) is compared with today's.
 */
export type InputRole = 'customers' | 'worksites' | 'orders' | 'assignments';

/**
 * The baseline file: the findings a team has accepted, counted by input, rule and finding key
 * (the record's id, or `#position` when it has none, then the field). Readable and diffable:
 * fixing a finding shows as a removed line when the baseline is updated.
 */
const BaselineFile = z.strictObject({
  $comment: z.string().optional(),
  staffcoreBaseline: z.literal(1),
  findings: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.number().int().positive()))),
});
type BaselineFile = z.infer<typeof BaselineFile>;

/** The key of a finding within its input and rule: what stays the same from one export to the next. */
export const findingKey = (finding: CheckFinding): string => {
  const record = recordOf(finding);
  return finding.path.length === 0 ? record : `${record} ${finding.path.join('.')}`;
};

/**
 * A baseline being compared: `known` says whether a finding was accepted (each accepted finding
 * matches once, so a second finding of the same key is new); `fixed` counts the accepted findings
 * that did not come back.
 */
export class Baseline {
  private constructor(private readonly counts: Map<string, number>, private remaining: number) {}

  /** A baseline to compare with (nothing accepted yet: every finding is new). */
  static empty(): Baseline {
    return new Baseline(new Map(), 0);
  }

  /**
   * Reads a baseline file; `undefined` when it does not exist.
   * @throws UsageError when it exists but is not a baseline
   */
  static async read(file: string): Promise<Baseline | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return undefined;
      throw new UsageError(cliMessages.badBaseline(file, cliMessages.cannotRead((error as { code?: string }).code ?? String(error))));
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new UsageError(cliMessages.badBaseline(file, cliMessages.notJson((error as Error).message)));
    }
    const parsed = BaselineFile.safeParse(raw);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw new UsageError(cliMessages.badBaseline(file, `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()));
    }
    const counts = new Map<string, number>();
    let total = 0;
    for (const [role, rules] of Object.entries(parsed.data.findings)) {
      for (const [ruleId, keys] of Object.entries(rules)) {
        for (const [key, count] of Object.entries(keys)) {
          counts.set(`${role}\u0000${ruleId}\u0000${key}`, count);
          total += count;
        }
      }
    }
    return new Baseline(counts, total);
  }

  /** Whether the finding was accepted in the baseline (it then no longer counts as accepted for another). */
  known(role: InputRole, finding: CheckFinding): boolean {
    const key = `${role}\u0000${finding.ruleId}\u0000${findingKey(finding)}`;
    const count = this.counts.get(key);
    if (count === undefined || count === 0) return false;
    this.counts.set(key, count - 1);
    this.remaining--;
    return true;
  }

  /** How many accepted findings did not come back (fixed since the baseline was written). */
  get fixed(): number {
    return this.remaining;
  }
}

/** Writes the findings as a baseline: by input, rule and key, sorted so the file diffs well. */
export async function writeBaseline(file: string, findings: readonly { readonly role: InputRole; readonly finding: CheckFinding }[]): Promise<void> {
  const counts = new Map<string, Map<string, Map<string, number>>>();
  for (const { role, finding } of findings) {
    let rules = counts.get(role);
    if (!rules) counts.set(role, (rules = new Map()));
    let keys = rules.get(finding.ruleId);
    if (!keys) rules.set(finding.ruleId, (keys = new Map()));
    const key = findingKey(finding);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const baseline: BaselineFile = {
    $comment: 'Findings of staffcore check accepted as they are: only findings not listed here fail the check. Written by staffcore check --baseline; rewrite with --update-baseline.',
    staffcoreBaseline: 1,
    findings: Object.fromEntries(sorted(counts).map(([role, rules]) => [role, Object.fromEntries(sorted(rules).map(([rule, keys]) => [rule, Object.fromEntries(sorted(keys))]))])),
  };
  try {
    await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(cliMessages.cannotWrite(file, (error as { code?: string }).code ?? String(error)));
  }
}
