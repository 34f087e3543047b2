import { createHash } from 'node:crypto';
import { SarifBuilder, SarifResultBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Notification, ReportingDescriptor, Result } from 'sarif';
import { checkRules, type CheckFinding } from '../../../rules/check/index.js';
import { mostImportant } from './rankFindings.js';
import { recordOf, type Report } from './Report.js';

/**
 * Code scanning's upload limits (GitHub's "SARIF support for code scanning"): a run with more
 * results is rejected, so the rest are left out and the log says how many. Rules per run (25,000),
 * locations per result (1,000, here 1) and runs per file (20, here 1) are far from ours.
 */
export const sarifLimits = { resultsPerRun: 25_000 } as const;

const level = (severity: string): Result.level => (severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none');
const uri = (file: string) => file.replace(/\\/g, '/').replace(/^\.\//, '');
/** SARIF's messages are sentences: they end with a period (the Multitool's SARIF2001). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
/** Markdown help as plain text: code spans lose their backticks. */
const plain = (markdown: string) => markdown.replace(/`([^`]*)`/g, '$1');

/**
 * A fingerprint that survives lines moving: the rule, the record's id (its position when it has
 * none), the field, the file, and which of the findings sharing those this is (a field can break
 * two rules of the schema), hashed. GitHub code scanning matches alerts across runs by it.
 */
const fingerprints = () => {
  const seen = new Map<string, number>();
  return (f: CheckFinding, file: string) => {
    const base = [f.ruleId, recordOf(f), f.path.join('.'), uri(file)].join('\u0000');
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
  };
};

/** A rule as code scanning shows it: a readable name, one line, the full text and the help. */
const descriptor = (rule: (typeof checkRules)[number]): ReportingDescriptor => ({
  id: rule.id,
  name: rule.name,
  shortDescription: { text: sentence(rule.description) },
  fullDescription: { text: `${sentence(rule.description)} ${plain(rule.help)}` },
  help: {
    text: plain(rule.help),
    markdown: `${rule.help}\n\nRule \`${rule.id}\` of \`staffcore check\`, ${rule.defaultSeverity === 'error' ? 'an error' : 'a warning'} by default (set it with \`--rule ${rule.id}=off|warn|error\` or in \`staffcore.config.json\`).`,
  },
  defaultConfiguration: { level: level(rule.defaultSeverity) },
  properties: { tags: ['staffcore', rule.structural ? 'structural' : 'field'] },
});

/**
 * SARIF 2.1.0 for GitHub code scanning, written with `node-sarif-builder` and the SARIF types: one
 * run, every rule described (name, descriptions, help, default level), the files read as artifacts,
 * every finding a result with the record and field as its logical location and a partial
 * fingerprint that survives lines moving. A run over code scanning's 25,000 results keeps the
 * structural findings and errors first and says in `invocations[0].toolExecutionNotifications` how
 * many were left out; fingerprints are those of the whole run, so capping changes none.
 */
export function sarif(report: Report): string {
  const fingerprintOf = fingerprints();
  const fingerprinted = report.findings.map((finding) => {
    const file = finding.location.file ?? report.files[0] ?? '';
    return { finding, file, fingerprint: fingerprintOf(finding, file), ruleId: finding.ruleId, severity: finding.severity };
  });
  const kept = mostImportant(fingerprinted, sarifLimits.resultsPerRun);
  const left = fingerprinted.length - kept.length;
  const notifications: Notification[] =
    left > 0
      ? [
          {
            level: 'warning',
            message: {
              text: `${left.toLocaleString('en-US')} of ${fingerprinted.length.toLocaleString('en-US')} results were left out: code scanning takes at most ${sarifLimits.resultsPerRun.toLocaleString('en-US')} results per run. Structural findings and errors were kept first; run staffcore check with -f json for every finding.`,
            },
          },
        ]
      : [];

  const run = new SarifRunBuilder({
    tool: {
      driver: {
        name: 'staffcore',
        semanticVersion: report.version,
        informationUri: 'https://www.npmjs.com/package/staffcore',
        rules: checkRules.map(descriptor),
      },
    },
    // Each file read is an analysis target (SARIF2004: an artifact that says no more than its location is noise).
    artifacts: report.files.map((file) => ({ location: { uri: uri(file) }, roles: ['analysisTarget'] })),
    invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
    results: [],
  });
  for (const { finding: f, file, fingerprint } of kept) {
    run.addResult(
      new SarifResultBuilder({
        ruleId: f.ruleId,
        level: level(f.severity),
        message: { text: sentence(f.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uri(file) },
              ...(f.location.line !== undefined ? { region: { startLine: f.location.line } } : {}),
            },
            logicalLocations: [{ fullyQualifiedName: [recordOf(f), ...f.path].join('.'), kind: 'object' }],
          },
        ],
        partialFingerprints: { 'staffcoreFinding/v1': fingerprint },
      }),
    );
  }
  const log = new SarifBuilder({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] });
  log.addRun(run);
  return `${log.buildSarifJsonString({ indent: true })}\n`;
}
