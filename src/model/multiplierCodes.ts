import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';
import { Instant } from './dates.js';
import { CustomerId, MultiplierCodesId, RepId, Version } from './ids.js';
import { Rate } from './money.js';

/** A percent or a factor as a non-negative four-place decimal string (`'25.0000'`, `'1.5000'`). */
const Figure = Rate.refine((value) => !value.startsWith('-'), messages.notNegative);

/**
 * The names of the multiplier codes a customer record can carry, in display order.
 * @category Records
 */
export const multiplierCodeFields = [
  'markupPercent',
  'overtimeBillFactor',
  'doubleTimeBillFactor',
  'minGpPercent',
  'targetGpPercent',
  'minMarkupPercent',
  'targetMarkupPercent',
] as const;
/**
 * The name of one multiplier code.
 * @category Records
 */
export type MultiplierCodeField = (typeof multiplierCodeFields)[number];

const codeShape = {
  /** The agreed markup of the bill rate over the pay rate, in percent: key one rate and the other follows. */
  markupPercent: Figure.nullable(),
  /** What an overtime hour bills, as a multiple of the bill rate (e.g. `1.5`). */
  overtimeBillFactor: Figure.nullable(),
  /** What a double-time hour bills, as a multiple of the bill rate (e.g. `2`). */
  doubleTimeBillFactor: Figure.nullable(),
  /** A rate pair under this gross profit (percent of the bill rate) is flagged with a warning. */
  minGpPercent: Figure.nullable(),
  /** The gross profit aimed at; the bill rate follows it when no markup is agreed. */
  targetGpPercent: Figure.nullable(),
  /** A rate pair under this markup is flagged with a warning. */
  minMarkupPercent: Figure.nullable(),
  /** The markup aimed at; the bill rate follows it when no markup is agreed. */
  targetMarkupPercent: Figure.nullable(),
};

/**
 * A customer record's multiplier codes (its agreed rate rules): a markup, overtime and
 * double-time bill factors, and minimum and target GP % and markup. Each code left `null` is
 * inherited from the nearest record up the tree that sets it.
 * @category Records
 */
export const MultiplierCodes = z.object({
  id: MultiplierCodesId,
  version: z.number(worded).int().positive(),
  /** The record the codes are set on. */
  customerId: CustomerId,
  ...codeShape,
  updatedAt: Instant,
  updatedBy: RepId,
}, worded);
/**
 * A customer record's multiplier codes.
 * @category Records
 */
export type MultiplierCodes = z.infer<typeof MultiplierCodes>;

/**
 * Sets (or clears, with `null`) multiplier codes on a customer record (`customers.setMultiplierCodes`).
 * @category Records
 */
export const SetMultiplierCodesInput = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
  /** The codes to change; a code left out stays, `null` clears it (so it is inherited again). */
  codes: z.strictObject(codeShape, worded).partial(),
  /** The version of the record's codes read; a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * Sets multiplier codes on a customer record.
 * @category Records
 */
export type SetMultiplierCodesInput = z.input<typeof SetMultiplierCodesInput>;

/**
 * Reads a record's effective multiplier codes with where each came from (`customers.multiplierCodes`).
 * @category Records
 */
export const GetMultiplierCodesInput = z.strictObject({
  /** The Customer ID. */
  customerId: CustomerId,
}, worded);
/**
 * Reads a record's effective multiplier codes.
 * @category Records
 */
export type GetMultiplierCodesInput = z.input<typeof GetMultiplierCodesInput>;
