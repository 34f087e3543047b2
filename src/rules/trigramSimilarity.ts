/**
 * The trigrams of a text as PostgreSQL's `pg_trgm` forms them: the text lower-cased and split into
 * words of letters and digits, each word padded with two spaces before and one after, and every
 * run of three characters taken once.
 *
 * @param text - any text (a folded name, usually)
 * @returns the distinct trigrams
 * @example
 * ```ts
 * [...trigramsOf('Cat')] //=> ['  c', ' ca', 'cat', 'at ']
 * ```
 * @category Rules
 */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= chars.length; i++) trigrams.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return trigrams;
}

/**
 * How alike two texts are, 0 to 1, as `pg_trgm`'s `similarity()` measures it: the trigrams they
 * share over all the trigrams of either. A typo in a name of a dozen letters still scores about 0.7;
 * unrelated names score near 0. Likely-duplicate checks report names scoring 0.5 or more.
 *
 * @param a - one text
 * @param b - the other
 * @returns the similarity; 0 when either has no letters or digits
 * @example
 * ```ts
 * trigramSimilarity('stark staffing', 'stark stafing') //=> 0.7692307692307693
 * trigramSimilarity('acme', 'acme') //=> 1
 * ```
 * @category Rules
 */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigramsOf(a);
  const right = trigramsOf(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  return shared / (left.size + right.size - shared);
}
