export { createStaffcore } from './createStaffcore.js';
export type {
  ActionGroup,
  AssignmentActions,
  AuditActions,
  BarActions,
  BoundAction,
  ChangeFeedActions,
  CreditActions,
  CustomerActions,
  DepartmentActions,
  HierarchyActions,
  InvoiceActions,
  OrderActions,
  Staffcore,
  StaffcoreOptions,
  WorksiteActions,
  ContactActions,
  MessageActions,
  TaskActions,
  HotlistActions,
  FavoriteActions,
  TimeClockActions,
  SocialActions,
  ReportActions,
} from './createStaffcore.js';
export type { ActionTable } from './actionTable.js';
export { bootstrapHierarchy } from './hierarchy/bootstrapHierarchy.js';
export type { BootstrapOptions } from './hierarchy/bootstrapHierarchy.js';
export { AddCustomerResult } from './customers/addCustomer.js';
export { AddManyCustomersResult, AddedRow, RejectedRow } from './customers/addManyCustomers.js';
export { GetCustomerResult } from './customers/getCustomer.js';
export { SearchCustomersResult } from './customers/searchCustomers.js';
export { UpdateCustomerResult } from './customers/updateCustomer.js';
export { ChangeStatusResult } from './customers/changeCustomerStatus.js';
export { CopyContactToBillingResult } from './customers/copyCustomerContactToBilling.js';
export { StatusHistoryResult } from './customers/listStatusChanges.js';
export { CapabilitiesResult } from './customers/customerCapabilities.js';
export { MoveCustomerResult } from './customers/moveCustomer.js';
export { MoveHistoryResult } from './customers/listMoves.js';
export { MoveTarget, MoveTargetsResult, NotAMoveTargetReason } from './customers/customerMoveTargets.js';
export { ApplyDefaultsToDepartmentsResult, DepartmentDefaultChange } from './customers/applyDefaultsToDepartments.js';
export { AddDepartmentResult } from './departments/addDepartment.js';
export { AddWorksiteResult } from './worksites/addWorksite.js';
export { SetDefaultWorksiteResult } from './worksites/setDefaultWorksite.js';
export { ListWorksitesResult } from './worksites/listWorksites.js';
export { AddBranchLevelResult } from './hierarchy/addBranchLevel.js';
export { ListBranchLevelsResult } from './hierarchy/listBranchLevels.js';
export { AuditListResult } from './audit/listAuditTrail.js';
export { ChangesSinceResult } from './changes/changesSince.js';
export type { CreateOrderResult } from './orders/createOrder.js';
export type { AddBarResult } from './bars/addBar.js';
export type { CreateInvoiceResult } from './invoices/createInvoice.js';
export type { InvoiceHistoryPage, InvoiceStanding } from './invoices/listInvoices.js';
export type { InvoiceDetail } from './invoices/getInvoice.js';
export type { RecordPaymentResult } from './invoices/recordPayment.js';
export { TreeCredit } from './_internal/creditOfTree.js';
export { CustomerView, RecordMention } from './customers/viewCustomer.js';
export { CustomerActionsResult } from './customers/customerActions.js';
export { NeighborsResult } from './customers/customerNeighbors.js';
export type { ListContactsResult } from './contacts/listContacts.js';
export type { ListTasksResult } from './tasks/listTasks.js';
export type { CreateHotlistResult } from './hotlists/createHotlist.js';
export type { HotlistMembersResult } from './hotlists/listHotlistMembers.js';
export type { ListHotlistsResult } from './hotlists/listHotlists.js';
export type { FavoriteEntry, ListFavoritesResult } from './favorites/listFavorites.js';
export type { RemoveFavoriteResult } from './favorites/removeFavorite.js';
export { ListTimeClocksResult } from './timeClocks/listTimeClocks.js';
export { AssignTimeClockResult } from './timeClocks/assignTimeClock.js';
export { DraftPostResult } from './social/draftPost.js';
export { MergeChange, MergeCustomersResult } from './customers/mergeCustomers.js';
export type { MassUpdateRatesResult } from './assignments/massUpdateRates.js';
export { SetMultiplierCodesResult } from './customers/setMultiplierCodes.js';
export type { CreateAssignmentResult } from './assignments/createAssignment.js';
export { CustomerReportEntry, CustomerReports } from './reports/listCustomerReports.js';
export { RunReportResult } from './reports/runReport.js';
export { ReportCsvResult } from './reports/runReportCsv.js';
export { ReportJsonResult } from './reports/runReportJson.js';
export { SetCreditLimitResult } from './credit/setCreditLimit.js';
