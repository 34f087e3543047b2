import { fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { ReportDefinition } from './defineReport.js';
import { builtInReports } from './builtIn/index.js';

const namePattern = /^[A-Za-z0-9._-]{1,100}$/;

/** The reports an instance can run, by name: the built-in ones and a host's own. */
export interface ReportRegistry {
  /**
   * Looks a report up by name.
   * @param name - the report's name
   * @returns the report, or `null` when none has that name
   */
  get(name: string): ReportDefinition | null;
  /** Every report, built-in ones first, in the order registered. */
  list(): readonly ReportDefinition[];
}

/**
 * Whether a report's parameters take a Customer ID (a `customerId` field), so it is offered from a
 * record with the ID filled in.
 * @param report - the report
 * @returns `true` for a customer report
 */
export function takesCustomerId(report: ReportDefinition): boolean {
  const shape = (report.params as { shape?: Record<string, unknown> }).shape ?? (report.params as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in?.shape;
  return shape !== undefined && 'customerId' in shape;
}

/**
 * Builds the registry of an instance: the built-in reports, then the host's own.
 *
 * @param reports - the host's reports (made with `defineReport`)
 * @returns the registry
 * @throws StaffcoreError `VALIDATION` naming `reports[i]` for a malformed definition or a name already taken
 * @example
 * ```ts
 * const registry = createReportRegistry([worksites]);
 * registry.get('customer.snapshot')?.title //=> 'Customer snapshot'
 * ```
 */
export function createReportRegistry(reports: readonly ReportDefinition[] = []): ReportRegistry {
  if (!Array.isArray(reports)) throw fieldError('options', ['reports'], messages.expected('an array of reports made with defineReport'));
  const byName = new Map<string, ReportDefinition>(builtInReports.map((report) => [report.name, report]));
  reports.forEach((report, i) => {
    const candidate = report as Partial<ReportDefinition> | null;
    if (
      typeof candidate?.name !== 'string' ||
      !namePattern.test(candidate.name) ||
      typeof candidate.params?.safeParse !== 'function' ||
      !Array.isArray(candidate.columns) ||
      typeof candidate.run !== 'function'
    ) {
      throw fieldError('options', ['reports', i], messages.notAReport);
    }
    if (byName.has(candidate.name)) throw fieldError('options', ['reports', i, 'name'], messages.duplicateReport(candidate.name));
    byName.set(candidate.name, report);
  });
  const all = Object.freeze([...byName.values()]);
  return {
    get: (name) => byName.get(name) ?? null,
    list: () => all,
  };
}
