/**
 * NUL and unpaired surrogates: valid in a JS string, refused by PostgreSQL's text and jsonb. Every
 * store refuses them, so a record saved in one store can be saved in any other.
 */
export const unstorableText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where a value holds a string (or an object key) no store can save, so a caller can refuse it with
 * the path the caller gave it at, before any store sees it.
 * @param value - a parsed value
 * @returns the path to the first such string or key, or `null` when every string can be saved
 */
export function unstorableTextAt(value: unknown): (string | number)[] | null {
  if (typeof value === 'string') return unstorableText.test(value) ? [] : null;
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const at = unstorableText.test(key) ? [] : unstorableTextAt(inner);
      if (at) return [Array.isArray(value) ? +key : key, ...at];
    }
  }
  return null;
}
