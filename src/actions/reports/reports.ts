import { listCustomerReports } from './listCustomerReports.js';
import { runReport } from './runReport.js';
import { runReportCsv } from './runReportCsv.js';
import { runReportJson } from './runReportJson.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Customer reports.
 *
 * Give it to {@link createStaffcore} as `actions: { reports }`: the instance's `reports.…` calls are these actions.
 * @namespace
 */
export const reports = defineGroup('reports', {
  /** Lists the reports that open from a record, with its Customer ID filled in. */
  forCustomer: listCustomerReports,
  /** Runs a report by name, in the actor's scope, as typed rows. */
  run: runReport,
  /** Runs a report by name, in the actor's scope, as CSV text (RFC 4180, formulas neutralized). */
  csv: runReportCsv,
  /** Runs a report by name, in the actor's scope, as JSON text. */
  json: runReportJson,
});
