/** Small readers of raw record values shared by the check's runner and its rules. */

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Whether a raw value is a valid record id (what `CustomerId` accepts, without the parse).
 * @category Check
 */
export const isRecordId = (value: unknown): value is string => typeof value === 'string' && idPattern.test(value);

/**
 * Whether a raw value is an object that could be a record (not `null`, not an array).
 * @category Check
 */
export const isRecordObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value to name a record by in a finding, even when it is not a valid id (cut at 80 characters).
 * @category Check
 */
export const recordNameOf = (value: unknown): string | null => (typeof value === 'string' ? (value.length > 80 ? `${value.slice(0, 77)}...` : value) : null);
