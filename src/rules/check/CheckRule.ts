import type { StatusDefinition } from '../../model/index.js';
import type { CustomFieldSet } from '../customFields.js';
import type { StatusCatalog } from '../statusCatalog.js';
import type { CheckSeverity, RecordLocation } from './CheckFinding.js';
import type { DatasetIndex } from './DatasetIndex.js';

/**
 * A customer record as the check's rules see it while the export streams by: the record, where
 * it is, and what the check's index made of its id.
 * @category Check
 */
export interface VisitedRecord {
  /** The record as read (an object; anything else is reported by the runner as a `schema` finding). */
  readonly value: Readonly<Record<string, unknown>>;
  /** Where the record is in its input. */
  readonly location: RecordLocation;
  /** The record's `id` to name it by in a finding (shortened when long), or `null` when it has none. */
  readonly recordId: string | null;
  /** The record's place in the {@link DatasetIndex}, or -1 when its id is not a valid id. */
  readonly index: number;
  /** Whether an earlier record has the same id (the record is then not in the index). */
  readonly duplicate: boolean;
  /** The record's status in the catalog, or `undefined` when it has none the catalog knows. */
  readonly status: StatusDefinition | undefined;
  /** The parent's valid id, or `null` for a root (or a parent that is not a valid id). */
  readonly parentId: string | null;
  /** The export's columns when its reader has a header (CSV), e.g. `billingAddress.city`. */
  readonly columns: readonly string[] | undefined;
}

/**
 * A worksite, order or assignment of the related files, on a customer the export has.
 * @category Check
 */
export interface RelatedRecord {
  /** The record as read. */
  readonly value: Readonly<Record<string, unknown>>;
  /** Where it is in its file. */
  readonly location: RecordLocation;
  /** Its `customerId`. */
  readonly customerId: string;
  /** The customer's place in the {@link DatasetIndex} (a record the export has). */
  readonly customer: number;
  /** The file's columns when its reader has a header (CSV), e.g. `custom.poNumber`. */
  readonly columns: readonly string[] | undefined;
}

/**
 * What a rule is given when a check starts: the catalog, the shared index of the export's
 * records, and `report` (the rule's id and its configured severity are filled in).
 * @category Check
 */
export interface CheckContext {
  /** The organization's status catalog. */
  readonly catalog: StatusCatalog;
  /** The records read so far: ids, parents, statuses. */
  readonly index: DatasetIndex;
  /** The custom fields declared by kind of record (none declared unless the options give some). */
  readonly customFields: CustomFieldSet;
  /** Which related files were given, so a rule that needs none keeps no state. */
  readonly related: { readonly worksites: boolean; readonly orders: boolean; readonly assignments: boolean };
  /** Where a record is, for a message that points at another record (`on line 12` or `at record 12`). */
  at(position: number): string;
  /** Reports a finding of this rule. */
  report(message: string, recordId: string | null, path: readonly (string | number)[], location: RecordLocation): void;
}

/**
 * A rule's reactions to the export, each optional: every customer record as it is read, the end
 * of the customers (when the whole tree is known), then each worksite, order and assignment.
 * @category Check
 */
export interface CheckVisitor {
  /** A customer record, as soon as it is read (its id already in the index, its parent linked when known). */
  record?(record: VisitedRecord): void;
  /** Every customer has been read: parents, cycles and other whole-tree facts are known. */
  finish?(): void;
  /** A worksite (`{ customerId }`) of a customer the export has, read after the customers. */
  worksite?(worksite: RelatedRecord): void;
  /** An order (`{ id, customerId, state? }`) of a customer the export has, read after the customers. */
  order?(order: RelatedRecord): void;
  /** An assignment (`{ id, customerId, state? }`) of a customer the export has, read after the customers. */
  assignment?(assignment: RelatedRecord): void;
}

/**
 * One rule of the dataset check, as ESLint's rules are: what it is (id, name, description, help,
 * default severity) and `create`, which returns its visitor for one run.
 * @category Check
 */
export interface CheckRule<Id extends string = string> {
  /** The stable id, used in configuration, reports, baselines and SARIF. */
  readonly id: Id;
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
  /** The rule's visitor for one run of the check. */
  create(context: CheckContext): CheckVisitor;
}

/**
 * Declares a rule of the dataset check, keeping its id's literal type.
 * @param rule - the rule
 * @returns the same rule
 * @category Check
 */
export const defineCheckRule = <const Id extends string>(rule: CheckRule<Id>): CheckRule<Id> => rule;
