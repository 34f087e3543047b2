import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import { customInput, customValuesRow, storedCustomValues } from './customValues.js';
import * as messages from '../errors/messages.js';
import { Address, AddressInput } from './address.js';
import { CustomerScope } from './customerScope.js';
import { Instant } from './dates.js';
import { BranchId, CustomerId, RepId, SalesTeamId, Version, WorksiteId } from './ids.js';
import { StatusCode } from './status.js';
import { Terms, WorkerCompCode } from './terms.js';

/** Any letter or digit, of any script: what makes a name a name (and gives it a duplicate key). */
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * A customer's (or department's) name as a rep enters it: put in Unicode normal form C (so the
 * same name typed with a composed or a decomposed accent is stored alike), trimmed, 1 to 200
 * characters, and holding at least one letter or digit: a name of punctuation, spaces or
 * combining marks alone is refused (`VALIDATION`, `messages.nameWithoutLetterOrDigit`), as
 * it names nothing and its duplicate key would be empty, so its exact repeat would never be reported.
 * @example
 * ```ts
 * CustomerName.parse(' Cafe\u0301 Rio ') //=> 'Café Rio' (the é composed)
 * CustomerName.safeParse('\u0301'.repeat(200)).success //=> false
 * ```
 * @category Records
 */
export const CustomerName = z
  .string(worded)
  .overwrite((name) => name.normalize('NFC'))
  .trim()
  .min(1, { abort: true })
  .max(200)
  .regex(letterOrDigit, messages.nameWithoutLetterOrDigit);

/**
 * The name as a stored record holds it: trimmed, 1 to 200 characters. Looser than
 * {@link CustomerName}, so a record saved before names needed a letter or digit can still be
 * written (marked `X`, say) without renaming it first.
 */
const StoredCustomerName = z.string(worded).trim().min(1).max(200);

/**
 * A business phone number: digits with the usual separators, 7 to 20 digits.
 * @category Records
 */
export const Phone = z
  .string(worded)
  .max(60, { abort: true })
  .trim()
  .regex(/^\+?[0-9 ().-]{7,30}$/, messages.phoneFormat)
  .refine((p) => (p.match(/\d/g) ?? []).length >= 7, messages.phoneDigits);

/**
 * A business e-mail address.
 * @category Records
 */
export const Email = z.string(worded).max(300, { abort: true }).trim().max(254, { abort: true }).pipe(z.email(worded));

/**
 * A contact method such as a Twitter/X handle.
 * @category Records
 */
export const SocialHandle = z.strictObject({
  network: z.enum(['twitter', 'linkedin', 'facebook', 'instagram', 'other'], worded),
  handle: z.string(worded).trim().min(1).max(100),
}, worded);
/**
 * A contact method such as a Twitter/X handle.
 * @category Records
 */
export type SocialHandle = z.infer<typeof SocialHandle>;

/**
 * A customer record: a root ("primary") customer when `parentId` is null, a department otherwise.
 * One record type serves both.
 * @category Records
 */
export const Customer = z.object({
  /** The Customer ID: allocated by the store, shown to people; 1–64 letters, digits, `_` or `-`. */
  id: CustomerId,
  /** The record's version: 1 when added, one more on every write; give it back to change the record (`CONFLICT` when stale). */
  version: z.number(worded).int().positive(),
  /** The name, trimmed, 1–200 characters (see {@link CustomerName}). */
  name: StoredCustomerName,
  /** The record's parent: `null` for a root ("primary") customer, the parent's Customer ID for a department. */
  parentId: CustomerId.nullable(),
  /** The status code in the organization's catalog (`P` Prospect, `A` Active, `H` Hold for credit check, `I` Inactive, `X` Deleted by default); every record starts as `P`. */
  status: StatusCode,
  /** The branch-hierarchy level the record belongs to: who may see it follows from it. */
  branchId: BranchId,
  /** The main (corporate) location, or `null`. */
  contactAddress: Address.nullable(),
  /** Where invoices go, or `null`; `customers.copyContactToBilling` copies the contact address here. */
  billingAddress: Address.nullable(),
  /** The worksite employees are sent to unless an order names another; set whenever the record has worksites. */
  defaultWorksiteId: WorksiteId.nullable(),
  /** The business's general phone (not a contact person's): 7 to 20 digits with the usual separators, or `null`. */
  phone: Phone.nullable(),
  /** The business's general e-mail (not a contact person's), at most 254 characters, or `null`. */
  email: Email.nullable(),
  /** Contact methods such as a Twitter/X handle, at most 20. */
  socialHandles: z.array(SocialHandle, worded).max(20),
  /** The service rep who manages the account (the rep who entered it, unless given). */
  accountManagerId: RepId,
  /** The sales team (the entering rep's, unless given), or `null`. */
  salesTeamId: SalesTeamId.nullable(),
  /** The worker-comp class code (from the branch setup, or the nearest level up that has one, unless given): 1–12 letters, digits, `.` or `-`. */
  defaultWorkerCompCode: WorkerCompCode.nullable(),
  /** The payment terms that decide when an invoice is overdue (from the branch setup unless given), or `null`. */
  terms: Terms.nullable(),
  /** Free text, at most 10,000 characters, with no author or time stamp (unlike messages). */
  notes: z.string(worded).max(10_000),
  /** Set when the record was marked deleted (`X`) as a duplicate of another (merged into it, or marked so). */
  duplicateOfId: CustomerId.nullable(),
  /** When the record was added (ISO 8601, UTC). */
  createdAt: Instant,
  /** The rep who added it. */
  createdBy: RepId,
  /** When the record was last written (ISO 8601, UTC). */
  updatedAt: Instant,
  /** The rep whose action last wrote it. */
  updatedBy: RepId,
  /** The organization's own fields (declared with `createStaffcore({ customFields })`), by name; `{}` when none are set. */
  custom: storedCustomValues('customers'),
}, worded);
/**
 * A customer record (root customer or department).
 * @category Records
 */
