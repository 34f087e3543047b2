import * as z from 'zod';
import { StaffcoreError, errorCodes, isStaffcoreError, issuesOf, parseOptions, validationFailure, type ValidationIssue } from '../../errors/index.js';
import type { RejectedRowDetails } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { AddCustomerInput, AddManyCustomersInput, Customer, Worksite } from '../../model/index.js';
import { duplicateKeys } from '../../rules/duplicateKeys.js';
import { DuplicateMatch } from '../../rules/findLikelyDuplicates.js';
import { DefaultsProvenance } from '../../rules/resolveCustomerDefaults.js';
import { defineAction } from '../_internal/defineAction.js';
import { lookUpLikelyDuplicates } from '../_internal/likelyDuplicates.js';
import { firstWorksite, prepareNewCustomer, type PreparedCustomer } from '../_internal/prepareNewCustomer.js';

/**
 * One row of a bulk import that was saved.
 * @category Action results
 */
export const AddedRow = z.strictObject({
  /** The row's index in `rows`. */
  row: z.number().int().nonnegative(),
  /** The saved record. */
  customer: Customer,
  /** Its first worksite, made from its address, or `null`. */
  worksite: Worksite.nullable(),
  /** The effective defaults and where each came from. */
  defaults: DefaultsProvenance,
  /** Existing records in the rep's scope that look like the same business. */
  likelyDuplicates: z.array(DuplicateMatch).readonly(),
  /** Earlier rows of the same import that look like the same business (same folded name, phone or address). */
  duplicateOfRows: z.array(z.number().int().nonnegative()).readonly(),
});
/**
 * One row of a bulk import that was saved.
 * @category Action results
 */
export type AddedRow = z.output<typeof AddedRow>;

const Path = z.array(z.union([z.string(), z.number()])).readonly();

/** One problem of a refused row: where it is and what is wrong with it. */
const RowIssue = z.strictObject({ path: Path, message: z.string() }) satisfies z.ZodType<ValidationIssue>;

/**
 * One row of a bulk import that was refused, and why.
 * @category Action results
 */
export const RejectedRow = z.strictObject({
  /** The row's index in `rows`. */
  row: z.number().int().nonnegative(),
  /** The code `customers.add` would have refused it with. */
  code: z.enum(errorCodes),
  /** The offending field, from the top of the input (`['rows', 3, 'name']`). */
  path: Path,
  /** What is wrong. */
  message: z.string(),
  /** Every problem of the row (the first is `path` and `message`), paths from the top of the input. */
  issues: z.array(RowIssue).readonly(),
});
/**
 * One row of a bulk import that was refused, and why.
 * @category Action results
 */
export type RejectedRow = z.output<typeof RejectedRow>;
/** A row refused here is what the error of an all-or-nothing import lists in `details.rejected`. */
type RejectedRowFitsDetails = RejectedRow extends RejectedRowDetails ? true : never;
const rejectedRowFitsDetails: RejectedRowFitsDetails = true;
void rejectedRowFitsDetails;

/**
 * What `customers.addMany` did.
 * @category Action results
 */
export const AddManyCustomersResult = z.strictObject({
  /** The rows saved, in row order. */
  added: z.array(AddedRow).readonly(),
  /** The rows refused (only with `mode: 'validRowsOnly'`; otherwise a refused row refuses the import). */
  rejected: z.array(RejectedRow).readonly(),
});
/**
 * What `customers.addMany` did.
 * @category Action results
 */
export type AddManyCustomersResult = z.output<typeof AddManyCustomersResult>;

/** Rows written per chunk: one insert of records, one of worksites and one update per chunk. */
const chunkSize = 1000;

const rejection = (row: number, error: unknown): RejectedRow => {
  if (!isStaffcoreError(error)) throw error;
  const path = error.details.path ?? ['rows', row];
  const message = error.details.issues?.[0]?.message ?? error.message.replace(/^\[staffcore\] /, '');
  return { row, code: error.code, path, message, issues: error.details.issues?.length ? error.details.issues : [{ path, message }] };
};

