/** A recorded change of one record: when, and the record version it produced. */
interface Recorded {
  readonly customerId: string;
  readonly at: string;
  readonly recordVersion: number;
}

/**
 * Orders recorded changes (status changes, moves) of one or several records: by time, and a
 * record's own changes by the versions they produced, which also orders them within one instant.
 * @returns a comparator for `Array.prototype.sort`
 * @category Action results
 */
export function byTimeThenVersion(a: Recorded, b: Recorded): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.customerId === b.customerId ? a.recordVersion - b.recordVersion : 0;
}
