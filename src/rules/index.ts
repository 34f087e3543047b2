export { createStatusCatalog, defaultStatusCatalog, defaultStatuses } from './statusCatalog.js';
export type { StatusCatalog } from './statusCatalog.js';
export { statusOf } from './statusOf.js';
export { effectiveStatus } from './effectiveStatus.js';
export { EffectiveStatus } from './effectiveStatus.js';
export type { StatusPathEntry } from './effectiveStatus.js';
export { Verdict } from './Verdict.js';
export { canCreateOrder } from './canCreateOrder.js';
export { canAssignEmployees } from './canAssignEmployees.js';
export { applicableBar } from './applicableBar.js';
export { dueDate } from './dueDate.js';
export { Receivable, daysPastDue, receivable } from './receivable.js';
export type { ReceivedPayment } from './receivable.js';
export { CreditDecision, CreditFigures, CreditReason, checkCredit } from './checkCredit.js';
export type { CreditFacts, CreditInvoice } from './checkCredit.js';
export { hasPermission } from './hasPermission.js';
export { standardRoles } from './roles.js';
export { requiresStandardization } from './addressStandardizer.js';
export type { AddressStandardizer, EnteredAddress, StandardizeResult } from './addressStandardizer.js';
export { copyContactToBilling } from './copyContactToBilling.js';
export { DefaultsProvenance, Provenance, resolveCustomerDefaults } from './resolveCustomerDefaults.js';
export type { DefaultedValues, DefaultsSources, ResolvedDefaults } from './resolveCustomerDefaults.js';
export { DuplicateMatch, DuplicateReason, findLikelyDuplicates, normalizeCustomerName } from './findLikelyDuplicates.js';
export { addressKeyOf, duplicateKeys, phoneKeyOf } from './duplicateKeys.js';
export type { DuplicateKeys } from './duplicateKeys.js';
export type { DuplicateCandidate } from './findLikelyDuplicates.js';
export { fixedClock, systemClock } from './clock.js';
export type { Clock } from './clock.js';
export { trigramSimilarity, trigramsOf } from './trigramSimilarity.js';
export { check, checkEntries, checkRules } from './check/index.js';
export type {
  CheckContext,
  CheckEntry,
  CheckFinding,
  CheckOptions,
  CheckReport,
  CheckRule,
  CheckRuleId,
  CheckSeverity,
  CheckSource,
  CheckVisitor,
  DatasetIndex,
  FieldSetting,
  PendingLink,
  RecordLocation,
  RelatedRecord,
  RuleSetting,
  VisitedRecord,
} from './check/index.js';
export { integrationLabels } from './integrations.js';
export type { IntegrationName, Integrations } from './integrations.js';
export { RecordMenuEntry, checkRecordAction, recordMenu, recordMenuItems } from './recordMenu.js';
export type { RecordMenuContext, RecordMenuItem, RecordMenuItemId, StatusNeed } from './recordMenu.js';
export { SocialPostDraft, draftSocialPost, postLength, postLimit } from './draftSocialPost.js';
export type { SocialPostFacts } from './draftSocialPost.js';
export { grossProfit } from './grossProfit.js';
export type { AdditionalBurden, BurdenFigures, BurdenInput, DecimalInput, GrossProfitFigures, GrossProfitInput, GrossProfitPeriod, GrossProfitResult, HoursInput, PayrollTax } from './grossProfit.js';
export { solveBillRate } from './solveBillRate.js';
export type { SolveBillRateInput, SolvedBillRate } from './solveBillRate.js';
export { RateChangeRow, planRateChange } from './planRateChange.js';
export type { BeforeAfter, RateAdjustmentInput, RateChangePlan, RateChangePlanResult } from './planRateChange.js';
export { ResolvedMultiplierCodes, resolveMultiplierCodes } from './resolveMultiplierCodes.js';
export { PricedRates, priceWithMultiplierCodes } from './priceWithMultiplierCodes.js';
export { compileCustomFields, defineCustomFields, inheritedField } from './customFields.js';
export { isCustomFieldSet, noCustomFields } from './noCustomFields.js';
export { builtInFieldNames } from './builtInFieldNames.js';
export type {
  BuiltInFields,
  CustomCondition,
  CustomFieldDeclarations,
  CustomFieldInfo,
  CustomFieldKind,
  CustomFieldSet,
  CustomFieldShape,
  CustomValueProblem,
  EntityCustomFields,
} from './customFields.js';
