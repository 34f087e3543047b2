import type { Customer, Address } from '../../model/index.js';
import { duplicateKeys, type DuplicateKeys } from '../../rules/duplicateKeys.js';
import { findLikelyDuplicates, type DuplicateMatch } from '../../rules/findLikelyDuplicates.js';
import type { ActionRun } from './ActionRun.js';
import { readAll } from './readAll.js';

/**
 * What a new record is compared on.
 * @category Action results
 */
export interface NewRecordKeys {
  readonly name: string;
  readonly phone?: string | null | undefined;
  readonly contactAddress?: Pick<Address, 'line1' | 'postalCode'> | null | undefined;
}

/**
 * Options of {@link lookUpLikelyDuplicates}.
 * @category Action results
 */
export interface LikelyDuplicateOptions {
  /** Records not to report (the new records themselves, once saved). */
  readonly exclude?: ReadonlySet<string>;
  /** Also look for names that differ by a typo (one trigram query per record). */
  readonly similarNames?: boolean;
}

/**
 * Finds, for each new record, the existing records in the actor's scope that look like the same
 * business: by the stores' indexes on the duplicate keys (one query per kind of key for the whole
 * batch), and optionally by trigram similarity of the names. The cost follows the matches, not
 * the size of the book of business.
 * @category Action results
 */
export async function lookUpLikelyDuplicates(
  run: Pick<ActionRun, 'tx' | 'scope' | 'hierarchy' | 'statuses'>,
  records: readonly NewRecordKeys[],
  options: LikelyDuplicateOptions = {},
): Promise<DuplicateMatch[][]> {
  const keys = records.map((record) => duplicateKeys(record));
  const inScope = run.scope.size === run.hierarchy.size ? {} : { branchId: [...run.scope] };
  const found = new Map<string, Customer>();
  for (const field of ['nameKey', 'phoneKey', 'addressKey'] as const) {
    const values = [...new Set(keys.map((k) => k[field]).filter((v): v is string => v !== null))];
    if (values.length === 0) continue;
    const matches = await readAll((after) => run.tx.customers.find({ where: { [field]: values, ...inScope }, limit: 10_000, after }));
    for (const match of matches) found.set(match.id, match);
  }
  const similar = options.similarNames
    ? await Promise.all(
        keys.map((k) =>
          k.nameKey === null ? [] : run.tx.customers.similarNames({ nameKey: k.nameKey, ...(inScope.branchId ? { branchIds: inScope.branchId } : {}), limit: 20 }),
        ),
      )
    : [];
  const isDeleted = (code: string) => run.statuses.statuses.find((s) => s.code === code)?.isDeletion ?? false;
  const exclude = options.exclude ?? new Set<string>();
  const existing = [...found.values()].filter((c) => !exclude.has(c.id));
  // Each record found is keyed once, and a new record is compared (by `findLikelyDuplicates`) only
  // with the records sharing one of its keys: comparing each with every record found grows with the
  // square of the matches.
  const keyed = existing.map((customer) => [customer, duplicateKeys(customer)] as const);
  return records.map((record, index) => {
    const matches = findLikelyDuplicates(record, keyed.filter(([, theirs]) => shareKey(keys[index]!, theirs)).map(([customer]) => customer), isDeleted);
    for (const near of similar[index] ?? []) {
      if (exclude.has(near.customer.id) || isDeleted(near.customer.status) || matches.some((m) => m.customerId === near.customer.id)) continue;
      matches.push({ customerId: near.customer.id, name: near.customer.name, reasons: ['similarName'], similarity: near.similarity });
    }
    return matches;
  });
}

/** Whether two records share a duplicate key (one that is not `null`). */
const shareKey = (a: DuplicateKeys, b: DuplicateKeys): boolean =>
  (a.nameKey ?? 0) === b.nameKey || (a.phoneKey ?? 0) === b.phoneKey || (a.addressKey ?? 0) === b.addressKey;
