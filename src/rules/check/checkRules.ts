import type { CheckSeverity } from './CheckFinding.js';

/**
 * One rule of the dataset check: its stable id, its default severity and what it finds.
 * @category Check
 */
export interface CheckRule {
  /** The stable id, used in configuration, reports and SARIF. */
  readonly id: string;
  /** The severity when the configuration does not set one. */
  readonly defaultSeverity: CheckSeverity;
  /** What the rule finds, in one sentence. */
  readonly description: string;
}

/**
 * The rules of {@link check}, in report order. Ids are stable: CI configurations, SARIF
 * fingerprints and suppressions rely on them.
 * @category Check
 */
export const checkRules = [
  { id: 'schema', defaultSeverity: 'error', description: 'A field is not valid for the Customer schema (each field and the reason)' },
  { id: 'unknown-field', defaultSeverity: 'warn', description: 'A record has a field the Customer schema does not have (often a misspelt column)' },
  { id: 'unknown-status', defaultSeverity: 'error', description: 'A status code that the status catalog does not list' },
  { id: 'duplicate-id', defaultSeverity: 'error', description: 'Two records have the same id' },
  { id: 'missing-parent', defaultSeverity: 'error', description: "A department's parent customer is not in the export" },
  { id: 'cycle', defaultSeverity: 'error', description: "Following a record's parents leads back to the record" },
  { id: 'department-under-deleted', defaultSeverity: 'error', description: 'A department that is not deleted sits under a deleted (X) record' },
  { id: 'no-default-worksite', defaultSeverity: 'error', description: 'A customer has worksites but no default worksite (needs the worksites file)' },
  { id: 'active-without-billing-address', defaultSeverity: 'warn', description: 'An active customer (status A or P in the default catalog) has no billing address' },
  { id: 'likely-duplicate-name', defaultSeverity: 'warn', description: 'Two root customers of a branch, or two departments under one parent, have the same folded name' },
  { id: 'order-on-blocked-customer', defaultSeverity: 'error', description: "An open order on a customer whose effective status allows no orders (needs the orders file)" },
  { id: 'assignment-on-blocked-customer', defaultSeverity: 'error', description: 'An active assignment on a customer whose effective status allows no assignments (needs the assignments file)' },
] as const satisfies readonly CheckRule[];

/**
 * The id of a rule of the dataset check.
 * @category Check
 */
export type CheckRuleId = (typeof checkRules)[number]['id'];
