import type { CheckRuleId } from './checkRules.js';

/**
 * How much a finding matters: `error` fails a pipeline, `warn` does not (unless there are too many).
 * @category Check
 */
export type CheckSeverity = 'error' | 'warn';

/**
 * What a rule is set to in `staffcore.config.json` or with `--rule id=…`: a severity, or `off`.
 * @category Check
 */
export type RuleSetting = CheckSeverity | 'off';

/**
 * Where a record came from, as the reader that fed {@link checkEntries} knows it: its position in
 * the input (1 for the first record), and where it can, the file and the line the record starts on.
 * @category Check
 */
export interface RecordLocation {
  /** The record's position in its input, 1 for the first. */
  readonly index: number;
  /** The line the record starts on (NDJSON, CSV and JSON array readers know it). */
  readonly line?: number;
  /** The file the record was read from (`-` for standard input). */
  readonly file?: string;
}

/**
 * One record of the input together with where it came from.
 * @category Check
 */
export interface CheckEntry {
  /** The record as read: any value (a checked record is an object). */
  readonly record: unknown;
  /** Where the record came from. */
  readonly location: RecordLocation;
  /**
   * The export's columns, when its reader has a header (a CSV's first row): the fields of an
   * address or terms whose column is absent are then not required of any record.
   */
  readonly columns?: readonly string[] | undefined;
}

/**
 * A setting for the findings on one field (`email`, `billingAddress.country`, a column such as
 * `Region2`): one severity for the findings of every rule on it (`off` ignores the field), or
 * severities by rule. A field's setting covers its subfields (`billingAddress` covers
 * `billingAddress.country`); the most specific one applies.
 * @category Check
 */
export type FieldSetting = RuleSetting | Readonly<Partial<Record<CheckRuleId, RuleSetting>>>;

/**
 * One problem the dataset check found, as data: which rule, how bad, a sentence about it, the
 * record (its `id` when it has a usable one), the field and where the record is.
 * @category Check
 */
export interface CheckFinding {
  /** The rule's stable id, e.g. `missing-parent`. */
  readonly ruleId: CheckRuleId;
  /** The rule's severity as configured. */
  readonly severity: CheckSeverity;
  /** What is wrong, in staffcore's wording (the texts live in `messages`). */
  readonly message: string;
  /** The record's `id`, or `null` when it has none that could be read. */
  readonly recordId: string | null;
  /** The field, e.g. `['billingAddress', 'postalCode']`; `[]` for the record as a whole. */
  readonly path: readonly (string | number)[];
  /** Where the record is in its input. */
  readonly location: RecordLocation;
}
