import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

const line = (max: number) => z.string(worded).trim().min(1).max(max);

/** The fields every address has, as entered and as stored. */
const addressLines = {
  line1: line(120),
  line2: z.string(worded).trim().max(120).optional(),
  city: line(80),
  region: line(80),
  postalCode: line(20),
};

/**
 * A postal address as entered. `standardized` is never part of input: only an
 * {@link AddressStandardizer} sets it.
 * @category Records
 */
export const AddressInput = z.strictObject({
  ...addressLines,
  country: z
    .string(worded)
    .max(10, { abort: true })
    .trim()
    .regex(/^[A-Za-z]{2}$/, messages.countryCode)
    .transform((c) => c.toUpperCase())
    .default('US'),
}, worded);
/**
 * A postal address as entered.
 * @category Records
 */
export type AddressInput = z.input<typeof AddressInput>;

/**
 * A stored postal address; `standardized` tells whether a standardizer produced it.
 * @category Records
 */
export const Address = z.object({
  ...addressLines,
  country: z.string(worded).regex(/^[A-Z]{2}$/),
  standardized: z.boolean(worded),
}, worded);
/**
 * A stored postal address.
 * @category Records
 */
export type Address = z.infer<typeof Address>;
