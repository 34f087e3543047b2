import { builtInReports } from '../../reports/builtIn/index.js';
import { withBuiltIns, type ReportRegistry } from '../../reports/ReportRegistry.js';
import type { ActionRun } from '../_internal/ActionRun.js';

/**
 * The reports an action of the `reports` group runs: the built-in ones, then the host's. Only this
 * group brings the built-in reports into a bundle.
 * @param run - the action's run
 * @returns the registry
 * @category Action results
 */
export function reportsOf(run: ActionRun): ReportRegistry {
  return withBuiltIns(run.reports, builtInReports);
}
