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

/** The most a table is filled before it grows: linear probing stays short (about 3 probes to find a key). */
const maxLoad = 0.8;
/** How much a table grows: by a quarter, so it is never much larger than it must be (a power of two can be twice). */
const growth = 1.25;
const twoTo32 = 4294967296;

/**
 * Maps fingerprints to places: dense places 0, 1, 2, … in the order they were first added, or
 * places the caller gives (each at most once), in an open-addressing table (linear probing, at
 * most four fifths full, growing by a quarter). Only the fingerprints are kept, not the strings,
 * by place: 8 bytes per key (5 with `precision: 40`) plus 5–6 bytes of table, so millions of ids
 * fit in a few tens of megabytes.
 * @category Check
 */
export class FingerprintIndex {
  private slots = new Int32Array(4096).fill(-1);
  private readonly low = new Column((n) => new Uint32Array(n));
  private readonly high: Column;
  private readonly highMask: number;
  /** How many keys the index holds. */
  size = 0;

  /**
   * @param precision - the bits of the second hash kept: 32 (a 64-bit fingerprint, the default:
   *   among 5 million keys a false match is less likely than one in a million) or 8 (56 bits, one
   *   in about 6,000 at 5 million keys: for facts where a rare false match costs little, such as a
   *   likely duplicate's warning)
   */
  constructor(precision: 32 | 8 = 32) {
    this.high = precision === 32 ? new Column((n) => new Uint32Array(n)) : new Column((n) => new Uint8Array(n));
    this.highMask = precision === 32 ? 0xffffffff : 0xff;
  }

  /** The slot a fingerprint's probe starts at: its first hash scaled to the table (any length, not only powers of two). */
  private home(a: number): number {
    return Math.floor((a / twoTo32) * this.slots.length);
  }

  /** The place of a fingerprint, or -1. */
  find(key: Uint32Array): number {
    const a = key[0]!;
    const b = (key[1]! & this.highMask) >>> 0;
    const length = this.slots.length;
    for (let slot = this.home(a); ; slot = slot + 1 === length ? 0 : slot + 1) {
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
    if (this.size + 1 > this.slots.length * maxLoad) this.grow();
    this.size++;
    this.low.set(at, key[0]!);
    this.high.set(at, (key[1]! & this.highMask) >>> 0);
    this.place(at, key[0]!);
    return at;
  }

  private place(index: number, a: number): void {
    const length = this.slots.length;
    let slot = this.home(a);
    while (this.slots[slot] !== -1) slot = slot + 1 === length ? 0 : slot + 1;
    this.slots[slot] = index;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(Math.ceil(old.length * growth)).fill(-1);
    for (const index of old) if (index !== -1) this.place(index, this.low.get(index));
  }
}
