export * from './ids.js';
export { Money, Rate, Hours, NonNegativeHours } from './money.js';
export { toMoney } from './toMoney.js';
export { sumMoney } from './sumMoney.js';
export { CalendarDate, Instant, TimeZone } from './dates.js';
export { Address, AddressInput } from './address.js';
export { StatusCode, StatusDefinition } from './status.js';
export type { StatusDefinitionInput } from './status.js';
export { Terms, WorkerCompCode } from './terms.js';
export { AddBranchLevelInput, Branch, BranchSetup, ListBranchLevelsInput, NewBranchInput } from './branch.js';
export { Permission, SecurityRole, permissions } from './permission.js';
export { Actor, ServiceRep } from './serviceRep.js';
export type { ActorInput } from './serviceRep.js';
export {
  AddCustomerInput,
  AddManyCustomersInput,
  CapabilitiesInput,
  ChangeStatusInput,
  CopyContactToBillingInput,
  Customer,
  CustomerName,
  CustomerPatch,
  CustomerRef,
  Email,
  GetCustomerInput,
  Phone,
  SearchCustomersInput,
  SocialHandle,
  StatusHistoryInput,
  UpdateCustomerInput,
} from './customer.js';
export { AddWorksiteInput, ListWorksitesInput, SetDefaultWorksiteInput, Worksite } from './worksite.js';
export { AddContactInput, Contact, ContactPatch, DeactivateContactInput, ListContactsInput, UpdateContactInput } from './contact.js';
export { ListMessagesInput, LogMessageInput, Message, MessageMethod } from './message.js';
export { CloseOrderInput, CreateOrderInput, CreditOverride, ListOrdersInput, Order, OrderType } from './order.js';
export { Assignment, CreateAssignmentInput, EndAssignmentInput, ListAssignmentsInput } from './assignment.js';
export { AddBarInput, Bar, ListBarsInput, RemoveBarInput } from './bar.js';
export {
  CreateInvoiceInput,
  CreateZeroDollarInvoiceInput,
  GetInvoiceInput,
  Invoice,
  InvoiceLine,
  InvoiceLineInput,
  ListInvoicesInput,
  Payment,
  RecordPaymentInput,
} from './invoice.js';
export { CreditCheckInput, CreditLimit, SetCreditLimitInput } from './credit.js';
export { PageFields, ScopedListFields, pageOf, type Page } from './listPage.js';
export { AddTaskInput, CompleteTaskInput, ListTasksInput, Task } from './task.js';
export { AddHotlistMemberInput, CreateHotlistInput, Hotlist, HotlistMember, HotlistMembersInput, ListHotlistsInput } from './hotlist.js';
export { Favorite, FavoriteRef, ListFavoritesInput } from './favorite.js';
export { StatusChange } from './statusChange.js';
export { CustomerMove } from './customerMove.js';
export { CustomerScope } from './customerScope.js';
export {
  AddDepartmentInput,
  ApplyDefaultsToDepartmentsInput,
  DepartmentDefaultField,
  MoveCustomerInput,
  MoveHistoryInput,
  MoveTargetsInput,
} from './customerTree.js';
export { AuditEvent, AuditListInput, AuditOperation, ChangesSinceInput, FieldChange, NewAuditEvent, type JsonValue } from './auditEvent.js';
export { LastSearch, lastSearchLimit } from './lastSearch.js';
export { AssignTimeClockInput, DeviceId, DraftPostInput, ListTimeClocksInput, TimeClock } from './timeClock.js';
export { MergeCustomersInput } from './merge.js';
export { MassUpdateRatesInput, RateAdjustment, RateChange, RateUpdateFilter } from './rateChange.js';
export { GetMultiplierCodesInput, MultiplierCodes, SetMultiplierCodesInput, multiplierCodeFields } from './multiplierCodes.js';
export type { MultiplierCodeField } from './multiplierCodes.js';
export { CustomValueSchema, customEntities, customFieldNamePattern, exceedsCustomValuesLimit, customStringLimit, customValuesLimit } from './customValues.js';
export type {
  CustomEntity,
  CustomInput,
  CustomInputMode,
  CustomValue,
  CustomValues,
  DeclaredCustomInput,
  DeclaredCustomValues,
  WithCustomFields,
  customInputOf,
  customValuesOf,
} from './customValues.js';
