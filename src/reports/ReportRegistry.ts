import { fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { ReportDefinition } from './defineReport.js';
import { builtInReportNames } from './builtIn/builtInReportNames.js';

const namePattern = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The reports an instance can run, by name: the host's own, or the built-in ones too (`withBuiltIns`).
 * @category Reports
 */
export interface ReportRegistry {
  /**
   * Looks a report up by name.
   * @param name - the report's name
   * @returns the report, or `null` when none has that name
   */
  get(name: string): ReportDefinition | null;
  /** Every report, in the order registered (built-in ones first, when included). */
  list(): readonly ReportDefinition[];
}

/**
 * Whether a report's parameters take a Customer ID (a `customerId` field), so it is offered from a
 * record with the ID filled in.
 * @param report - the report
 * @returns `true` for a customer report
 * @category Reports
 */
export function takesCustomerId(report: ReportDefinition): boolean {
  const shape = (report.params as { shape?: Record<string, unknown> }).shape ?? (report.params as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in?.shape;
  return shape !== undefined && 'customerId' in shape;
}

/**
 * Builds the registry of an instance's own reports, checked: a malformed definition, or a name
 * taken by another report or a built-in one, is refused. The built-in reports are added by the
 * `reports` actions (`withBuiltIns`), so an instance without them does not carry them.
 *
 * @param reports - the host's reports (made with `defineReport`)
 * @returns the registry
 * @throws StaffcoreError `VALIDATION` naming `reports[i]` for a malformed definition or a name already taken
 * @example
 * ```ts
 * const registry = createReportRegistry([worksites]);
 * registry.get('worksites')?.title //=> 'Worksites'
 * ```
 * @category Reports
 */
export function createReportRegistry(reports: readonly ReportDefinition[] = []): ReportRegistry {
  if (!Array.isArray(reports)) throw fieldError('options', ['reports'], messages.expected(messages.reportsKind));
  const byName = new Map<string, ReportDefinition>();
  const builtIn = new Set<string>(builtInReportNames);
  reports.forEach((report, i) => {
    const candidate = report as Partial<ReportDefinition> | null;
    if (
      typeof candidate?.name !== 'string' ||
      !namePattern.test(candidate.name) ||
      typeof candidate.params?.safeParse !== 'function' ||
      !Array.isArray(candidate.columns) ||
      (candidate.customColumns !== undefined && typeof candidate.customColumns !== 'function') ||
      typeof candidate.run !== 'function'
    ) {
      throw fieldError('options', ['reports', i], messages.notAReport);
    }
    if (byName.has(candidate.name) || builtIn.has(candidate.name)) throw fieldError('options', ['reports', i, 'name'], messages.duplicateReport(candidate.name));
    byName.set(candidate.name, report);
  });
  return registryOf([...byName.values()]);
}

function registryOf(reports: readonly ReportDefinition[]): ReportRegistry {
  const byName = new Map(reports.map((report) => [report.name, report]));
  const all = Object.freeze([...reports]);
  return {
    get: (name) => byName.get(name) ?? null,
    list: () => all,
  };
}

/**
 * A registry with the built-in reports first, then the host's.
 * @param registry - the host's reports
 * @param builtIns - the built-in reports
 * @returns both, by name
 * @category Reports
 */
export function withBuiltIns(registry: ReportRegistry, builtIns: readonly ReportDefinition[]): ReportRegistry {
  return registryOf([...builtIns, ...registry.list()]);
}
