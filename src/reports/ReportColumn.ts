import * as z from 'zod';

/**
 * One cell of a report row: text, a number, a yes/no, or nothing. Money, decimals and dates are text (`'12.50'`, `'33.55'`, `'2026-11-22'`).
 * @category Reports
 */
export const ReportCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/**
 * One cell of a report row.
 * @category Reports
 */
export type ReportCell = z.output<typeof ReportCell>;

/**
 * One row of a report, by column key.
 * @category Reports
 */
export const ReportRow = z.record(z.string(), ReportCell).readonly();
/**
 * One row of a report, by column key.
 * @category Reports
 */
export type ReportRow = z.output<typeof ReportRow>;

/**
 * What a column holds, and so the type its cells arrive with:
 * - `text`: a string (guarded against spreadsheet formulas in CSV);
 * - `money`: an exact decimal string of an amount or a pay or bill rate (`'1041.56'`);
 * - `decimal`: an exact decimal string other than money (a percent `'33.55'`, hours `'40.00'`);
 * - `number`: a JavaScript number (a count: invoices, positions, days past due);
 * - `date`: a calendar date or an instant, as ISO text;
 * - `boolean`: `true` or `false`.
 *
 * Any cell may be `null` (no value). `money`, `decimal` and `number` cells are written unquoted in
 * CSV, so a spreadsheet reads them as numbers.
 * @category Reports
 */
export const ReportColumnType = z.enum(['text', 'money', 'decimal', 'number', 'date', 'boolean']);
/**
 * What a column holds.
 * @category Reports
 */
export type ReportColumnType = z.output<typeof ReportColumnType>;

/**
 * One column of a report: the row key, its header, and what it holds.
 * @category Reports
 */
export const ReportColumn = z
  .strictObject({
    /** The key of the cell in each row. */
    key: z.string(),
    /** The header a person reads (`Customer ID`). */
    label: z.string(),
    /** What the cells hold. */
    type: ReportColumnType,
  })
  .readonly();
/**
 * One column of a report: the row key, its header, and what it holds.
 * @category Reports
 */
export type ReportColumn = z.output<typeof ReportColumn>;