export type Customer = z.infer<typeof Customer>;

/**
 * What a rep enters to add a customer (`customers.add`). Only `name` is required; anything left
 * out is defaulted from the hierarchy and the rep (see `resolveCustomerDefaults`). Unknown keys
 * are refused.
 * @category Records
 */
export const AddCustomerInput = z.strictObject({
  /** The name: the only required field; trimmed, 1–200 characters, with a letter or digit (see {@link CustomerName}). */
  name: CustomerName,
  /** The parent record, to add a department beneath it (it then takes the parent's defaults); left out or `null` for a root customer. */
  parentId: CustomerId.nullable().optional(),
  /** The main location: fills the contact address and creates the first worksite, which becomes the default; standardized when the branch requires it. */
  address: AddressInput.optional(),
  /** Where invoices go; the parent's for a department, unless given. */
  billingAddress: AddressInput.optional(),
  /** The business's general phone: 7 to 20 digits with the usual separators (`+1 612 555 0100`). */
  phone: Phone.optional(),
  /** The business's general e-mail, at most 254 characters. */
  email: Email.optional(),
  /** Contact methods such as a Twitter/X handle, at most 20. */
  socialHandles: z.array(SocialHandle, worded).max(20).optional(),
  /** The hierarchy level, at or below the rep's own; the rep's current level when left out. */
  branchId: BranchId.optional(),
  /** The account manager; the entering rep when left out. */
  accountManagerId: RepId.optional(),
  /** The sales team; the rep's own when left out. */
  salesTeamId: SalesTeamId.optional(),
  /** The worker-comp class code (1–12 letters, digits, `.` or `-`); the branch setup's, or the nearest level up with one, when left out. */
  defaultWorkerCompCode: WorkerCompCode.optional(),
  /** The payment terms (a label of 1–40 characters, 0–365 net days); the branch setup's when left out. */
  terms: Terms.optional(),
  /** Free text, at most 10,000 characters. */
  notes: z.string(worded).max(10_000).optional(),
  /** Values of the organization's own fields (`createStaffcore({ customFields })`): every required declared field; an undeclared one is refused. */
  custom: customInput('customers', 'new'),
}, worded);
/**
 * What a rep enters to add a customer.
 * @category Records
 */
export type AddCustomerInput = z.input<typeof AddCustomerInput>;

/**
 * Adds many customers in one action (`customers.addMany`), each row as `customers.add` takes it,
 * with the same defaults and rules. Each row is checked on its own, so every bad row is reported
 * with its index and field.
 * @category Records
 */
export const AddManyCustomersInput = z.strictObject({
  /** The records to add, as `customers.add` takes each (checked row by row). */
  rows: z.array(customValuesRow(z.custom<AddCustomerInput>(), 'customers', 'new'), worded).min(1).max(100_000),
  /**
   * `allOrNothing` (default): any bad row refuses the whole import and nothing is saved;
   * `validRowsOnly`: the good rows are saved and the bad ones reported.
   */
  mode: z.enum(['allOrNothing', 'validRowsOnly'], worded).default('allOrNothing'),
}, worded);
/**
 * Adds many customers in one action.
 * @category Records
 */
export type AddManyCustomersInput = z.input<typeof AddManyCustomersInput>;

/**
 * Names one customer record the actor may see (`customers.get`, `customers.statusHistory`, `customers.capabilities`).
 * @category Records
 */
export const CustomerRef = z.strictObject({
  /** The Customer ID. */
  id: CustomerId,
}, worded);
/**
 * Names one customer record.
 * @category Records
 */
export type CustomerRef = z.input<typeof CustomerRef>;

/**
 * The input of `customers.get`.
 * @category Records
 */
export const GetCustomerInput = CustomerRef;
/**
 * The input of `customers.get`.
 * @category Records
 */
export type GetCustomerInput = CustomerRef;

/**
 * The input of `customers.statusHistory`.
 * @category Records
 */
