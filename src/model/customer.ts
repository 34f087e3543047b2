import { z } from 'zod';
import { Address, AddressInput } from './address.js';
import { Instant } from './dates.js';
import { BranchId, CustomerId, RepId, SalesTeamId, WorksiteId } from './ids.js';
import { StatusCode } from './status.js';
import { Terms, WorkerCompCode } from './terms.js';

/** A customer's name: trimmed, 1 to 200 characters. */
export const CustomerName = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');

/** A business phone number: digits with the usual separators, 7 to 20 digits. */
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{7,30}$/, 'must be a phone number such as "+1 612 555 0100"')
  .refine((p) => (p.match(/\d/g) ?? []).length >= 7, 'must hold at least 7 digits');

/** A business e-mail address. */
export const Email = z.string().trim().max(254).pipe(z.email());

/** A contact method such as a Twitter/X handle. */
export const SocialHandle = z.object({
  network: z.enum(['twitter', 'linkedin', 'facebook', 'instagram', 'other']),
  handle: z.string().trim().min(1).max(100),
});
/** A contact method such as a Twitter/X handle. */
export type SocialHandle = z.infer<typeof SocialHandle>;

/**
 * A customer record: a root ("primary") customer when `parentId` is null, a department otherwise.
 * One record type serves both.
 */
export const Customer = z.object({
  id: CustomerId,
  version: z.number().int().positive(),
  name: CustomerName,
  parentId: CustomerId.nullable(),
  status: StatusCode,
  branchId: BranchId,
  contactAddress: Address.nullable(),
  billingAddress: Address.nullable(),
  defaultWorksiteId: WorksiteId.nullable(),
  phone: Phone.nullable(),
  email: Email.nullable(),
  socialHandles: z.array(SocialHandle).max(20),
  accountManagerId: RepId,
  salesTeamId: SalesTeamId.nullable(),
  defaultWorkerCompCode: WorkerCompCode.nullable(),
  terms: Terms.nullable(),
  notes: z.string().max(10_000),
  /** Set when the record was marked deleted as a duplicate of another. */
  duplicateOfId: CustomerId.nullable(),
  createdAt: Instant,
  createdBy: RepId,
  updatedAt: Instant,
  updatedBy: RepId,
});
/** A customer record (root customer or department). */
export type Customer = z.infer<typeof Customer>;

/**
 * What a rep enters to add a customer. Only `name` is required; anything left out is defaulted
 * from the hierarchy and the rep (see `resolveCustomerDefaults`).
 */
export const NewCustomerInput = z.object({
  name: CustomerName,
  /** The parent record, to add a department. */
  parentId: CustomerId.nullable().optional(),
  /** The main location: fills the contact address and creates the first, default worksite. */
  address: AddressInput.optional(),
  billingAddress: AddressInput.optional(),
  phone: Phone.optional(),
  email: Email.optional(),
  socialHandles: z.array(SocialHandle).max(20).optional(),
  branchId: BranchId.optional(),
  accountManagerId: RepId.optional(),
  salesTeamId: SalesTeamId.optional(),
  defaultWorkerCompCode: WorkerCompCode.optional(),
  terms: Terms.optional(),
  notes: z.string().max(10_000).optional(),
});
/** What a rep enters to add a customer. */
export type NewCustomerInput = z.input<typeof NewCustomerInput>;

/** The fields of a customer that `customers.update` may change; each is optional, `null` clears. */
export const CustomerPatch = Customer.pick({
  name: true,
  phone: true,
  email: true,
  socialHandles: true,
  accountManagerId: true,
  salesTeamId: true,
  defaultWorkerCompCode: true,
  terms: true,
  notes: true,
})
  .extend({ contactAddress: AddressInput.nullable(), billingAddress: AddressInput.nullable() })
  .partial()
  .strict();
/** The fields of a customer that `customers.update` may change. */
export type CustomerPatch = z.input<typeof CustomerPatch>;
