/**
 * Quotes an SQL identifier. Identifiers come from code (entity names) or a checked schema name,
 * never from record values; quoting keeps reserved words (`orders`) safe.
 */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Encodes strings as a PostgreSQL array literal (`{"a","b",NULL}`), to bind a whole column of a
 * bulk write as one parameter. Drivers can encode JS arrays themselves, but PGlite's encoder is an
 * order of magnitude slower on large batches, and both accept the literal for a `text[]`/`jsonb[]`.
 */
export function arrayLiteral(values: readonly (string | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    parts[i] = value === null || value === undefined ? 'NULL' : `"${value.replace(/[\\"]/g, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}

/** A `LIKE … ESCAPE '\'` pattern matching any string that contains `text`. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * The smallest string above every string that starts with `prefix` (for a `"C"`-collated range
 * scan): the prefix with its last character incremented. Paths end in `/`, which becomes `0`.
 */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}
