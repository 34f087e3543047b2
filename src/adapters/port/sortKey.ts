/**
 * The key a record sorts by on a field: the value lower-cased and NFKC-normalized, `''` for null.
 * Both stores compare keys by code point (PostgreSQL: `COLLATE "C"`), so they order alike.
 */
export function sortKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFKC').toLowerCase();
}

/** Compares two strings by code point, the order of PostgreSQL's `"C"` collation on UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
