import { compareCodePoints } from '../../port/sortKey.js';

/** The most entries a chunk holds before it splits in two. */
const chunkLimit = 1024;

/** A run of entries in order: their keys and their rows' slots, side by side. */
interface Chunk {
  keys: string[];
  slots: number[];
}

/**
 * Keys of rows kept sorted by key, then by the row's id (both by code point, as PostgreSQL's `"C"`
 * collation), as they are written: a list of chunks of at most {@link chunkLimit} entries, so an
 * insert or a removal moves at most a chunk and a walk starts with a binary search. Unlike
 * `OrderedIndex`, a write costs the same however many came before, so a search right after each
 * write stays cheap. Rows are named by slot (a small number) and walked as slots, which keeps a
 * walk in a few arrays.
 */
export class SortedKeys {
  private chunks: Chunk[] = [];

  /** @param idOf - the id of the row in a slot, which orders equal keys */
  constructor(private readonly idOf: (slot: number) => string) {}

  add(key: string, slot: number): void {
    if (this.chunks.length === 0) {
      this.chunks.push({ keys: [key], slots: [slot] });
      return;
    }
    const id = this.idOf(slot);
    const c = Math.min(this.chunkOf(key, id), this.chunks.length - 1);
    const chunk = this.chunks[c]!;
    const at = this.positionIn(chunk, key, id);
    chunk.keys.splice(at, 0, key);
    chunk.slots.splice(at, 0, slot);
    if (chunk.keys.length > chunkLimit) {
      const half = chunk.keys.length >> 1;
      this.chunks.splice(c, 1, { keys: chunk.keys.slice(0, half), slots: chunk.slots.slice(0, half) }, { keys: chunk.keys.slice(half), slots: chunk.slots.slice(half) });
    }
  }

  remove(key: string, slot: number): void {
    const id = this.idOf(slot);
    const c = this.chunkOf(key, id);
    const chunk = this.chunks[c];
    if (!chunk) return;
    const at = this.positionIn(chunk, key, id);
    if (chunk.slots[at] !== slot) return;
    chunk.keys.splice(at, 1);
    chunk.slots.splice(at, 1);
    if (chunk.keys.length === 0) this.chunks.splice(c, 1);
  }

  clear(): void {
    this.chunks = [];
  }

  /**
   * Walks the slots in order from `key`: ascending, those at or after it; descending, those before
   * it. `visit` is called with each until it returns `false` or the entries run out.
   * @param key - where to start
   * @param descending - which way to walk
   * @param visit - called with each slot; `false` stops the walk
   */
  walk(key: string, descending: boolean, visit: (slot: number) => boolean): void {
    let c = this.chunkOf(key, '');
    let at = c < this.chunks.length ? this.positionIn(this.chunks[c]!, key, '') : 0;
    if (descending) {
      for (at--; c >= 0; c--, at = (this.chunks[c]?.slots.length ?? 0) - 1) {
        const slots = this.chunks[c]?.slots ?? [];
        for (; at >= 0; at--) if (!visit(slots[at]!)) return;
      }
    } else {
      for (; c < this.chunks.length; c++, at = 0) {
        const slots = this.chunks[c]!.slots;
        for (; at < slots.length; at++) if (!visit(slots[at]!)) return;
      }
    }
  }

  /** Compares the entry at `at` of `chunk` with (`key`, `id`). */
  private compareAt(chunk: Chunk, at: number, key: string, id: string): number {
    return compareCodePoints(chunk.keys[at]!, key) || compareCodePoints(this.idOf(chunk.slots[at]!), id);
  }

  /** The first chunk whose last entry is not before (`key`, `id`); the number of chunks when there is none. */
  private chunkOf(key: string, id: string): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.chunks[mid]!;
      if (this.compareAt(chunk, chunk.keys.length - 1, key, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where (`key`, `id`) goes in a chunk: the first position whose entry is not before it. */
  private positionIn(chunk: Chunk, key: string, id: string): number {
    let lo = 0;
    let hi = chunk.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareAt(chunk, mid, key, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