export const StatusHistoryInput = z.strictObject({
  /** The Customer ID. */
  id: CustomerId,
  /** `account` (default): the record's history; `subtree`: also its departments'; `master`: its whole tree's. */
  scope: CustomerScope.default('account'),
}, worded);
/**
 * The input of `customers.statusHistory`.
 * @category Records
 */
export type StatusHistoryInput = z.input<typeof StatusHistoryInput>;

/**
 * The input of `customers.capabilities`.
 * @category Records
 */
export const CapabilitiesInput = CustomerRef;
/**
 * The input of `customers.capabilities`.
 * @category Records
 */
export type CapabilitiesInput = CustomerRef;

/**
 * The fields of a customer that `customers.update` may change; each is optional, `null` clears.
 * @category Records
 */
export const CustomerPatch = Customer.pick({
  phone: true,
  email: true,
  socialHandles: true,
  accountManagerId: true,
  salesTeamId: true,
  defaultWorkerCompCode: true,
  terms: true,
  notes: true,
})
  .extend({ name: CustomerName, contactAddress: AddressInput.nullable(), billingAddress: AddressInput.nullable(), custom: customInput('customers', 'patch').unwrap() })
  .partial()
  .strict();
/**
 * The fields of a customer that `customers.update` may change.
 * @category Records
 */
export type CustomerPatch = z.input<typeof CustomerPatch>;

/**
 * A change to a customer record (`customers.update`), based on the version the rep read.
 * @category Records
 */
export const UpdateCustomerInput = z.strictObject({
  /** The Customer ID. */
  id: CustomerId,
  /** The version the changes are based on; a newer stored version fails with `CONFLICT`. */
  version: Version,
  /** The fields to change; `null` clears a field. Status, parent and branch have their own actions. */
  changes: CustomerPatch,
}, worded);
/**
 * A change to a customer record.
 * @category Records
 */
export type UpdateCustomerInput = z.input<typeof UpdateCustomerInput>;

/**
 * A status change asked for by a rep (`customers.changeStatus`).
 * @category Records
 */
export const ChangeStatusInput = z.strictObject({
  /** The Customer ID. */
  id: CustomerId,
  /** The new status code. */
  to: StatusCode,
  /** Why; required for a deletion status (`X`). */
  reason: z.string(worded).max(500).trim().min(1).optional(),
  /** With a deletion status: the record this one duplicates. */
  duplicateOfId: CustomerId.optional(),
  /** Also change every department below the record, in the same atomic step. */
  cascade: z.boolean(worded).default(false),
  /** The version read; when given, a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * A status change asked for by a rep.
 * @category Records
 */
export type ChangeStatusInput = z.input<typeof ChangeStatusInput>;

/**
 * Which record to copy the contact address of to its billing address (`customers.copyContactToBilling`).
 * @category Records
 */
export const CopyContactToBillingInput = z.strictObject({
  /** The Customer ID. */
  id: CustomerId,
  /** The version read; when given, a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * Which record to copy the contact address of.
 * @category Records
 */
export type CopyContactToBillingInput = z.input<typeof CopyContactToBillingInput>;

/**
 * A search of the customer records in the actor's scope (`customers.search`).
 * @category Records
 */
export const SearchCustomersInput = z.strictObject({
  /** Text the name must contain (case-insensitive); in normal form C, as names are stored. */
  text: z
    .string(worded)
    .max(200)
    .overwrite((text) => text.normalize('NFC'))
    .optional(),
  /** Only these statuses; by default the statuses the catalog shows in active searches. */
  statuses: z.array(StatusCode, worded).min(1).max(50).optional(),
  /**
   * Also the statuses hidden from active searches (`I`, Inactive), but never the deletion status
   * (`X`): deleted records are found only by naming their status in `statuses`. Ignored when
   * `statuses` is given.
   */
  includeInactive: z.boolean(worded).default(false),
  /** Only records of this hierarchy level and the levels below it (within the actor's scope). */
  branchId: BranchId.optional(),
  /** Only root customers, no departments. */
  rootsOnly: z.boolean(worded).default(false),
  /** `name` (default) or `id`; ties are broken by `id`, so the order is stable. */
  orderBy: z.enum(['name', 'id'], worded).default('name'),
  /** The page size, 1 to 1,000; 50 by default. */
  limit: z.number(worded).int().min(1).max(1000).default(50),
  /** The `next` cursor of the previous page. */
  after: z.string(worded).max(2000).nullable().optional(),
  /**
   * Only records whose custom fields match: `{ vmsId: 'V-1042' }` (equal), or `{ orientationDate: { from: '2026-01-01', to: '2026-06-30' } }`
   * (a range, both ends included, on a number or string field). Answered from an index on both stores.
   */
  custom: customInput('customers', 'filter'),
}, worded);
/**
 * A search of customer records.
 * @category Records
 */
export type SearchCustomersInput = z.input<typeof SearchCustomersInput>;
