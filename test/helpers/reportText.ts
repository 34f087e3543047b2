import { Actor, createReportRegistry, defaultStatusCatalog, systemClock, type ReportCsvResult, type ReportJsonResult, type ReportTextInput, type StaffcoreOptions } from '../../src/index.js';
import { runAction } from '../../src/actions/_internal/runAction.js';
import { runReportCsv } from '../../src/actions/reports/runReportCsv.js';
import { runReportJson } from '../../src/actions/reports/runReportJson.js';

/**
 * `reports.csv` and `reports.json` bound the way `createStaffcore` binds every action, for an
 * instance made with these options. The two actions are not in the action table yet (the group
 * values of issue 21 add them); once `sc.reports.csv` exists, tests call it instead of this.
 * @param options - what the instance would be made with
 * @returns the two actions
 */
export function reportText(options: StaffcoreOptions): {
  readonly csv: (input: ReportTextInput) => Promise<ReportCsvResult>;
  readonly json: (input: ReportTextInput) => Promise<ReportJsonResult>;
} {
  const env = {
    store: options.store,
    actor: Actor.parse(options.actor),
    clock: options.clock ?? systemClock,
    statuses: options.statuses ?? defaultStatusCatalog,
    addressStandardizer: options.addressStandardizer ?? null,
    integrations: { timeClock: options.integrations?.timeClock === true, twitter: options.integrations?.twitter === true },
    reports: createReportRegistry(options.reports ?? []),
  };
  return {
    csv: (input) => runAction(env, runReportCsv as never, input),
    json: (input) => runAction(env, runReportJson as never, input),
  };
}
