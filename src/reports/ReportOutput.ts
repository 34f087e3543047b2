import type { ReportColumn, ReportRow } from './ReportColumn.js';

/** The formats a report is produced in: typed rows, CSV text, or JSON text. */
export type ReportFormat = 'rows' | 'csv' | 'json';

/** What every output of a report says about it: its name, title and columns. */
export interface ReportOutputBase {
  /** The report's name. */
  readonly name: string;
  /** Its title. */
  readonly title: string;
  /** Its columns, in order. */
  readonly columns: readonly ReportColumn[];
}

/**
 * A report's output: its rows (`format: 'rows'`), or the CSV or JSON text (`content`). Money and
 * dates are exact strings in every format.
 */
export type ReportOutput<Row extends ReportRow = ReportRow> =
  | (ReportOutputBase & { readonly format: 'rows'; readonly rows: readonly Row[] })
  | (ReportOutputBase & { readonly format: 'csv' | 'json'; readonly content: string });
