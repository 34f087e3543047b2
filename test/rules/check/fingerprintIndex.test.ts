import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintIndex, fingerprint } from '../../../src/rules/check/_internal/FingerprintIndex.js';

describe('FingerprintIndex', () => {
  for (const precision of [32, 8] as const) {
    it(`finds every key it was given at its place, and none it was not, through its growth (${precision}-bit second hash)`, () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 12_000 }), fc.boolean(), (keys, ownPlaces) => {
          const index = new FingerprintIndex(precision);
          const half = Math.floor(keys.length / 2);
          const places = new Map<string, number>();
          keys.slice(0, half).forEach((key, i) => places.set(key, index.add(fingerprint(key), ownPlaces ? i * 3 + 1 : undefined)));
          for (const [key, place] of places) expect(index.find(fingerprint(key))).toBe(place);
          for (const key of keys.slice(half)) expect(index.find(fingerprint(`${key}\u0000absent`))).toBe(-1);
          expect(index.size).toBe(half);
        }),
        { numRuns: 15 },
      );
    });
  }
});
