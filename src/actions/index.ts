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
export type { AddCustomerResult } from './customers/addCustomer.js';
export type { AddManyCustomersResult, AddedRow, RejectedRow } from './customers/addManyCustomers.js';
export type { GetCustomerResult } from './customers/getCustomer.js';
export type { SearchCustomersResult } from './customers/searchCustomers.js';
export type { UpdateCustomerResult } from './customers/updateCustomer.js';
export type { ChangeStatusResult } from './customers/changeCustomerStatus.js';
export type { CopyContactToBillingResult } from './customers/copyCustomerContactToBilling.js';
export type { StatusHistoryResult } from './customers/listStatusChanges.js';
export type { CapabilitiesResult } from './customers/customerCapabilities.js';
export type { MoveCustomerResult } from './customers/moveCustomer.js';
export type { MoveHistoryResult } from './customers/listMoves.js';
export type { MoveTarget, MoveTargetsResult, NotAMoveTargetReason } from './customers/customerMoveTargets.js';
export type { ApplyDefaultsToDepartmentsResult, DepartmentDefaultChange } from './customers/applyDefaultsToDepartments.js';
export type { AddDepartmentResult } from './departments/addDepartment.js';
export type { AddWorksiteResult } from './worksites/addWorksite.js';
export type { SetDefaultWorksiteResult } from './worksites/setDefaultWorksite.js';
export type { ListWorksitesResult } from './worksites/listWorksites.js';
export type { AddBranchLevelResult } from './hierarchy/addBranchLevel.js';
export type { ListBranchLevelsResult } from './hierarchy/listBranchLevels.js';
export type { AuditListResult } from './audit/listAuditTrail.js';
export type { ChangesSinceResult } from './changes/changesSince.js';
export { CreateOrderResult } from './orders/createOrder.js';
export { CloseOrderResult } from './orders/closeOrder.js';
export { ListOrdersResult } from './orders/listOrders.js';
export { AddBarResult } from './bars/addBar.js';
export { ListBarsResult } from './bars/listBars.js';
export { RemoveBarResult } from './bars/removeBar.js';
export { CreateInvoiceResult } from './invoices/createInvoice.js';
export { CreateZeroDollarInvoiceResult } from './invoices/createZeroDollarInvoice.js';
export { InvoiceStanding, ListInvoicesResult } from './invoices/listInvoices.js';
export { GetInvoiceResult } from './invoices/getInvoice.js';
export { RecordPaymentResult } from './invoices/recordPayment.js';
export type { TreeCredit } from './_internal/creditOfTree.js';
export type { CustomerView, RecordMention } from './customers/viewCustomer.js';
export type { CustomerActionsResult } from './customers/customerActions.js';
export type { NeighborsResult } from './customers/customerNeighbors.js';
export { AddContactResult } from './contacts/addContact.js';
export { DeactivateContactResult } from './contacts/deactivateContact.js';
export { ListContactsResult } from './contacts/listContacts.js';
export { UpdateContactResult } from './contacts/updateContact.js';
export { AddTaskResult } from './tasks/addTask.js';
export { CompleteTaskResult } from './tasks/completeTask.js';
export { ListTasksResult } from './tasks/listTasks.js';
export { ListMessagesResult } from './messages/listMessages.js';
export { LogMessageResult } from './messages/logMessage.js';
export { AddHotlistMemberResult } from './hotlists/addHotlistMember.js';
export { CreateHotlistResult } from './hotlists/createHotlist.js';
export { HotlistEntry, HotlistMembersResult } from './hotlists/listHotlistMembers.js';
export { ListHotlistsResult } from './hotlists/listHotlists.js';
export { AddFavoriteResult } from './favorites/addFavorite.js';
export { FavoriteEntry, ListFavoritesResult } from './favorites/listFavorites.js';
export { RemoveFavoriteResult } from './favorites/removeFavorite.js';
export type { ListTimeClocksResult } from './timeClocks/listTimeClocks.js';
export type { DraftPostResult } from './social/draftPost.js';
export type { MergeChange, MergeCustomersResult } from './customers/mergeCustomers.js';
export { MassUpdateRatesResult } from './assignments/massUpdateRates.js';
export type { SetMultiplierCodesResult } from './customers/setMultiplierCodes.js';
export { CreateAssignmentResult } from './assignments/createAssignment.js';
export { EndAssignmentResult } from './assignments/endAssignment.js';
export { ListAssignmentsResult } from './assignments/listAssignments.js';
export type { CustomerReportEntry, CustomerReports } from './reports/listCustomerReports.js';
