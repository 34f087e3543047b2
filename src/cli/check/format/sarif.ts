import { createHash } from 'node:crypto';
import { checkRules, type CheckFinding } from '../../../rules/check/index.js';
import type { Report } from './Report.js';

const level = (severity: string) => (severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none');
const uri = (file: string) => file.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * A fingerprint that survives lines moving: the rule, the record's id (its position when it has
 * none), the field, the file, and which of the findings sharing those this is (a field can break
 * two rules of the schema), hashed. GitHub code scanning matches alerts across runs by it.
 */
const fingerprints = () => {
  const seen = new Map<string, number>();
  return (f: CheckFinding, file: string) => {
    const base = [f.ruleId, f.recordId ?? `#${f.location.index}`, f.path.join('.'), uri(file)].join('\u0000');
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
  };
};

/** SARIF 2.1.0: one run, every rule described with its default level, every finding a result. */
export function sarif(report: Report): string {
  const fingerprintOf = fingerprints();
  const ruleIndex = new Map<string, number>(checkRules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'staffcore',
            semanticVersion: report.version,
            informationUri: 'https://www.npmjs.com/package/staffcore',
            rules: checkRules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: level(rule.defaultSeverity) },
            })),
          },
        },
        artifacts: report.files.map((file) => ({ location: { uri: uri(file) } })),
        results: report.findings.map((f) => {
          const file = f.location.file ?? report.files[0] ?? '';
          const physicalLocation = {
            artifactLocation: { uri: uri(file) },
            ...(f.location.line !== undefined ? { region: { startLine: f.location.line } } : {}),
          };
          return {
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
            level: level(f.severity),
            message: { text: f.message },
            locations: [
              {
                physicalLocation,
                logicalLocations: [{ fullyQualifiedName: [f.recordId ?? `#${f.location.index}`, ...f.path].join('.'), kind: 'object' }],
              },
            ],
            partialFingerprints: { 'staffcoreFinding/v1': fingerprintOf(f, file) },
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
