/** One cell of a report row: text, a number, a yes/no, or nothing. Money and dates are text (`'12.50'`, `'2026-11-22'`). */
export type ReportCell = string | number | boolean | null;

/** One row of a report, by column key. */
export type ReportRow = { readonly [key: string]: ReportCell };

/**
 * What a column holds, for output: `money` and `number` cells are written as numbers (a CSV cell
 * `-12.50` stays a number), `text` cells are guarded against spreadsheet formulas.
 */
export type ReportColumnType = 'text' | 'money' | 'number' | 'date' | 'boolean';

/** One column of a report: the row key, its header, and what it holds. */
export interface ReportColumn {
  /** The key of the cell in each row. */
  readonly key: string;
  /** The header a person reads (`Customer ID`). */
  readonly label: string;
  /** What the cells hold. */
  readonly type: ReportColumnType;
}
