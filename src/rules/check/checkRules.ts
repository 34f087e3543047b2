import type { CheckRule } from './CheckRule.js';
import { activeWithoutBillingAddressRule } from './rules/activeWithoutBillingAddress.js';
import { assignmentOnBlockedCustomerRule } from './rules/assignmentOnBlockedCustomer.js';
import { customFieldRule } from './rules/customField.js';
import { cycleRule } from './rules/cycle.js';
import { departmentUnderDeletedRule } from './rules/departmentUnderDeleted.js';
import { duplicateIdRule } from './rules/duplicateId.js';
import { likelyDuplicateNameRule } from './rules/likelyDuplicateName.js';
import { missingParentRule } from './rules/missingParent.js';
import { noDefaultWorksiteRule } from './rules/noDefaultWorksite.js';
import { orderOnBlockedCustomerRule } from './rules/orderOnBlockedCustomer.js';
import { schemaRule } from './rules/schema.js';
import { undeclaredCustomFieldRule } from './rules/undeclaredCustomField.js';
import { unknownFieldRule } from './rules/unknownField.js';
import { unknownStatusRule } from './rules/unknownStatus.js';

/**
 * The rules of {@link check}, one module each (in `src/rules/check/rules/`), in report order.
 * Ids are stable: CI configurations, baselines, SARIF fingerprints and suppressions rely on them.
 * @category Check
 */
export const checkRules = [
  schemaRule,
  unknownFieldRule,
  unknownStatusRule,
  duplicateIdRule,
  missingParentRule,
  cycleRule,
  departmentUnderDeletedRule,
  noDefaultWorksiteRule,
  activeWithoutBillingAddressRule,
  likelyDuplicateNameRule,
  orderOnBlockedCustomerRule,
  assignmentOnBlockedCustomerRule,
  customFieldRule,
  undeclaredCustomFieldRule,
] as const satisfies readonly CheckRule[];

/**
 * The id of a rule of the dataset check.
 * @category Check
 */
export type CheckRuleId = (typeof checkRules)[number]['id'];
