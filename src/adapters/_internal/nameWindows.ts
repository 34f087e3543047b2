import { trigramsOf } from '../../rules/trigramSimilarity.js';
import type { SimilarName } from '../port/Repository.js';
import { compareCodePoints } from '../port/sortKey.js';

/**
 * How many names a `similarNames` search compares, at least, on either side of the name searched
 * for, in each of two orders: the order of the folded names and the order of the folded names read
 * backwards. A name a typo away shares its beginning or its end with the name searched for (the
 * part before or after the typo), so it sorts near it in one order or the other.
 */
export const nameWindow = 50;

/**
 * How many names nearest the one searched for, on either side and in each order, a window is
 * taken from: the first {@link nameWindow} of them in the branches asked. This bounds the work
 * of a search in branches holding a small part of the book.
 */
export const nameWindowReach = 400;

/**
 * A folded name read backwards, code point by code point, as PostgreSQL's `reverse()` reads it.
 * @param key - a folded name
 * @returns the name backwards
 */
export function reversedName(key: string): string {
  return [...key].reverse().join('');
}

/**
 * The similarity of each of many names to one, as `trigramSimilarity` measures it, with the
 * trigrams of that one worked out once.
 * @param probe - the name compared with
 * @returns a function from another name to its similarity
 */
export function similarityTo(probe: string): (key: string) => number {
  const mine = trigramsOf(probe);
  return (key) => {
    const theirs = trigramsOf(key);
    if (mine.size === 0 || theirs.size === 0) return 0;
    let shared = 0;
    for (const trigram of theirs) if (mine.has(trigram)) shared++;
    return shared / (mine.size + theirs.size - shared);
  };
}

/** Orders similar names best first, ties by id (by code point, as PostgreSQL's `"C"` collation). */
export const bestFirst = (a: SimilarName, b: SimilarName): number =>
  b.similarity - a.similarity || compareCodePoints(a.customer.id, b.customer.id);
