import * as z from 'zod';

const line = (max: number) => z.string().trim().min(1).max(max);

/** The fields every address has, as entered and as stored. */
const addressLines = {
  line1: line(120),
  line2: z.string().trim().max(120).optional(),
  city: line(80),
  region: line(80),
  postalCode: line(20),
};

/**
 * A postal address as entered. `standardized` is never part of input: only an
 * {@link AddressStandardizer} sets it.
 */
export const AddressInput = z.strictObject({
  ...addressLines,
  country: z
    .string()
    .max(10, { abort: true })
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 two-letter country code')
    .transform((c) => c.toUpperCase())
    .default('US'),
});
/** A postal address as entered. */
export type AddressInput = z.input<typeof AddressInput>;

/** A stored postal address; `standardized` tells whether a standardizer produced it. */
export const Address = z.object({
  ...addressLines,
  country: z.string().regex(/^[A-Z]{2}$/),
  standardized: z.boolean(),
});
/** A stored postal address. */
export type Address = z.infer<typeof Address>;
