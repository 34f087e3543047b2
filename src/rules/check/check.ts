import type { CheckFinding, CheckEntry } from './CheckFinding.js';
import { checkEntries, type CheckOptions, type CheckSource } from './checkEntries.js';

/**
 * The outcome of {@link check}: every finding, and the counts a pipeline decides on.
 * @category Check
 */
export interface CheckReport {
  /** How many customer records were read. */
  readonly records: number;
  /** The findings, in the order they were found. */
  readonly findings: readonly CheckFinding[];
  /** How many findings have severity `error`. */
  readonly errorCount: number;
  /** How many findings have severity `warn`. */
  readonly warningCount: number;
}

async function* located<T>(records: CheckSource<T>): AsyncGenerator<CheckEntry> {
  let index = 0;
  for await (const record of records) yield { record, location: { index: ++index } };
}

/**
 * Checks customer records against staffcore's rules (the dataset check that `staffcore check`
 * runs): schema, unknown fields and statuses, duplicate ids, missing parents, cycles, departments
 * under deleted records, active customers without a billing address, likely duplicate names,
 * custom values against their declaration (`customFields`), and, given those records, worksites,
 * orders and assignments. Every field but `id` and `name` may be
 * left out: a partial export is checked on the fields it has. Findings are data; bad data never
 * throws. Each finding's location is the record's position (`{ index }`, 1 for the first); use
 * {@link checkEntries} to pass lines and files through, or to act on findings as they stream by.
 *
 * @param records - the customer records: an array, any iterable, or an async iterable (a stream)
 * @param options - the status catalog, rule severities (`off`, `warn`, `error`), the related records
 * @returns the findings and their counts
 * @example
 * ```ts
 * const report = await check([
 *   { id: 'c1', name: 'Acme', parentId: null, status: 'A' },
 *   { id: 'c2', name: 'Acme Shipping', parentId: 'c9', status: 'Q' },
 * ]);
 * report.findings.map((f) => f.ruleId) //=> ['unknown-status', 'missing-parent']
 * report.errorCount //=> 2
 * ```
 * @category Check
 */
export async function check(records: CheckSource<unknown>, options: CheckOptions<unknown> = {}): Promise<CheckReport> {
  const { worksites, orders, assignments, ...rest } = options;
  const findings: CheckFinding[] = [];
  let errorCount = 0;
  const generator = checkEntries(located(records), {
    ...rest,
    worksites: worksites && located(worksites),
    orders: orders && located(orders),
    assignments: assignments && located(assignments),
  });
  for (;;) {
    const next = await generator.next();
    if (next.done) return { records: next.value, findings, errorCount, warningCount: findings.length - errorCount };
    findings.push(next.value);
    if (next.value.severity === 'error') errorCount++;
  }
}
