import type { ReportDefinition } from '../defineReport.js';
import { customerSnapshot } from './customerSnapshot.js';
import { financialSummary } from './financialSummary.js';

export { customerSnapshot, type CustomerSnapshotRow } from './customerSnapshot.js';
export { financialSummary, FinancialSummaryParams, type FinancialSummaryRow } from './financialSummary.js';
export { customerReportFields } from './customerFields.js';

/** The reports every instance has, in the order `reports.forCustomer` lists them. */
export const builtInReports: readonly ReportDefinition[] = [customerSnapshot, financialSummary] as readonly ReportDefinition[];
