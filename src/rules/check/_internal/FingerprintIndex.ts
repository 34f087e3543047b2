import { Column } from './Column.js';

/** The two 32-bit halves of the last {@link fingerprint}, reused so hashing allocates nothing. */
const halves = new Uint32Array(2);

const mix = (h: number) => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/**
 * A 64-bit fingerprint of a string, as two independent 32-bit hashes (FNV-1a and a
 * multiply-rotate hash, each finished with murmur3's mixer). Two different strings share one with
 * a chance of about 2⁻⁶⁴: among 5 million keys, a false match is less likely than one in a million.
 * @category Check
 */
export function fingerprint(text: string): Uint32Array {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  halves[0] = mix(a);
  halves[1] = mix(b ^ 0x27d4eb2f);
  return halves;
}

/**
 * Maps fingerprints to places: dense places 0, 1, 2, … in the order they were first added, or
 * places the caller gives (each at most once), in an open-addressing table (linear probing, at
 * most three quarters full). Only the fingerprints are kept, not the strings, by place: 8 bytes
 * per key plus 4–10 bytes of table, so millions of ids fit in a few tens of megabytes.
 * @category Check
 */
export class FingerprintIndex {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly low = new Column((n) => new Uint32Array(n));
  private readonly high = new Column((n) => new Uint32Array(n));
  /** How many keys the index holds. */
  size = 0;

  /** The place of a fingerprint, or -1. */
  find(key: Uint32Array): number {
    const a = key[0]!;
    const b = key[1]!;
    const mask = this.slots.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === -1) return -1;
      if (this.low.get(index) === a && this.high.get(index) === b) return index;
    }
  }

  /**
   * Adds a fingerprint known not to be in the index yet.
   * @param key - the fingerprint
   * @param at - its place (one no other key has); the next dense place when left out
   * @returns its place
   */
  add(key: Uint32Array, at: number = this.size): number {
    if ((this.size + 1) * 4 > this.slots.length * 3) this.grow();
    this.size++;
    this.low.set(at, key[0]!);
    this.high.set(at, key[1]!);
    this.place(at, key[0]!);
    return at;
  }

  private place(index: number, a: number): void {
    const mask = this.slots.length - 1;
    let slot = a & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = index;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    for (const index of old) if (index !== -1) this.place(index, this.low.get(index));
  }
}
