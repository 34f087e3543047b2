import type { CustomFieldSet } from '../rules/customFields.js';
import type { ReportColumn } from './ReportColumn.js';
import type { ReportDefinition } from './defineReport.js';

/**
 * The columns a report outputs on an instance: its own `columns`, then those its `customColumns`
 * makes from the instance's custom fields.
 *
 * @param report - the report
 * @param customFields - the instance's custom fields
 * @returns the columns, in output order
 * @example
 * ```ts
 * reportColumns(customerSnapshot, compileCustomFields({ customers: { vmsId: z.string() } }, builtIn)).at(-1)
 * //=> { key: 'custom.vmsId', label: 'vmsId', type: 'text' }
 * ```
 * @category Reports
 */
export function reportColumns(report: ReportDefinition, customFields: CustomFieldSet): readonly ReportColumn[] {
  return report.customColumns ? [...report.columns, ...report.customColumns(customFields)] : report.columns;
}