/** For each row, the earlier rows that share one of its duplicate keys. */
function duplicatesWithinBatch(records: readonly { readonly row: number; readonly keys: ReturnType<typeof duplicateKeys> }[]): Map<number, number[]> {
  const firstSeen = new Map<string, number[]>();
  const out = new Map<number, number[]>();
  for (const { row, keys } of records) {
    const earlier = new Set<number>();
    for (const [kind, key] of Object.entries(keys)) {
      if (key === null) continue;
      const seen = firstSeen.get(`${kind}:${key}`);
      if (seen) seen.forEach((r) => earlier.add(r));
      else firstSeen.set(`${kind}:${key}`, []);
      firstSeen.get(`${kind}:${key}`)!.push(row);
    }
    out.set(row, [...earlier].sort((a, b) => a - b));
  }
  return out;
}

/**
 * The `customers.addMany` action; its documentation is on the `addMany` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const addManyCustomers = defineAction({
  name: 'customers.addMany',
  summary: 'Adds many customers in one go (a bulk import), each row with the rules of `add`, errors per row.',
  input: AddManyCustomersInput,
  result: AddManyCustomersResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'STANDARDIZATION_REQUIRED'],
  subject: 'import',
  permission: 'customer.add',
  async run(run, { rows, mode }): Promise<AddManyCustomersResult> {
    const prepared: { row: number; entered: z.output<typeof AddCustomerInput>; customer: PreparedCustomer }[] = [];
    const rejected: RejectedRow[] = [];
    for (const [row, input] of rows.entries()) {
      const parsed = AddCustomerInput.safeParse(input, parseOptions);
      if (!parsed.success) {
        const issues = issuesOf(parsed.error, ['rows', row]);
        rejected.push({ row, code: 'VALIDATION', path: issues[0]!.path, message: issues[0]!.message, issues });
        continue;
      }
      try {
        prepared.push({ row, entered: parsed.data, customer: await prepareNewCustomer(run, parsed.data, ['rows', row]) });
      } catch (error) {
        rejected.push(rejection(row, error));
      }
    }
    const [first] = rejected;
    if (mode === 'allOrNothing' && first) {
      if (first.code === 'VALIDATION') throw validationFailure('import', rejected.flatMap((r) => r.issues));
      const more = rejected.length > 1 ? messages.moreRowsRefused(rejected.length - 1) : '';
      throw new StaffcoreError(first.code, `${messages.rowRefused(first.row, first.message)}${more}`, {
        details: { path: first.path, issues: rejected.flatMap((r) => r.issues), rejected },
      });
    }
    if (prepared.length === 0) return { added: [], rejected };

    const keyed = prepared.map(({ row, entered, customer }) => ({
      row,
      keys: duplicateKeys({ name: entered.name, phone: entered.phone, contactAddress: customer.contactAddress }),
    }));
    const withinBatch = duplicatesWithinBatch(keyed);
    const added: AddedRow[] = [];
    for (let offset = 0; offset < prepared.length; offset += chunkSize) {
      const chunk = prepared.slice(offset, offset + chunkSize);
      const inStore = await lookUpLikelyDuplicates(
        run,
        chunk.map(({ entered, customer }) => ({ name: entered.name, phone: entered.phone, contactAddress: customer.contactAddress })),
      );
      let customers = await run.tx.customers.insertMany(chunk.map(({ customer }) => customer.draft));
      const withAddress = chunk.flatMap(({ customer }, i) => (customer.contactAddress ? [{ i, address: customer.contactAddress }] : []));
      const worksites = await run.tx.worksites.insertMany(withAddress.map(({ i, address }) => firstWorksite(run, customers[i]!, address)));
      const worksiteOf = new Map(withAddress.map(({ i }, n) => [i, worksites[n]!]));
      if (worksites.length > 0) {
        const updated = await run.tx.customers.updateMany(withAddress.map(({ i }) => ({ ...customers[i]!, defaultWorksiteId: worksiteOf.get(i)!.id })));
        const byId = new Map(updated.map((c) => [c.id, c]));
        customers = customers.map((c) => byId.get(c.id) ?? c);
      }
      chunk.forEach(({ row, customer }, i) =>
        added.push({
          row,
          customer: customers[i]!,
          worksite: worksiteOf.get(i) ?? null,
          defaults: customer.provenance,
          likelyDuplicates: inStore[i] ?? [],
          duplicateOfRows: withinBatch.get(row) ?? [],
        }),
      );
    }
    return { added, rejected };
  },
});

