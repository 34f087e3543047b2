import { builtInReports } from '../../reports/builtIn/index.js';
import type { ReportDefinition } from '../../reports/defineReport.js';
import { createReportRegistry, withBuiltIns, type ReportRegistry } from '../../reports/ReportRegistry.js';
import type { ActionRun } from '../_internal/ActionRun.js';

/** Each instance's registry, built once from its host reports (the same frozen list every run of the instance carries). */
const registries = new WeakMap<readonly ReportDefinition[], ReportRegistry>();

/**
 * The reports an action of the `reports` group runs: the built-in ones, then the host's, checked
 * the first time (`VALIDATION` naming `reports[i]` for a malformed one or a name already taken).
 * Only this group brings the report code and the built-in reports into a bundle.
 * @param run - the action's run
 * @returns the registry
 * @category Action results
 */
export function reportsOf(run: ActionRun): ReportRegistry {
  let registry = registries.get(run.reports);
  if (!registry) registries.set(run.reports, (registry = withBuiltIns(createReportRegistry(run.reports), builtInReports)));
  return registry;
}
