/**
 * The aging buckets of receivables: not yet past due, then by days past due.
 * @category Reports
 */
export type AgingBucket = 'current' | '1-30' | '31-60' | '61-90' | 'over 90';

/**
 * The aging bucket of an open invoice by its days past due (see `daysPastDue`): `current` on or
 * before the due date, then `1-30`, `31-60`, `61-90` and `over 90` days past due.
 *
 * @param daysPastDue - days after the due date, `0` when not past due
 * @returns the bucket
 * @example
 * ```ts
 * agingBucket(0) //=> 'current'
 * agingBucket(30) //=> '1-30'
 * agingBucket(31) //=> '31-60'
 * agingBucket(91) //=> 'over 90'
 * ```
 * @category Reports
 */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  return 'over 90';
}
