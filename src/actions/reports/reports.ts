import { listCustomerReports } from './listCustomerReports.js';
import { runReport } from './runReport.js';
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
  /** Runs a report by name, in the actor's scope, as typed rows, CSV or JSON. */
  run: runReport,
});
