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
 * @category Action groups
 */
export const reports = defineGroup('reports', {
  /**
   * `reports.forCustomer`: the reports that can be opened from a record (those whose parameters take
   * a Customer ID), each with the record's ID filled in, built-in ones first, all in one page
   * (`{ items, next: null }`). Refuses with `FORBIDDEN` (no `report.run`), `NOT_FOUND` (no such
   * record, or one outside the actor's scope).
   *
   * @example
   * ```ts
   * const { items } = await sc.reports.forCustomer({ id: '1' });
   * items[0] //=> { name: 'customer.snapshot', title: 'Customer snapshot', params: { customerId: '1', scope: 'account' }, … }
   * ```
   */
  forCustomer: listCustomerReports,
  /**
   * `reports.run`: runs a report by name with its parameters (checked by the report's own schema,
   * errors naming `params.<field>`) in one read-only transaction, as typed rows; `reports.csv` and
   * `reports.json` give the same report as text. A customer report (one whose parameters hold a
   * `customerId`) on a record outside the actor's scope is refused as not found before the report
   * starts, and every report reads through the actor's scope (see `ReportContext.tx`), so none shows
   * a record the actor may not see. A large report goes to a `sink` row by row as it is read, rather
   * than being built in memory. Refuses with `FORBIDDEN` (no `report.run`), `NOT_FOUND` (no such
   * report: `name`; no such record: `params.customerId`), `VALIDATION`.
   *
   * @example
   * ```ts
   * const { rows } = await sc.reports.run({
   *   name: 'customer.financialSummary',
   *   params: { customerId: '1', scope: 'master', from: '2026-01-01', to: '2026-12-31' },
   * });
   * rows[0]!.billed //=> '1041.56'
   * ```
   */
  run: runReport,
  /**
   * `reports.csv`: runs a report by name, as `reports.run` does, and writes it as CSV (RFC 4180): a
   * header row of the column labels, CRLF line ends, text cells guarded against spreadsheet formulas,
   * money and numbers unquoted. A large report goes to a `sink` chunk by chunk (the header first) as
   * it is read. Refuses with `FORBIDDEN` (no `report.run`), `NOT_FOUND` (no such report: `name`; no
   * such record: `params.customerId`), `VALIDATION`.
   *
   * @example
   * ```ts
   * const { csv } = await sc.reports.csv({ name: 'customer.snapshot', params: { customerId: '1', scope: 'subtree' } });
   * csv.split('\r\n')[0] //=> 'Customer ID,Name,Parent ID,Status,…'
   * ```
   */
  csv: runReportCsv,
  /**
   * `reports.json`: runs a report by name, as `reports.run` does, and writes its rows as a JSON array
   * of objects (money, decimals and dates stay exact strings). A large report goes to a `sink` chunk
   * by chunk as it is read. Refuses with `FORBIDDEN` (no `report.run`), `NOT_FOUND` (no such report:
   * `name`; no such record: `params.customerId`), `VALIDATION`.
   *
   * @example
   * ```ts
   * const { json } = await sc.reports.json({ name: 'customer.snapshot', params: { customerId: '1', scope: 'master' } });
   * JSON.parse(json)[0].name //=> 'Acme'
   * ```
   */
  json: runReportJson,
});
