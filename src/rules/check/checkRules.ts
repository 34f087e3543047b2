import type { CheckSeverity } from './CheckFinding.js';

/**
 * One rule of the dataset check: its stable id, its default severity and what it finds.
 * @category Check
 */
export interface CheckRule {
  /** The stable id, used in configuration, reports and SARIF. */
  readonly id: string;
  /** A readable name in PascalCase (`MissingParent`), as SARIF's `name`. */
  readonly name: string;
  /** The severity when the configuration does not set one. */
  readonly defaultSeverity: CheckSeverity;
  /** What the rule finds, in one sentence. */
  readonly description: string;
  /** Why it matters and how to fix it, in a few sentences of Markdown (SARIF's `help`). */
  readonly help: string;
  /**
   * Whether the rule is about how records fit together (ids, parents, cycles, related files),
   * rather than about one field of one record: reports show these first, since one such finding
   * is usually a real problem while field findings tend to repeat down a column.
   */
  readonly structural: boolean;
}

/**
 * The rules of {@link check}, in report order. Ids are stable: CI configurations, SARIF
 * fingerprints and suppressions rely on them.
 * @category Check
 */
export const checkRules = [
  {
    id: 'schema',
    name: 'InvalidField',
    defaultSeverity: 'error',
    description: 'A field is not valid for the Customer schema (each field and the reason)',
    help: 'Each field of a customer record has a type and limits (see `Customer` in the reference). Fix the value in the export, or leave the column out: a partial export is checked only on the fields it has.',
    structural: false,
  },
  {
    id: 'unknown-field',
    name: 'UnknownField',
    defaultSeverity: 'warn',
    description: 'A record has a field the Customer schema does not have (often a misspelt column)',
    help: 'The field would be refused by `customers.add`. Rename a misspelt column, drop a column staffcore does not keep, or ignore it with `--ignore-field NAME` (or `ignoreFields` in `staffcore.config.json`).',
    structural: false,
  },
  {
    id: 'unknown-status',
    name: 'UnknownStatus',
    defaultSeverity: 'error',
    description: 'A status code that the status catalog does not list',
    help: "The status must be one of the organization's catalog (P, A, H, I and X by default, or the `statuses` of `staffcore.config.json`). Map the legacy code to one of them, or add it to the catalog.",
    structural: true,
  },
  {
    id: 'duplicate-id',
    name: 'DuplicateId',
    defaultSeverity: 'error',
    description: 'Two records have the same id',
    help: 'Ids identify records across the export and in every reference to them (parents, orders, assignments). Give one of the two records a new id, or merge them into one.',
    structural: true,
  },
  {
    id: 'missing-parent',
    name: 'MissingParent',
    defaultSeverity: 'error',
    description: "A department's parent customer is not in the export",
    help: 'A department cannot exist without its parent: `parentId` names a record the export does not contain. Add the parent to the export, correct the id, or make the record a root customer (`parentId` empty).',
    structural: true,
  },
  {
    id: 'cycle',
    name: 'ParentCycle',
    defaultSeverity: 'error',
    description: "Following a record's parents leads back to the record",
    help: 'A customer tree has no cycles: following `parentId` from any record must end at a root customer. Change the `parentId` of one record on the cycle.',
    structural: true,
  },
  {
    id: 'department-under-deleted',
    name: 'DepartmentUnderDeleted',
    defaultSeverity: 'error',
    description: 'A department that is not deleted sits under a deleted (X) record',
    help: 'Deleting a record deletes its departments; a live department under a deleted record is left over from an incomplete delete. Delete the department too, or move it under a live record.',
    structural: true,
  },
  {
    id: 'no-default-worksite',
    name: 'NoDefaultWorksite',
    defaultSeverity: 'error',
    description: 'A customer has worksites but no default worksite (needs the worksites file)',
    help: 'New orders take the default worksite of their customer. Set `defaultWorksiteId` to one of the worksites the customer has.',
    structural: true,
  },
  {
    id: 'active-without-billing-address',
    name: 'ActiveWithoutBillingAddress',
    defaultSeverity: 'warn',
    description: 'An active customer (status A or P in the default catalog) has no billing address',
    help: 'Invoices go to the billing address; an active customer without one cannot be billed. Fill the billing address, or copy the contact address to it.',
    structural: false,
  },
  {
    id: 'likely-duplicate-name',
    name: 'LikelyDuplicateName',
    defaultSeverity: 'warn',
    description: 'Two root customers of a branch, or two departments under one parent, have the same folded name',
    help: 'Names are compared folded (case, accents, punctuation and legal suffixes such as Inc. set aside). Two such records are usually the same business entered twice: merge them, or tell them apart in their names.',
    structural: false,
  },
  {
    id: 'order-on-blocked-customer',
    name: 'OrderOnBlockedCustomer',
    defaultSeverity: 'error',
    description: 'An open order on a customer whose effective status allows no orders (needs the orders file)',
    help: "A customer's effective status is the most restrictive status up its tree; statuses such as Hold and Inactive allow no orders. Close the order, or change the status of the customer or of the record above it.",
    structural: true,
  },
  {
    id: 'assignment-on-blocked-customer',
    name: 'AssignmentOnBlockedCustomer',
    defaultSeverity: 'error',
    description: 'An active assignment on a customer whose effective status allows no assignments (needs the assignments file)',
    help: "A customer's effective status is the most restrictive status up its tree; statuses such as Hold and Inactive allow no assignments. End the assignment, or change the status of the customer or of the record above it.",
    structural: true,
  },
] as const satisfies readonly CheckRule[];

/**
 * The id of a rule of the dataset check.
 * @category Check
 */
export type CheckRuleId = (typeof checkRules)[number]['id'];
