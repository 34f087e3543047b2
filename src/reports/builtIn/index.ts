import type { ReportDefinition } from '../defineReport.js';
import { activeContacts } from './activeContacts.js';
import { customerAssignments } from './customerAssignments.js';
import { customerHistory } from './customerHistory.js';
import { customerOrders } from './customerOrders.js';
import { customerSnapshot } from './customerSnapshot.js';
import { financialSummary } from './financialSummary.js';
import { invoiceAging } from './invoiceAging.js';
import { visifile } from './visifile.js';

export { activeContacts, type ContactRow } from './activeContacts.js';
export { customerAssignments, type CustomerAssignmentRow } from './customerAssignments.js';
export { customerHistory, type CustomerHistoryRow } from './customerHistory.js';
export { customerOrders, type CustomerOrderRow } from './customerOrders.js';
export { customerSnapshot, type CustomerSnapshotRow } from './customerSnapshot.js';
export { financialSummary, FinancialSummaryParams, type FinancialSummaryRow } from './financialSummary.js';
export { invoiceAging, type InvoiceAgingRow } from './invoiceAging.js';
export { visifile, type VisifileRow } from './visifile.js';
export { customerReportFields } from './customerFields.js';

/**
 * The reports every instance has, in the order `reports.forCustomer` lists them.
 * @category Reports
 */
export const builtInReports: readonly ReportDefinition[] = [
  customerSnapshot,
  visifile,
  financialSummary,
  customerOrders,
  customerAssignments,
  invoiceAging,
  activeContacts,
  customerHistory,
] as readonly ReportDefinition[];
