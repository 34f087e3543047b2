import { compareEntries, type Entry } from './OrderedIndex.js';

/** The most entries a chunk holds before it splits in two. */
const chunkLimit = 1024;

/**
 * Keys of committed rows kept sorted (by key, then id, by code point) as they are written: a list
 * of chunks of at most {@link chunkLimit} entries, so an insert or a removal moves at most a chunk
 * and a walk starts with a binary search. Unlike `OrderedIndex`, writes cost the same however many
 * came before, so a search right after each write stays cheap.
 */
export class SortedKeys {
  private chunks: Entry[][] = [];

  add(key: string, id: string): void {
    const entry = { key, id };
    if (this.chunks.length === 0) {
      this.chunks.push([entry]);
      return;
    }
    const c = Math.min(this.chunkOf(entry), this.chunks.length - 1);
    const chunk = this.chunks[c]!;
    chunk.splice(positionIn(chunk, entry), 0, entry);
    if (chunk.length > chunkLimit) this.chunks.splice(c, 1, chunk.slice(0, chunk.length >> 1), chunk.slice(chunk.length >> 1));
  }

  remove(key: string, id: string): void {
    const entry = { key, id };
    const c = this.chunkOf(entry);
    const chunk = this.chunks[c];
    if (!chunk) return;
    const at = positionIn(chunk, entry);
    if (at < chunk.length && compareEntries(chunk[at]!, entry) === 0) chunk.splice(at, 1);
    if (chunk.length === 0) this.chunks.splice(c, 1);
  }

  clear(): void {
    this.chunks = [];
  }

  /**
   * The ids in order from `key`: ascending, those at or after it; descending, those before it.
   * @param key - where to start
   * @param descending - which way to walk
   */
  *from(key: string, descending: boolean): Generator<string> {
    const start = { key, id: '' };
    let c = this.chunkOf(start);
    let at = c < this.chunks.length ? positionIn(this.chunks[c]!, start) : 0;
    if (descending) {
      at--;
      if (at < 0) {
        c--;
        at = (this.chunks[c]?.length ?? 0) - 1;
      }
      for (; c >= 0; c--, at = (this.chunks[c]?.length ?? 0) - 1) {
        const chunk = this.chunks[c]!;
        for (; at >= 0; at--) yield chunk[at]!.id;
      }
    } else {
      for (; c < this.chunks.length; c++, at = 0) {
        const chunk = this.chunks[c]!;
        for (; at < chunk.length; at++) yield chunk[at]!.id;
      }
    }
  }

  /** The first chunk whose last entry is not before `entry` (the number of chunks when there is none). */
  private chunkOf(entry: Entry): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.chunks[mid]!;
      if (compareEntries(chunk[chunk.length - 1]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Where `entry` goes in a sorted chunk: the first position whose entry is not before it. */
function positionIn(chunk: readonly Entry[], entry: Entry): number {
  let lo = 0;
  let hi = chunk.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEntries(chunk[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
